package press.duet.model;

import java.util.Objects;

/**
 * Where a paragraph starts in its input: the file as the user named it and its 1-based line (0 when
 * unknown), so findings name the place without searching for equal text.
 */
public record SourceLine(String file, int line) {
    /** For content made in code, with no input behind it. */
    public static final SourceLine NONE = new SourceLine("", 0);

    public SourceLine {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }
}
