package press.duet.read;

import java.util.List;
import java.util.Objects;
import press.duet.report.Dropped;

/**
 * What a reader found in one input: its blocks of lines in order, with the file's name as the user
 * gave it, the character encoding it was decoded with and the format it was read as.
 *
 * @param format   the reader's format name: {@code text}, {@code markdown}, {@code table} …
 * @param declared what the format declares about the text beside it ({@link Declared#NONE} for text)
 * @param dropped  what the reader left out of the text as the page's furniture (a web page's menus,
 *                 share bars, comments), each with its place and reason; {@code duet inspect} lists it
 */
public record Draft(String source, String encoding, List<DraftBlock> blocks, String format, Declared declared,
                    List<Dropped> dropped) {
    public Draft {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(declared, "declared");
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
    }

    /** A draft whose reader left nothing out. */
    public Draft(String source, String encoding, List<DraftBlock> blocks, String format, Declared declared) {
        this(source, encoding, blocks, format, declared, List.of());
    }

    /** A draft of a format that declares nothing beside its text. */
    public Draft(String source, String encoding, List<DraftBlock> blocks, String format) {
        this(source, encoding, blocks, format, Declared.NONE);
    }

    /** The same input with other blocks (page furniture left out, placed blocks taken aside). */
    public Draft withBlocks(List<DraftBlock> newBlocks) {
        return new Draft(source, encoding, newBlocks, format, declared, dropped);
    }

    /** Whether the reader of this draft is the one for the format given. */
    public boolean is(Format kind) {
        return format.equals(kind.label());
    }

    /** A plain-text draft. */
    public Draft(String source, String encoding, List<DraftBlock> blocks) {
        this(source, encoding, blocks, "text");
    }
}
