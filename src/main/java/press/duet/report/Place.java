package press.duet.report;

import java.util.Objects;

/** A place in an input: the file as the user named it, and a 1-based line (0 when not known). */
public record Place(String file, int line) {
    public Place {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
