package press.duet.text;

/**
 * Where a line may break in Chinese text, after the W3C "Requirements for Chinese Text Layout"
 * (clreq): closing punctuation never starts a line, opening punctuation never ends one, and a line may
 * break between any two CJK characters otherwise.
 *
 * <pre>{@code
 * KinsokuRules.mayBreakBetween('字', '，');  // false: "，" may not start a line
 * }</pre>
 */
public final class KinsokuRules {
    /** Characters that may not start a line: closing brackets and quotes, stops, small kana, marks. */
    private static final String NO_LINE_START =
            "，。、；：？！）》」』】〕〉〗〙〛｝］＞”’…‥・·～ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
            + "〜゠–—―‼⁇⁈⁉%‰℃°,.;:?!)]}>";
    /** Characters that may not end a line: opening brackets and quotes. */
    private static final String NO_LINE_END = "（《「『【〔〈〖〘〚｛［＜“‘([{<";

    private KinsokuRules() {
    }

    /** True when the character may begin a line. */
    public static boolean mayStartLine(int codePoint) {
        return NO_LINE_START.indexOf(codePoint) < 0;
    }

    /** True when the character may end a line. */
    public static boolean mayEndLine(int codePoint) {
        return NO_LINE_END.indexOf(codePoint) < 0;
    }

    /**
     * True when a line may break between {@code before} and {@code after}. Breaks fall at spaces,
     * after hyphens between letters, after a slash before a letter (so a web address, wider than a
     * column, breaks between its parts), after an en or em dash before a word or a number (a dash
     * never starts a line; the en dash of a range "1850–1927" ends one), and between CJK characters or at a CJK/Latin boundary, always
     * subject to the start and end rules. Inside a Latin word there is no break.
     */
    public static boolean mayBreakBetween(int before, int after) {
        if (!mayEndLine(before) || !mayStartLine(after)) {
            return false;
        }
        if (isSpace(before)) {
            return true;
        }
        if (isSpace(after)) {
            return false; // break after the space, so that the space hangs at the line's end
        }
        if (before == '-' || before == '\u2010' || before == '/') {
            return Character.isLetter(after);
        }
        if (before == '\u2013' || before == '\u2014') {
            return Character.isLetterOrDigit(after);
        }
        return Scripts.isCjk(before) || Scripts.isCjk(after);
    }

    private static boolean isSpace(int codePoint) {
        return codePoint == ' ' || codePoint == '\t' || codePoint == '\u3000';
    }
}
