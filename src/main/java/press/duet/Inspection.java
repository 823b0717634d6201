package press.duet;

import java.util.List;
import press.duet.read.Draft;
import press.duet.structure.Structured;

/**
 * What Duet understood of its inputs before writing anything: each file's draft (with the encoding it
 * was read in and its format) and the structured book with its findings and shape.
 *
 * <pre>{@code
 * Inspection seen = Duet.inspect(BuildRequest.of(List.of(Path.of("book.txt"))));
 * }</pre>
 */
public record Inspection(List<Draft> drafts, Structured structured) {
    public Inspection {
        drafts = List.copyOf(drafts);
    }
}
