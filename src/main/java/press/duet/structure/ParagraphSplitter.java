package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.read.DraftBlock;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;
import press.duet.text.Whitespace;

/**
 * Finds paragraphs the way a file means them. A line is a paragraph of its own, unless its block is
 * hard-wrapped prose (lines filled to a similar width, as in Project Gutenberg files; see
 * {@link HardWrappedLines}): then each paragraph's lines are joined, with a space in English and with
 * nothing between Chinese characters.
 * A run of short lines in one language that reads as verse stays one paragraph with its line breaks
 * ({@code '\n'}), and so do the lines of a block its format marks as verbatim.
 */
final class ParagraphSplitter {
    /** Hard-wrapped lines are filled to a column; no editor wraps prose narrower than this. */
    static final int MIN_WRAP_COLUMNS = 40;


    private ParagraphSplitter() {
    }

    /** Verse lines are short: a line of classical verse is 5 or 7 characters, of English verse a few words. */
    private static final int MAX_VERSE_COLUMNS_CHINESE = 40;
    private static final int MAX_VERSE_COLUMNS_ENGLISH = 64;

    /**
     * The paragraphs of a file's blocks: each block split as {@link #split} does, line-end hyphens
     * judged by the file's own words, and a paragraph cut by a page break (a blank line inside a
     * sentence, as e-texts that keep their book's pages have) joined again.
     */
    static List<Paragraph> paragraphs(List<DraftBlock> blocks) {
        LineEndHyphens hyphens = LineEndHyphens.of(blocks);
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean previousWrapped = false;
        for (DraftBlock block : blocks) {
            List<Paragraph> found = split(block, hyphens);
            if (previousWrapped && !paragraphs.isEmpty() && !found.isEmpty() && block.kind() == DraftBlock.Kind.LINES
                    && continuesAcrossPageBreak(paragraphs.get(paragraphs.size() - 1), found.get(0))) {
                Paragraph before = paragraphs.remove(paragraphs.size() - 1);
                Paragraph after = found.get(0);
                paragraphs.add(before.joined(after, hyphens.join(before.text(), after.text())));
                paragraphs.addAll(found.subList(1, found.size()));
            } else {
                paragraphs.addAll(found);
            }
            previousWrapped = block.kind() == DraftBlock.Kind.LINES && block.lines().size() > 1;
        }
        return paragraphs;
    }

    static List<Paragraph> split(DraftBlock block) {
        return split(block, LineEndHyphens.NONE);
    }

    private static List<Paragraph> split(DraftBlock block, LineEndHyphens hyphens) {
        return switch (block.kind()) {
            case HEADING -> List.of(heading(block));
            case PARAGRAPH -> splitRunOnHeadings(joinRunsOfOneLanguage(lines(block), " ", hyphens));
            case VERBATIM -> joinRunsOfOneLanguage(lines(block), "\n", hyphens);
            case ROW -> throw new IllegalArgumentException("table rows are paired as they stand, not split");
            case FIGURE, BREAK, TABLE -> throw new IllegalArgumentException(block.kind() + " blocks are placed as they stand, not split");
            case LINES -> splitRunOnHeadings(splitLines(block, hyphens));
        };
    }

    /**
     * An English paragraph that a page break cut in two: the first part is wrapped prose (a block of
     * several lines, at least a wrap's width), ends inside a sentence, and the second opens with a
     * small letter and is no byline ("by Lao-Tse" under a title). A new paragraph never opens so, and a
     * verse line is shorter.
     */
    private static boolean continuesAcrossPageBreak(Paragraph before, Paragraph after) {
        String a = before.text();
        String b = after.text();
        return before.isEnglish() && after.isEnglish() && !before.isMarkedHeading() && !after.isMarkedHeading()
                && Character.isLowerCase(b.charAt(0)) && !endsSentence(a) && !DisplayColumns.fit(a, MIN_WRAP_COLUMNS)
                && a.indexOf('\n') < 0 && b.indexOf('\n') < 0 && ChapterHeadings.read(a) == null
                && !HeadParser.isHeadLine(b);
    }

    /**
     * "CHAPTER I. 1. The Master said, …" is a heading and the chapter's first verse: two paragraphs,
     * the heading (the number) and the text.
     */
    private static List<Paragraph> splitRunOnHeadings(List<Paragraph> paragraphs) {
        List<Paragraph> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            ChapterHeadings.Reading reading = p.text().indexOf('\n') < 0 ? ChapterHeadings.read(p.text()) : null;
            if (reading != null && reading.runOn() != null) {
                if (out == null) {
                    out = new ArrayList<>(paragraphs.subList(0, i));
                }
                int runOn = p.text().lastIndexOf(reading.runOn());
                int heading = p.text().indexOf(reading.heading());
                if (heading >= 0 && runOn >= heading + reading.heading().length()) {
                    out.add(p.part(heading, heading + reading.heading().length(), true, false));
                    out.add(p.part(runOn, runOn + reading.runOn().length(), false, true));
                } else {
                    out.add(p.rewritten(reading.heading()));
                    out.add(p.rewritten(reading.runOn()).withoutNotes());
                }
            } else if (out != null) {
                out.add(p);
            }
        }
        return out == null ? paragraphs : out;
    }

    private static Paragraph heading(DraftBlock block) {
        String text = Whitespace.tidy(block.lines().get(0));
        return Paragraph.ofLine(block, 0, text, block.level());
    }

    private static List<Paragraph> lines(DraftBlock block) {
        List<Paragraph> lines = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            String text = LanguageLabel.strip(ListBullet.strip(Whitespace.tidy(block.lines().get(i))));
            if (!text.isEmpty()) {
                lines.addAll(OneLinePairs.split(Paragraph.ofLine(block, i, text, 0)));
            }
        }
        return lines;
    }

    private static List<Paragraph> splitLines(DraftBlock block, LineEndHyphens hyphens) {
        List<Paragraph> lines = lines(block);
        if (lines.size() < 2) {
            return lines;
        }
        List<Paragraph> reflowed = HardWrappedLines.reflow(block, lines, hyphens);
        return reflowed != null ? reflowed : keepVerse(lines);
    }

    /**
     * Joins each run of verse lines into one paragraph with line breaks, and so each run of short
     * lines that carry one sentence on (every line but the last ends with a comma: a salutation
     * over two lines, 尊敬的艾伦会长， / 女士们，先生们，朋友们：); other lines stay as they are.
     */
    private static List<Paragraph> keepVerse(List<Paragraph> lines) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i + 1;
            while (end < lines.size() && lines.get(end).lang().isPresent()
                    && lines.get(end).lang().equals(lines.get(i).lang())) {
                end++;
            }
            List<Paragraph> run = lines.subList(i, end);
            if (looksLikeVerse(run) || carriesOneSentence(run)) {
                Paragraph verse = run.get(0);
                for (Paragraph line : run.subList(1, run.size())) {
                    verse = verse.joined(line, verse.text() + "\n" + line.text());
                }
                out.add(verse);
            } else {
                out.addAll(run);
            }
            i = end;
        }
        return out;
    }

    /**
     * Three or more short lines of one language, none a heading, most not ending a sentence: verse
     * lines end with commas or nothing as often as with full stops, while short prose lines (a list of
     * one-line paragraphs, dialogue) nearly all end with one.
     */
    static boolean looksLikeVerse(List<Paragraph> run) {
        if (run.size() < 3 || run.get(0).lang().isEmpty()) {
            return false;
        }
        int limit = run.get(0).isChinese() ? MAX_VERSE_COLUMNS_CHINESE : MAX_VERSE_COLUMNS_ENGLISH;
        int sentenceEnds = 0;
        for (Paragraph line : run) {
            if (!DisplayColumns.fit(line.text(), limit) || ChapterHeadings.isHeading(line)) {
                return false;
            }
            char last = line.text().charAt(line.text().length() - 1);
            if ("。！？.!?…".indexOf(last) >= 0) {
                sentenceEnds++;
            }
        }
        return sentenceEnds <= run.size() * 0.6;
    }

    /**
     * Two or more short lines of one language, none a heading, each but the last ending with a comma:
     * one sentence broken over lines, which no translation renders line by line.
     */
    private static boolean carriesOneSentence(List<Paragraph> run) {
        if (run.size() < 2 || run.get(0).lang().isEmpty()) {
            return false;
        }
        int limit = run.get(0).isChinese() ? MAX_VERSE_COLUMNS_CHINESE : MAX_VERSE_COLUMNS_ENGLISH;
        for (int k = 0; k < run.size(); k++) {
            String text = run.get(k).text();
            if (!DisplayColumns.fit(text, limit) || ChapterHeadings.isHeading(run.get(k))) {
                return false;
            }
            if (k < run.size() - 1 && ",，、".indexOf(text.charAt(text.length() - 1)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean endsSentence(String line) {
        String text = line.strip();
        while (!text.isEmpty() && "”’\"'）)」』".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        return !text.isEmpty() && "。！？.!?…".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static List<Paragraph> joinRunsOfOneLanguage(List<Paragraph> lines, String separator, LineEndHyphens hyphens) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        boolean currentStandsAlone = false;
        for (Paragraph line : lines) {
            // A heading, a byline or a date line is a line of its own even inside a Markdown paragraph.
            boolean standsAlone = separator.equals(" ") && (ChapterHeadings.isHeading(line) || HeadParser.isHeadLine(line.text()));
            // In a verbatim block a line without letters (a code block's closing brace) is the run's own.
            boolean sameRun = current != null && (current.lang().equals(line.lang())
                    || separator.equals("\n") && line.lang().isEmpty());
            if (sameRun && !standsAlone && !currentStandsAlone) {
                String joined = separator.equals("\n") ? current.text() + "\n" + line.text()
                        : join(current.text(), line.text(), hyphens);
                current = current.joined(line, joined);
            } else {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
                currentStandsAlone = standsAlone;
            }
        }
        if (current != null) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /**
     * Joins two wrapped lines: nothing where either side is CJK, else one space between words, or
     * across a line-end hyphen as {@link LineEndHyphens} judges it.
     */
    static String join(String left, String right, LineEndHyphens hyphens) {
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        if (Scripts.isCjk(last) || Scripts.isCjk(first)) {
            return left + right;
        }
        return hyphens.join(left, right);
    }
}
