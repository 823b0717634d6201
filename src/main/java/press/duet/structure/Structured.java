package press.duet.structure;

import java.util.List;
import java.util.Objects;
import press.duet.model.Book;
import press.duet.report.Finding;

/**
 * The book the structure stage made, with what it noticed on the way and the shape it found.
 *
 * @param shape the input's shape, as detected or forced
 */
public record Structured(Book book, List<Finding> findings, Shape shape) {
    /** Below this confidence a pair is reported as a doubtful alignment. */
    public static final double LOW_CONFIDENCE = 0.05;

    public Structured {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(shape, "shape");
        findings = List.copyOf(findings);
    }

    public Structured(Book book, List<Finding> findings) {
        this(book, findings, Shape.ALTERNATING);
    }
}
