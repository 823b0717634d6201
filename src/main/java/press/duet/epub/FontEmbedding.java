package press.duet.epub;

import java.util.Locale;

/** Whether an EPUB carries its fonts. */
public enum FontEmbedding {
    /** The bundled fonts, cut down to the characters the book uses. */
    SUBSET,
    /** No fonts: the reading system's own fonts set the text. */
    NONE;

    /** The choice for a name as the command line writes it: "subset" or "none". */
    public static FontEmbedding named(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** The name as the command line writes it. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
