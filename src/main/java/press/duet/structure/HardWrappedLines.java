package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import press.duet.read.DraftBlock;
import press.duet.text.DisplayColumns;

/**
 * Reflows hard-wrapped text (Project Gutenberg style, about 70 columns): decides whether a block's
 * lines are wrapped, where each of its paragraphs opens (an indented line, a numbered verse, a
 * heading, the other language), and joins each paragraph's lines.
 *
 * <pre>{@code
 * List<Paragraph> paragraphs = HardWrappedLines.reflow(block, lines, LineEndHyphens.NONE);
 * }</pre>
 */
final class HardWrappedLines {
    /** No editor wraps prose wider than this; longer lines are whole paragraphs, as web pages have them. */
    private static final int MAX_WRAP_COLUMNS = 100;
    /** A numbered verse opening a line: "2. 'Is it not …", "5, 6. The Moral Law …". */
    private static final Pattern VERSE_NUMBER = Pattern.compile("^\\d{1,3}(?:\\s*,\\s*\\d{1,3})*\\.\\s+\\S");
    /** A line filled to this share of the block's widest reaches the wrap width. */
    private static final double FILLED = 0.6;

    private HardWrappedLines() {
    }

    /**
     * The block's paragraphs when its lines are hard-wrapped, each paragraph's lines joined; null when
     * they are not (each line, or verse, as it stands).
     */
    static List<Paragraph> reflow(DraftBlock block, List<Paragraph> lines, LineEndHyphens hyphens) {
        int widest = 0;
        for (Paragraph line : lines) {
            widest = Math.max(widest, DisplayColumns.of(line.text()));
        }
        if (widest > MAX_WRAP_COLUMNS || widest < ParagraphSplitter.MIN_WRAP_COLUMNS) {
            return null; // not wrapped at any width: the openings need not be read
        }
        boolean[] opens = paragraphOpenings(block, lines, widest);
        return looksHardWrapped(lines, opens, widest) ? joinWrapped(lines, opens, hyphens) : null;
    }

    /**
     * Which lines open a paragraph of their own in hard-wrapped text, whatever their neighbours' width:
     * the first, one in another language, one indented deeper than the block's least indented lines
     * (a paragraph's first line, a tab- or space-indented verse), a heading, and a numbered verse
     * ("2. 'Is it not …", "5, 6. The Moral Law …") after a line that ends a sentence or is short.
     */
    private static boolean[] paragraphOpenings(DraftBlock block, List<Paragraph> lines, int widest) {
        int[] indents = new int[block.lines().size()];
        int least = Integer.MAX_VALUE;
        for (int i = 0; i < indents.length; i++) {
            indents[i] = indentation(block.lines().get(i));
            if (!block.lines().get(i).isBlank()) {
                least = Math.min(least, indents[i]);
            }
        }
        boolean[] opens = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Paragraph line = lines.get(i);
            Paragraph previous = i == 0 ? null : lines.get(i - 1);
            int indent = indents[Math.min(indents.length - 1, Math.max(0, line.line() - block.line()))];
            opens[i] = previous == null || !previous.lang().equals(line.lang()) || previous.line() == line.line()
                    || indent > least
                    || ChapterHeadings.read(line.text()) != null || HeadParser.isHeadLine(line.text())
                    || VERSE_NUMBER.matcher(line.text()).lookingAt()
                    && (ParagraphSplitter.endsSentence(previous.text())
                            || DisplayColumns.of(previous.text()) < widest * FILLED);
        }
        return opens;
    }

    /** Leading white space in columns, a tab reaching the next multiple of eight. */
    private static int indentation(String raw) {
        int columns = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') {
                columns = (columns / 8 + 1) * 8;
            } else if (c == ' ' || c == '\u3000') {
                columns += c == ' ' ? 1 : 2;
            } else {
                break;
            }
        }
        return columns;
    }

    /** Joins each paragraph's lines: from a line that opens one to the line before the next that does. */
    private static List<Paragraph> joinWrapped(List<Paragraph> lines, boolean[] opens, LineEndHyphens hyphens) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        for (int i = 0; i < lines.size(); i++) {
            Paragraph line = lines.get(i);
            if (current == null || opens[i]) {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
            } else {
                current = current.joined(line, ParagraphSplitter.join(current.text(), line.text(), hyphens));
            }
        }
        paragraphs.add(current);
        return paragraphs;
    }

    /**
     * Every line but the last of each paragraph (see {@link #paragraphOpenings}) reaches at least a
     * wrap width, none exceeds the widest plausible wrap, and the filled lines are of similar width:
     * a short line inside a paragraph means the lines are not wrapped.
     */
    private static boolean looksHardWrapped(List<Paragraph> lines, boolean[] opens, int widest) {
        int filled = 0;
        int shortOnes = 0;
        int sentenceEnds = 0;
        int verseBreaks = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (opens[i + 1]) {
                continue; // the last line of its paragraph may be of any width
            }
            if (endsWithPunctuation(lines.get(i).text()) && Character.isUpperCase(lines.get(i + 1).text().codePointAt(0))) {
                verseBreaks++;
            }
            if (DisplayColumns.of(lines.get(i).text()) >= widest * FILLED) {
                filled++;
            } else {
                shortOnes++;
            }
            if (ParagraphSplitter.endsSentence(lines.get(i).text())) {
                sentenceEnds++;
            }
        }
        // A wrapping editor cuts lines wherever the width runs out, so few of them end a sentence;
        // lines that mostly do are paragraphs of their own that merely happen to be of similar length.
        // Verse lines of similar width end with a stop or comma and open with a capital ("I wake, and
        // moonbeams play around my bed, / Glittering like hoar-frost …"); a wrap seldom falls so.
        return filled > 0 && shortOnes == 0 && sentenceEnds * 2 < filled && verseBreaks * 2 < filled;
    }

    private static boolean endsWithPunctuation(String line) {
        char last = line.charAt(line.length() - 1);
        return ",;:.!?'\"’”—".indexOf(last) >= 0;
    }

}
