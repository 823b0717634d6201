package press.duet.read;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in one input: its blocks of lines in order, with the file's name as the user
 * gave it, the character encoding it was decoded with and the format it was read as.
 *
 * @param format the reader's format name: {@code text}, {@code markdown} or {@code table}
 */
public record Draft(String source, String encoding, List<DraftBlock> blocks, String format) {
    public Draft {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
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
