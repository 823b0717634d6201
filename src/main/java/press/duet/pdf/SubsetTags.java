package press.duet.pdf;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.openpdf.text.pdf.BaseFont;

/**
 * Makes the six-letter tags of embedded font subsets ("ABCDEF+NotoSerifSC-Regular") come from the
 * book's content instead of chance, so the same book gives the same PDF bytes. OpenPDF draws the
 * tag from each font's random source; a SHA1PRNG seeded before first use repeats its sequence.
 */
final class SubsetTags {
    private SubsetTags() {
    }

    /** Seeds one font's tag source; the seed must be the same for the same book and font. */
    static synchronized void seed(BaseFont font, String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            font.setSecureRandom(random);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA1PRNG", e);
        }
    }
}
