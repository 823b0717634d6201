package press.duet.text;

/**
 * The width of a line as a fixed-width display shows it: a CJK character takes two columns, any other
 * character one. How wide a line is tells page furniture, headings and hard-wrapped prose apart.
 *
 * <pre>{@code
 * DisplayColumns.of("第一章 Spring"); // 13
 * DisplayColumns.fit("首页 > 新闻", 20); // true
 * }</pre>
 */
public final class DisplayColumns {
    private DisplayColumns() {
    }

    /** The text's width in columns. */
    public static int of(String text) {
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            used += Scripts.isCjk(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return used;
    }

    /** Whether the text is at most {@code limit} columns wide; counts no further than the limit. */
    public static boolean fit(String text, int limit) {
        if (text.length() > 2 * limit + 1) {
            // Every character takes a column or more, and a surrogate pair stands for one character.
            return false;
        }
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            used += Scripts.isCjk(cp) ? 2 : 1;
            if (used > limit) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
