package press.duet.testing;

import java.util.Random;

/**
 * Random texts made of given pieces, for tests that hold a fast path to the plain one it replaced:
 * pieces chosen one after another, as many as the random count says.
 *
 * <pre>{@code
 * String line = RandomPieces.text(random, new String[] {"春", "a", " "}, 0, 12);  // 0 to 11 pieces
 * }</pre>
 */
public final class RandomPieces {
    private RandomPieces() {
    }

    /** A text of {@code least} + a random count below {@code bound} of the pieces, each drawn at random. */
    public static String text(Random random, String[] pieces, int least, int bound) {
        StringBuilder text = new StringBuilder();
        for (int k = least + random.nextInt(bound); k > 0; k--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
