package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.read.DraftBlock;
import press.duet.text.LanguageIdentifier;
import press.duet.text.Scripts;
import press.duet.text.Whitespace;

/**
 * Finds paragraphs the way a file means them. A line is a paragraph of its own, unless its block is
 * hard-wrapped prose (lines filled to a similar width, as in Project Gutenberg files): then the lines
 * of one language are joined, with a space in English and with nothing between Chinese characters.
 */
final class ParagraphSplitter {
    /** Hard-wrapped lines are filled to a column; no editor wraps prose narrower than this. */
    private static final int MIN_WRAP_COLUMNS = 40;
    /** Nor wider than this; longer lines are whole paragraphs, as web pages and the seed have them. */
    private static final int MAX_WRAP_COLUMNS = 100;

    private ParagraphSplitter() {
    }

    static List<Paragraph> split(DraftBlock block) {
        List<Paragraph> lines = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            String text = Whitespace.tidy(block.lines().get(i));
            if (!text.isEmpty()) {
                lines.add(new Paragraph(block.line() + i, text, LanguageIdentifier.identify(text)));
            }
        }
        if (lines.size() < 2 || !looksHardWrapped(lines)) {
            return lines;
        }
        return joinRunsOfOneLanguage(lines);
    }

    /**
     * Every line but the last of each language run reaches at least a wrap width, none exceeds the
     * widest plausible wrap, and the filled lines are of similar width.
     */
    private static boolean looksHardWrapped(List<Paragraph> lines) {
        int widest = 0;
        for (Paragraph line : lines) {
            widest = Math.max(widest, columns(line.text()));
        }
        if (widest > MAX_WRAP_COLUMNS || widest < MIN_WRAP_COLUMNS) {
            return false;
        }
        int filled = 0;
        int shortOnes = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean lastOfRun = i + 1 == lines.size() || !lines.get(i + 1).lang().equals(lines.get(i).lang());
            if (lastOfRun) {
                continue;
            }
            if (columns(lines.get(i).text()) >= widest * 0.6) {
                filled++;
            } else {
                shortOnes++;
            }
        }
        return filled > 0 && shortOnes == 0;
    }

    private static List<Paragraph> joinRunsOfOneLanguage(List<Paragraph> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        for (Paragraph line : lines) {
            if (current != null && current.lang().equals(line.lang())) {
                String joined = join(current.text(), line.text());
                current = new Paragraph(current.line(), joined, LanguageIdentifier.identify(joined));
            } else {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
            }
        }
        paragraphs.add(current);
        return paragraphs;
    }

    /** Joins two wrapped lines: nothing where either side is CJK, one space between Latin words. */
    static String join(String left, String right) {
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        if (Scripts.isCjk(last) || Scripts.isCjk(first)) {
            return left + right;
        }
        return left + " " + right;
    }

    /** Display width in columns: CJK characters take two, everything else one. */
    static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += Scripts.isCjk(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return columns;
    }
}
