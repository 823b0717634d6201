package press.duet.text;

/**
 * Where a full-width punctuation mark keeps its blank half. In a Chinese font a comma or a closing
 * bracket sits in the left half of its em box and leaves the right half empty; an opening bracket
 * sits right and leaves the left half empty. That empty half is what typesetting may squeeze.
 */
public final class CjkPunctuation {
    /** The side of the em box a mark leaves blank. */
    public enum Blank {
        NONE, LEFT, RIGHT
    }

    private static final String RIGHT_BLANK = "，。、；：？！）》」』】〕〉〗〙〛｝］”’";
    private static final String LEFT_BLANK = "（《「『【〔〈〖〘〚｛［“‘";

    private CjkPunctuation() {
    }

    /**
     * The stops, commas, colons and marks whose place in the em box differs by convention: in the
     * corner in mainland China, centred in Taiwan and Hong Kong.
     */
    private static final String PLACED_BY_CONVENTION = "，。、；：？！";

    /** Whether the mark sits in the em's corner in mainland type and centred in Taiwan's and Hong Kong's. */
    public static boolean isPlacedByConvention(int codePoint) {
        return PLACED_BY_CONVENTION.indexOf(codePoint) >= 0;
    }

    /**
     * Where the mark keeps its blank in a convention: a centred mark keeps a quarter em on each side,
     * which nothing squeezes, so it counts as having no blank half.
     */
    public static Blank blank(int codePoint, PunctuationStyle style) {
        if (style == PunctuationStyle.CENTRED && isPlacedByConvention(codePoint)) {
            return Blank.NONE;
        }
        return blank(codePoint);
    }

    public static Blank blank(int codePoint) {
        if (RIGHT_BLANK.indexOf(codePoint) >= 0) {
            return Blank.RIGHT;
        }
        if (LEFT_BLANK.indexOf(codePoint) >= 0) {
            return Blank.LEFT;
        }
        return Blank.NONE;
    }

    /**
     * True when a quarter-em space belongs between the two characters: a Han character or kana next
     * to a Latin letter or a digit, in either order (clreq's spacing between Chinese and Western text).
     */
    public static boolean wantsInterScriptSpace(int before, int after) {
        return (isIdeographic(before) && isWestern(after)) || (isWestern(before) && isIdeographic(after));
    }

    private static boolean isIdeographic(int codePoint) {
        if (Scripts.isHan(codePoint)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isWestern(int codePoint) {
        return (codePoint < 0x2000 && Character.isLetterOrDigit(codePoint) && !Scripts.isCjk(codePoint));
    }
}
