package press.duet.pdf;

import java.awt.Color;

/**
 * A set text on its way onto pages: the column it goes into, its line spacing, colour and alignment,
 * and an optional label drawn in the margin beside its first line (a handout's pair number).
 */
record Part(int column, SetText text, float leading, Color color, Align align, SetText label) {
    /** Where a part's lines stand in their column. */
    enum Align {
        LEFT, CENTRE, RIGHT
    }

    Part(int column, SetText text, float leading, Color color) {
        this(column, text, leading, color, Align.LEFT, null);
    }

    Part(int column, SetText text, float leading, Color color, Align align) {
        this(column, text, leading, color, align, null);
    }
}
