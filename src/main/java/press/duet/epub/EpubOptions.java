package press.duet.epub;

import java.time.Instant;
import java.util.Objects;

/**
 * How to write an EPUB.
 *
 * @param modified the time stamped into the package and onto every zip entry; a fixed value keeps the
 *                 output byte-identical from run to run
 */
public record EpubOptions(Instant modified) {
    public EpubOptions {
        Objects.requireNonNull(modified, "modified");
    }
}
