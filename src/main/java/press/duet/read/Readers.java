package press.duet.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import press.duet.io.IoErrors;
import java.util.function.Consumer;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Picks the reader for each input by its format (from the file's name, unless one is forced) and
 * returns its draft. Decoding is shared: every reader gets text that {@link TextDecoder} cleaned.
 *
 * <pre>{@code
 * Draft draft = Readers.read(Path.of("book.md"), null, null);
 * }</pre>
 */
public final class Readers {
    private Readers() {
    }

    /**
     * @param encoding the encoding to use, or null to detect it
     * @param forced   the format to read the file as, or null to go by its name
     */
    public static Draft read(Path path, Charset encoding, Format forced) {
        return read(path, encoding, forced, finding -> { });
    }

    /** As {@link #read(Path, Charset, Format)}, telling {@code notes} what decoding removed. */
    public static Draft read(Path path, Charset encoding, Format forced, Consumer<Finding> notes) {
        String shown = path.toString();
        TextDecoder.Decoded decoded = decode(path, encoding, shown);
        Format format = forced != null ? forced : Format.of(path);
        return parse(shown, decoded, format, path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"),
                notes);
    }

    /**
     * Reads bytes already in memory as a file named {@code shown} would be read: what the fuzz tests
     * feed every reader through.
     *
     * @param csv for a table, whether its cells are comma-separated (else tab-separated)
     */
    public static Draft parse(String shown, byte[] bytes, Charset encoding, Format format, boolean csv,
                              Consumer<Finding> notes) {
        return parse(shown, TextDecoder.decode(bytes, encoding, shown), format, csv, notes);
    }

    private static Draft parse(String shown, TextDecoder.Decoded decoded, Format format, boolean csv,
                               Consumer<Finding> notes) {
        if (decoded.controlsRemoved() > 0) {
            int n = decoded.controlsRemoved();
            notes.accept(new Finding(new Place(shown, decoded.firstControlLine()), "removed " + n
                    + (n == 1 ? " control character or terminal escape sequence" : " control characters and terminal escape sequences")
                    + " (NUL, ESC[…m and the like), the first here"));
        }
        Draft draft = switch (format) {
            case MARKDOWN -> MarkdownReader.parse(shown, decoded);
            case TABLE -> TableReader.parse(shown, decoded, csv ? ',' : '\t');
            case TEXT -> TableReader.looksTabSeparated(decoded.lines())
                    ? TableReader.parseTabbedText(shown, decoded)
                    : new Draft(shown, decoded.encoding(), TextReader.blocks(decoded.lines()), Format.TEXT.label());
        };
        if (draft.blocks().isEmpty()) {
            throw new DuetException(shown + ": the file is empty (it has no text to publish)");
        }
        return draft;
    }

    /** The file's lines; its bytes are garbage once they are decoded. */
    private static TextDecoder.Decoded decode(Path path, Charset encoding, String shown) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DuetException(shown + ": cannot read the file (" + IoErrors.describe(e) + ")", e);
        }
        return TextDecoder.decode(bytes, encoding, shown);
    }
}
