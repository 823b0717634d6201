package press.duet;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to publish and where.
 *
 * @param inputs       text files or folders of them; empty means the bundled example book
 * @param outputFolder where the editions land (created when missing)
 * @param formats      the editions to write
 * @param encoding     the inputs' encoding, or null to detect it
 * @param theme        a bundled theme's name or a CSS file's path
 */
public record BuildRequest(List<Path> inputs, Path outputFolder, Set<OutputFormat> formats, Charset encoding,
                           String theme) {
    public BuildRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(outputFolder, "outputFolder");
        Objects.requireNonNull(theme, "theme");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format chosen");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** Both editions of the given inputs into {@code output/}, encoding detected, default theme. */
    public static BuildRequest of(List<Path> inputs) {
        return new BuildRequest(inputs, Path.of("output"), EnumSet.allOf(OutputFormat.class), null, "default");
    }
}
