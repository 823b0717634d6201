package press.duet.read;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in one input: its blocks of lines in order, with the file's name as the user
 * gave it and the character encoding it was decoded with.
 */
public record Draft(String source, String encoding, List<DraftBlock> blocks) {
    public Draft {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
        blocks = List.copyOf(blocks);
    }
}
