package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.testing.RandomPieces;

/**
 * Holds {@link DisplayColumns}' short cuts (no look-up below U+2E80, a short text fitting without a
 * count) to counting every code point: each code point alone, and random texts of narrow, wide and
 * supplementary characters and lone surrogates against every limit around their width.
 */
class DisplayColumnsTest {
    private static final String[] PIECES = {"a", " ", "é", "—", "\u2E7F", "\u2E80", "春", "，", "Ａ", "か", "𠀀", "😀",
        "\uD800", "\uDC00", "\t", "1"};

    @Test
    void countsEveryCodePointAsOneOrTwoColumns() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = Character.toString(cp);
            assertEquals(Scripts.isCjk(cp) ? 2 : 1, DisplayColumns.of(text), () -> "U+" + Integer.toHexString(text.codePointAt(0)));
        }
    }

    @Test
    void fitsExactlyWhenTheCountedWidthIsWithinTheLimit() {
        Random random = new Random(1202);
        for (int round = 0; round < 5_000; round++) {
            String s = RandomPieces.text(random, PIECES, 0, 40);
            int width = width(s);
            assertEquals(width, DisplayColumns.of(s), s);
            for (int limit = 0; limit <= 2 * s.length() + 2; limit++) {
                assertEquals(width <= limit, DisplayColumns.fit(s, limit), s + " within " + limit);
            }
        }
    }

    private static int width(String text) {
        return text.codePoints().map(cp -> Scripts.isCjk(cp) ? 2 : 1).sum();
    }
}
