package press.duet.text;

import java.util.BitSet;

/**
 * Which writing system a character belongs to, as far as typesetting cares: CJK characters take the
 * Chinese font and CJK line-breaking rules; everything else is set as Latin text.
 */
public final class Scripts {
    private Scripts() {
    }

    /** True for Han ideographs (including the extensions and compatibility ideographs). */
    public static boolean isHan(int codePoint) {
        // The common cases without a table search: every character of a book passes through here.
        if (codePoint < 0x2E80) {
            return false;
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF || codePoint >= 0x3400 && codePoint <= 0x4DBF) {
            return true;
        }
        if (codePoint >= 0x3000 && codePoint <= 0x303F) {
            // CJK punctuation, but for the iteration mark, ideographic zero and the Hangzhou numerals
            return codePoint == 0x3005 || codePoint == 0x3007 || codePoint >= 0x3021 && codePoint <= 0x3029
                    || codePoint >= 0x3038 && codePoint <= 0x303B;
        }
        if (codePoint >= 0xFF00 && codePoint <= 0xFFEF) {
            return false; // full-width and half-width forms
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** True for Latin letters (basic, accented and extended). */
    public static boolean isLatinLetter(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
        }
        if (codePoint >= 0x2E80 && codePoint <= 0x9FFF || codePoint >= 0x2000 && codePoint <= 0x206F) {
            return false; // the CJK blocks, most of a Chinese text, and general punctuation (dashes, quotes)
        }
        if (codePoint >= 0xFF00 && codePoint <= 0xFF20) {
            return false; // full-width punctuation and digits, before the full-width Latin letters
        }
        return Character.isLetter(codePoint)
                && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }

    /**
     * True for characters that belong with Chinese typesetting: Han, kana, bopomofo, CJK symbols and
     * punctuation, full-width forms, and the CJK compatibility and vertical forms.
     */
    public static boolean isCjk(int codePoint) {
        if (codePoint < 0x2E80) {
            return false; // every block below belongs to other scripts or to shared punctuation
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return true;
        }
        // The line breaker asks this of every pair of neighbours: punctuation is answered from a table.
        return codePoint < BMP_END ? CJK_IN_BMP.get(codePoint) : isCjkByBlock(codePoint);
    }

    /** {@link #isCjk} for every code point of the Basic Multilingual Plane, worked out once. */
    private static final int BMP_END = 0x10000;
    private static final BitSet CJK_IN_BMP = cjkInBmp();

    private static BitSet cjkInBmp() {
        BitSet cjk = new BitSet(BMP_END);
        for (int cp = 0x2E80; cp < BMP_END; cp++) {
            cjk.set(cp, isCjkByBlock(cp));
        }
        return cjk;
    }

    private static boolean isCjkByBlock(int codePoint) {
        if (isHan(codePoint)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.BOPOMOFO
                || block == Character.UnicodeBlock.KANGXI_RADICALS
                || block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT;
    }

    /**
     * True for punctuation that is full-width in Chinese text but shared with English: curly quotes,
     * the ellipsis and the dashes. Inside a Chinese paragraph these take the Chinese font.
     */
    public static boolean isSharedPunctuation(int codePoint) {
        return switch (codePoint) {
            case '\u2018', '\u2019', '\u201C', '\u201D', '\u2026', '\u2014', '\u2015', '\u00B7' -> true;
            default -> false;
        };
    }
}
