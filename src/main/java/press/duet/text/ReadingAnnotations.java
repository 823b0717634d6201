package press.duet.text;

/**
 * Readings in parentheses after a Chinese character, "總統(tǒng)" or "經(jīng)費(fèi)", as some converters
 * between Simplified and Traditional Chinese leave them beside the characters they were unsure of:
 * one syllable of Hanyu Pinyin with its tone mark, right after the character. They are part of the
 * Chinese text (an editor keeps the text as it is), not English in it: the language of a paragraph,
 * where a line changes language, its length and its words are read without them.
 *
 * <pre>{@code
 * ReadingAnnotations.strip("總統(tǒng)說");  // "總統說"
 * ReadingAnnotations.at("統(tǒng)", 1);     // 5
 * }</pre>
 */
public final class ReadingAnnotations {
    /** A syllable of Pinyin has at most six letters ("zhuang", "shuang"). */
    private static final int MOST_LETTERS = 6;

    private ReadingAnnotations() {
    }

    /**
     * The length of the reading that opens at {@code i} (an opening parenthesis right after a Han
     * character, one toned {@linkplain Pinyin pinyin} syllable of at most six letters, a closing one),
     * or 0 when none does.
     */
    public static int at(String text, int i) {
        char open = text.charAt(i);
        if (open != '(' && open != '（' || i == 0 || !Scripts.isHan(text.codePointBefore(i))) {
            return 0;
        }
        for (int j = i + 1; j < text.length() && j - i - 1 <= MOST_LETTERS; j++) {
            char c = text.charAt(j);
            if (c == ')' || c == '）') {
                return j > i + 1 && Pinyin.isTonedWord(text.substring(i + 1, j)) ? j - i + 1 : 0;
            }
            if (Character.isUpperCase(c) || !Character.isLetter(c)) {
                return 0;
            }
        }
        return 0;
    }

    /** The text without its readings; the same string when it has none. */
    public static String strip(String text) {
        int first = firstParenthesis(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = first; i >= 0; i = firstParenthesis(text, i + 1)) {
            int length = at(text, i);
            if (length > 0) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i);
                copied = i + length;
                i += length - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static int firstParenthesis(String text, int from) {
        int ascii = text.indexOf('(', from);
        int wide = text.indexOf('（', from);
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }
}
