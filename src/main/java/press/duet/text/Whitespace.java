package press.duet.text;

/**
 * Tidies the white space inside a paragraph: every run of spaces (including the typographic spaces
 * U+2000–U+200A that web pages leave between words) becomes one ordinary space, and the ends are
 * trimmed. No-break and ideographic spaces inside the text are kept; they are deliberate.
 */
public final class Whitespace {
    private Whitespace() {
    }

    public static String tidy(String text) {
        return isTidy(text) ? text : collapse(text);
    }

    /**
     * True when {@link #tidy} would give the text back as it is: single ordinary spaces between words,
     * nothing to trim at the ends. Most lines are so, and need no copy.
     */
    private static boolean isTidy(String text) {
        int last = text.length() - 1;
        if (last >= 0 && (isTrimmed(text.charAt(0)) || isTrimmed(text.charAt(last)))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            // isCollapsible's first test, written out: this loop runs over every character of a book in
            // the first pass that reads it, mostly before the JIT has compiled it, where a call costs.
            if (c > ' ' && c < '\u2000' || c > '\u205F') {
                continue;
            }
            if (isCollapsible(c) && (c != ' ' || isCollapsible(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** Characters that tidy takes off the ends of a text. */
    private static boolean isTrimmed(char c) {
        return isCollapsible(c) || c == '\u3000';
    }

    /** What {@link #tidy} does, copying every text: package-private for the test that holds tidy to it. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCollapsible(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return stripIdeographicEnds(out.toString());
    }

    private static boolean isCollapsible(char c) {
        if (c > ' ' && c < '\u2000' || c > '\u205F') {
            return false; // letters, digits, punctuation and CJK: nearly every character, in two comparisons
        }
        return c == ' ' || c == '\t' || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u202F';
    }

    /** Leading ideographic spaces are a typewriter's paragraph indent; the style sets indents now. */
    private static String stripIdeographicEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '\u3000' || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '\u3000' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(start, end);
    }
}
