package press.duet;

import java.util.List;
import press.duet.model.Book;

/** What a build made: the book as Duet understood it, the files written, and warnings for the user. */
public record BuildResult(Book book, List<java.nio.file.Path> outputs, List<String> warnings) {
    public BuildResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }
}
