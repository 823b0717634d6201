package press.duet.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.PdfContentByte;
import press.duet.font.FontRole;

/**
 * A ruby reading (pinyin or zhuyin) set above its base, at half the base's size and centred over it.
 * A reading wider than its base would run into its neighbours' readings; the base then takes the
 * excess as blank space, half before and half after it, so that the line breaker spaces the text for
 * it and no two readings ever overlap. The line's height makes room for the reading
 * ({@link #top}).
 *
 * @param start   the base's first character in its {@link SetText}
 * @param end     the character after the base's last
 * @param reading the reading set at ruby size in one line
 * @param lead    the blank before the base (half the reading's excess width over the base's)
 */
record RubyText(int start, int end, SetText reading, float lead) {
    /** The reading's size, as a share of its base's. */
    static final float SCALE = 0.5f;
    /** The gap between the base's top (0.88 of its size above the baseline) and the reading's lowest descender. */
    private static final float BASE_TOP = 0.88f;
    private static final float GAP = 0.06f;
    /** How far a reading's descenders (g, y) reach below its baseline, and its tone marks above, as shares of its size. */
    private static final float READING_DESCENT = 0.22f;
    private static final float READING_ASCENT = 0.95f;

    /**
     * Sets the readings of a paragraph's ruby, each at half the size of its base's first character.
     *
     * @param widths each character's advance, which the blank around a wide reading's base is added to
     */
    static List<RubyText> set(InlineRuns runs, float[] sizes, float[] widths, FaceChooser chooser, String where) {
        List<RubyText> set = new ArrayList<>();
        for (InlineRuns.Ruby ruby : runs.rubies) {
            float size = sizes[ruby.start()] * SCALE;
            // Pinyin takes the Latin face; zhuyin and any Han character in a reading take the Chinese face.
            SetText reading = new TextSetter(chooser, size, where).plain(ruby.reading(), FontRole.LATIN_REGULAR, false,
                    Float.MAX_VALUE, false);
            float base = 0;
            for (int i = ruby.start(); i < ruby.end(); i++) {
                base += widths[i];
            }
            float excess = Math.max(0, reading.width() - base);
            widths[ruby.start()] += excess / 2;
            widths[ruby.end() - 1] += excess / 2;
            set.add(new RubyText(ruby.start(), ruby.end(), reading, excess / 2));
        }
        return set;
    }

    /** The same reading over characters {@code offset} further on: where its paragraph stands in the text. */
    RubyText shifted(int offset) {
        return new RubyText(start + offset, end + offset, reading, lead);
    }

    /** How far above its base's baseline the reading's baseline stands, for a base of a size. */
    static float rise(float baseSize) {
        return baseSize * (BASE_TOP + GAP + SCALE * READING_DESCENT);
    }

    /** How far above its base's baseline the reading reaches, for a base of a size. */
    static float top(float baseSize) {
        return rise(baseSize) + baseSize * SCALE * READING_ASCENT;
    }

    /** Draws the reading centred over its base, which stands from {@code baseLeft} to {@code baseRight} on the page. */
    void draw(PdfContentByte canvas, float baseLeft, float baseRight, float baseline, float baseSize, Color color) {
        float left = (baseLeft + baseRight) / 2 - reading.lineWidth(0) / 2;
        reading.draw(canvas, 0, left, baseline + rise(baseSize), color);
    }
}
