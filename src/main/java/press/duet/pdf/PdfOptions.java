package press.duet.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * How to write a PDF.
 *
 * @param modified the creation and modification time written into the document; a fixed value keeps
 *                 the output byte-identical from run to run
 * @param fontSize the body text size in points (default 10.5, the Chinese 五号)
 */
public record PdfOptions(Instant modified, float fontSize) {
    public static final float DEFAULT_FONT_SIZE = 10.5f;

    public PdfOptions {
        Objects.requireNonNull(modified, "modified");
        if (fontSize < 6 || fontSize > 24) {
            throw new IllegalArgumentException("font size must be 6..24 pt, was " + fontSize);
        }
    }

    public PdfOptions(Instant modified) {
        this(modified, DEFAULT_FONT_SIZE);
    }
}
