package press.duet.read;

import java.util.List;

/**
 * Consecutive non-blank lines of an input, as the file has them; whether they are one paragraph or
 * several is for the structure stage to decide.
 *
 * @param line  the 1-based line number of the first line
 * @param lines the lines, without line terminators
 */
public record DraftBlock(int line, List<String> lines) {
    public DraftBlock {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
    }
}
