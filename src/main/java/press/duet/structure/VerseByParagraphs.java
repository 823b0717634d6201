package press.duet.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chinese verse (one paragraph of short lines, as the 道德经's chapters are set) that the aligner paired
 * with several of a translator's prose paragraphs, cut into the groups of lines each paragraph renders:
 * an editor of a parallel text sets the original's lines beside the translator's paragraph that gives
 * them, since the translation's paragraphs are the units a reader compares ("持而盈之，不如其已；揣而锐之，
 * 不可长保。" beside Legge's "1. It is better to leave a vessel unfilled …", the chapter's next three
 * lines beside his "2."). The lines are aligned with those paragraphs alone, in the same way as any two
 * texts; the cut is kept only when every group of lines has a paragraph and every paragraph its lines,
 * else the verse stays whole beside them. A translator's verse against several Chinese paragraphs stays
 * whole: the translator made it one unit.
 */
final class VerseByParagraphs {
    private VerseByParagraphs() {
    }

    /** A group of the verse's lines (one paragraph, its line breaks kept) and the English paragraphs beside it. */
    record Part(Aligner.Bead bead, Paragraph zh, List<Paragraph> en) {
    }

    /**
     * The verse cut by the English paragraphs of its bead, or null when the bead is not one Chinese
     * verse against several English prose paragraphs or when its lines do not divide among them. The
     * first part keeps the bead's Chinese paragraph; the later ones hold none of the aligner's Chinese
     * paragraphs (count 0), so that callers counting paragraphs by beads count the verse once.
     */
    static List<Part> split(Aligner.Bead bead, Paragraph verse, List<Paragraph> english) {
        if (bead.zhCount() != 1 || english.size() < 2 || verse.text().indexOf('\n') < 0
                || english.stream().anyMatch(p -> p.text().indexOf('\n') >= 0)) {
            return null;
        }
        List<Paragraph> lines = lines(verse);
        if (lines.size() < english.size()) {
            return null;
        }
        List<Aligner.Bead> groups = Aligner.align(lines.stream().map(Paragraph::alignerText).toList(),
                english.stream().map(Paragraph::text).toList());
        if (groups.size() < 2 || groups.stream().anyMatch(g -> g.zhCount() == 0 || g.enCount() == 0)) {
            return null;
        }
        List<Part> parts = new ArrayList<>(groups.size());
        for (Aligner.Bead group : groups) {
            Paragraph joined = lines.get(group.zhStart());
            for (int k = 1; k < group.zhCount(); k++) {
                Paragraph next = lines.get(group.zhStart() + k);
                joined = joined.joined(next, joined.text() + "\n" + next.text());
            }
            boolean first = parts.isEmpty();
            Aligner.Bead placed = new Aligner.Bead(first ? bead.zhStart() : bead.zhStart() + 1, first ? 1 : 0,
                    bead.enStart() + group.enStart(), group.enCount(), Math.min(bead.confidence(), group.confidence()));
            parts.add(new Part(placed, joined, english.subList(group.enStart(), group.enStart() + group.enCount())));
        }
        return parts;
    }

    /** The verse's lines as paragraphs of their own, each on its line of the file. */
    private static List<Paragraph> lines(Paragraph verse) {
        List<Paragraph> lines = new ArrayList<>();
        String text = verse.text();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                lines.add(verse.part(start, end, start == 0, end == text.length()).onLine(verse.line() + lines.size()));
            }
            start = end + 1;
        }
        return lines;
    }
}
