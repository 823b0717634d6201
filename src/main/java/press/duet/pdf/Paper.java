package press.duet.pdf;

import java.util.Locale;

/**
 * The paper sizes Duet prints on, in points, each with margins that suit it: generous on A4 and
 * Letter, tighter on the book sizes.
 */
public enum Paper {
    A4("A4", 595.28f, 841.89f, 62, 72, 72),
    A5("A5", 419.53f, 595.28f, 44, 52, 56),
    B5("B5", 498.90f, 708.66f, 52, 62, 64),
    LETTER("Letter", 612f, 792f, 62, 72, 72),
    SIX_BY_NINE("6x9in", 432f, 648f, 46, 54, 58);

    private final String label;
    private final float width;
    private final float height;
    private final float side;
    private final float top;
    private final float bottom;

    Paper(String label, float width, float height, float side, float top, float bottom) {
        this.label = label;
        this.width = width;
        this.height = height;
        this.side = side;
        this.top = top;
        this.bottom = bottom;
    }

    /** The paper for a name as the command line writes it: A4, a5, b5, letter, 6x9in. */
    public static Paper named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Paper paper : values()) {
            if (paper.label.toLowerCase(Locale.ROOT).equals(wanted) || (paper == SIX_BY_NINE && wanted.equals("6x9"))) {
                return paper;
            }
        }
        throw new IllegalArgumentException("unknown paper size '" + name + "' (choose from A4, A5, B5, Letter, 6x9in)");
    }

    public String label() {
        return label;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The left and right margin. */
    public float sideMargin() {
        return side;
    }

    public float topMargin() {
        return top;
    }

    public float bottomMargin() {
        return bottom;
    }
}
