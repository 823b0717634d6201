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
    /**
     * Below this every character is one code point of one column ({@link Scripts#isCjk} is false there,
     * and the surrogates lie above it): the bulk of English text is counted without a look-up.
     */
    private static final char NARROW_BELOW = '\u2E80';

    private DisplayColumns() {
    }

    /** The text's width in columns. */
    public static int of(String text) {
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < NARROW_BELOW) {
                used++;
                i++;
                continue;
            }
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
        if (2 * text.length() <= limit) {
            // No character takes more than two columns: a short line fits without counting.
            return true;
        }
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) < NARROW_BELOW) {
                used++;
                i++;
            } else {
                int cp = text.codePointAt(i);
                used += Scripts.isCjk(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            if (used > limit) {
                return false;
            }
        }
        return true;
    }
}
