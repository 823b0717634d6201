package press.duet.structure;

import java.util.List;

/**
 * What a candidate bead's paragraphs say about it beyond their lengths and the dictionary: the
 * anchors they share or contradict (numbers, names, dates, marks), and the beads no translation makes
 * (a title glued to prose, two chapters glued together, a number-only heading paired with a paragraph
 * that lacks its number). The aligner adds these to a bead's cost.
 */
final class BeadRules {
    /**
     * A headline or heading is never glued to prose on one side of a bead: a translation keeps a title
     * apart, so a title and a paragraph against one paragraph are the title alone and a pair. It was
     * -ln 0.001, but a headline shares its story's words ("Global Supply Chain Disruptions …" above a
     * story of 全球供应链), so the dictionary paid the merge back and an untranslated English headline
     * was glued to the story after it; a finite price only sets how many shared words buy it.
     */
    private static final double TITLE_IN_MERGE = Double.POSITIVE_INFINITY;

    private BeadRules() {
    }

    /**
     * What a bead costs for a title glued to other paragraphs on its side, for paragraphs of two
     * chapters glued together, for a paragraph that translates nothing paired, for a heading that is
     * only a number paired with a paragraph without it, for a headline paired with prose, or for an
     * editor's lead-in ({@link LeadIn}) paired with anything but the other language's lead-in:
     * {@link #TITLE_IN_MERGE}, else 0.
     */
    static double titleInMerge(AlignmentInput paragraphs, int zhStart, int zhCount, int enStart, int enCount) {
        boolean glued = zhCount > 1 && AlignmentInput.holdsTitle(paragraphs.zhTitles, zhStart, zhCount)
                || enCount > 1 && AlignmentInput.holdsTitle(paragraphs.enTitles, enStart, enCount)
                || AlignmentInput.crossesChapter(paragraphs.zhStarts, zhStart, zhCount)
                || AlignmentInput.crossesChapter(paragraphs.enStarts, enStart, enCount)
                || AlignmentInput.holdsTitle(paragraphs.enNotes, enStart, enCount)
                || zhCount == 1 && enCount == 1 && (numberUnanswered(paragraphs, zhStart, enStart)
                        || headlineAgainstProse(paragraphs, zhStart, enStart)
                        || paragraphs.zhLeadIns.get(zhStart) != paragraphs.enLeadIns.get(enStart));
        return glued ? TITLE_IN_MERGE : 0;
    }

    /**
     * Whether one of the two reads as a headline or stands apart as a heading and the other is prose of
     * two sentences or more: a translator renders a headline as a headline and a paragraph as a
     * paragraph, so the one is never the other's translation. A page's title line beside the first
     * paragraph of a story in the other language (a column's title over a law's first article, a
     * transcript's English title beside the translator's Chinese introduction) is two lines alone.
     */
    private static boolean headlineAgainstProse(AlignmentInput paragraphs, int zh, int en) {
        return paragraphs.zhHeadlines.get(zh) && paragraphs.enProse.get(en)
                || paragraphs.enHeadlines.get(en) && paragraphs.zhProse.get(zh);
    }

    /** Whether one of the two is a heading that says nothing but its number and the other lacks that number. */
    private static boolean numberUnanswered(AlignmentInput paragraphs, int zh, int en) {
        if (!paragraphs.zhNumbers.get(zh) && !paragraphs.enNumbers.get(en)) {
            return false;
        }
        List<String> zhNumbers = paragraphs.zhAnchors[zh].numbers();
        return paragraphs.enAnchors[en].numbers().stream().noneMatch(zhNumbers::contains);
    }

    static double anchorScore(AlignmentInput paragraphs, int zhStart, int zhCount, int enStart, int enCount) {
        if (zhCount == 1 && enCount == 1) {
            // The common case, without building unions.
            Anchors a = paragraphs.zhAnchors[zhStart];
            Anchors b = paragraphs.enAnchors[enStart];
            return a.isEmpty() && b.isEmpty() ? 0 : a.score(b, a.names().isEmpty() ? "" : paragraphs.lower(enStart));
        }
        Anchors a = Anchors.NONE;
        for (int k = 0; k < zhCount; k++) {
            a = paragraphs.zhAnchors[zhStart + k].isEmpty() ? a : a.plus(paragraphs.zhAnchors[zhStart + k]);
        }
        Anchors b = Anchors.NONE;
        for (int k = 0; k < enCount; k++) {
            b = paragraphs.enAnchors[enStart + k].isEmpty() ? b : b.plus(paragraphs.enAnchors[enStart + k]);
        }
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        return a.score(b, a.names().isEmpty() ? "" : englishLower(paragraphs, enStart, enCount));
    }

    /** English paragraphs start … start + count - 1 in lower case, one space between. */
    private static String englishLower(AlignmentInput paragraphs, int start, int count) {
        if (count == 1) {
            return paragraphs.lower(start);
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < count; k++) {
            text.append(k == 0 ? "" : " ").append(paragraphs.lower(start + k));
        }
        return text.toString();
    }
}
