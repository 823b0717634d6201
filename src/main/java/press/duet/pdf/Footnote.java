package press.duet.pdf;

import java.awt.Color;

/** A note set to stand at the foot of a page: its number and text in lines, their spacing and colour. */
record Footnote(SetText text, float leading, Color colour) {
    /** The height of lines {@code from} to {@code to} (exclusive), from the first's top to below the last. */
    float height(int from, int to) {
        float height = text.size() * (Composer.ASCENT + Composer.DESCENT) + (to - from - 1) * leading;
        for (int line = from + 1; line < to; line++) {
            height += text.spaceBefore(line);
        }
        return height;
    }

    int lineCount() {
        return text.lineCount();
    }
}
