package press.duet.structure;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import press.duet.model.Book;
import press.duet.report.Finding;

/**
 * The book the structure stage made, with what it noticed on the way and the shape it found.
 *
 * @param shape     the input's shape, as detected or forced
 * @param languages how many paragraphs (headings included) each language has: "zh-Hans", "zh-Hant",
 *                  "en", "mixed" (two languages carry the paragraph) and "none" (no letters at all)
 */
public record Structured(Book book, List<Finding> findings, Shape shape, Map<String, Integer> languages) {
    /** Below this confidence a pair is reported as a doubtful alignment. */
    public static final double LOW_CONFIDENCE = 0.05;

    public Structured {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(shape, "shape");
        findings = List.copyOf(findings);
        languages = Collections.unmodifiableMap(new TreeMap<>(languages));
    }

    public Structured(Book book, List<Finding> findings, Shape shape) {
        this(book, findings, shape, Map.of());
    }

    public Structured(Book book, List<Finding> findings) {
        this(book, findings, Shape.ALTERNATING);
    }
}
