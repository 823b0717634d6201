package press.duet;

import java.util.Locale;

/** The editions Duet writes, each with its file ending. */
public enum OutputFormat {
    EPUB("epub"),
    PDF("pdf");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format for a name such as "epub" or "PDF". */
    public static OutputFormat named(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
