package press.duet.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import press.duet.io.IoErrors;
import press.duet.report.DuetException;
import press.duet.report.Finding;

/**
 * Reads an input with the reader of its format ({@link Format}: from the file's name, unless one is
 * forced) and returns its draft; an input with nothing to publish (no block, or section breaks alone)
 * is an error naming it.
 *
 * <pre>{@code
 * Draft draft = Readers.read(Path.of("book.md"), null, null);
 * Draft test = Readers.read(Source.of("lesson.md", "# 第一课\n\n你好。\n"), null, Format.MARKDOWN, notes);
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

    /** As {@link #read(Path, Charset, Format)}, telling {@code notes} what the reader could not keep. */
    public static Draft read(Path path, Charset encoding, Format forced, Consumer<Finding> notes) {
        return readWith(path, ReadOptions.encoding(encoding), forced, notes);
    }

    /**
     * Reads a file with the build's options for reading (its encoding, whether page furniture is kept).
     *
     * @param forced the format to read the file as, or null to go by its name
     */
    public static Draft readWith(Path path, ReadOptions options, Format forced, Consumer<Finding> notes) {
        String shown = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DuetException(shown + ": cannot read the file (" + IoErrors.describe(e) + ")", e);
        }
        Source source = new Source(shown, bytes, Resources.beside(path));
        return readWith(source, options, forced != null ? forced : Format.of(path), notes);
    }

    /**
     * Reads a source in a format: what the fuzz tests feed every reader through, and the way to read
     * a text that is not in a file.
     *
     * @param encoding the encoding to use, or null to detect it
     */
    public static Draft read(Source source, Charset encoding, Format format, Consumer<Finding> notes) {
        return readWith(source, ReadOptions.encoding(encoding), format, notes);
    }

    /** Reads a source in a format with the build's options for reading. */
    public static Draft readWith(Source source, ReadOptions options, Format format, Consumer<Finding> notes) {
        Draft draft = format.reader().read(source, options, notes);
        if (draft.blocks().stream().allMatch(block -> block.kind() == DraftBlock.Kind.BREAK)) {
            throw new DuetException(source.name() + ": the file is empty (it has no text to publish)");
        }
        return draft;
    }
}
