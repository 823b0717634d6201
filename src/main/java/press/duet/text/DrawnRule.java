package press.duet.text;

/**
 * A rule drawn in text: one mark repeated across a line, spaces allowed between ("----------",
 * "* * *", "＊＊＊"). A copy from a page draws its separators so; a page's source draws a section
 * break inside a paragraph so ("---" between its Chinese and its English).
 *
 * <pre>{@code
 * boolean rule = DrawnRule.is("* * *", 3);  // true
 * }</pre>
 */
public final class DrawnRule {
    /** The marks a rule is drawn with. */
    private static final String MARKS = "-=_~─━═—–*＊#.·・•";

    private DrawnRule() {
    }

    /** Whether the line is one of the marks repeated at least {@code length} times, and nothing else but spaces. */
    public static boolean is(String line, int length) {
        String compact = line.strip().replace(" ", "");
        if (compact.length() < length || MARKS.indexOf(compact.charAt(0)) < 0) {
            return false;
        }
        char c = compact.charAt(0);
        return compact.chars().allMatch(ch -> ch == c);
    }
}
