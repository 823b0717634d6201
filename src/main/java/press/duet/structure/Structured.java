package press.duet.structure;

import java.util.List;
import press.duet.model.Book;
import press.duet.report.Finding;

/** The book the structure stage made, with what it noticed on the way. */
public record Structured(Book book, List<Finding> findings) {
    public Structured {
        findings = List.copyOf(findings);
    }
}
