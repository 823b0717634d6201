package press.duet.structure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import press.duet.model.Book;
import press.duet.report.Dropped;
import press.duet.report.Finding;

/**
 * The book the structure stage made, with what it noticed on the way and the shapes it found.
 *
 * @param shape      the book's shape, as forced or detected: {@link Shape#PARALLEL_FILES} for two
 *                   files aligned with each other, the shape every file has when they agree, else
 *                   {@link Shape#MIXED}
 * @param languages  how many paragraphs (headings included) each language has: "zh-Hans", "zh-Hant",
 *                   "en", "mixed" (two languages carry the paragraph) and "none" (no letters at all)
 * @param fileShapes each input's own shape by its source name, in the order the inputs were given;
 *                   each of two parallel files is {@link Shape#MONOLINGUAL} (it is one side of the book)
 *                   unless it was paired on request while holding both languages
 * @param dropped    the lines left out as page furniture, file by file in the order of their lines
 * @param chapterMatches how the chapters of two editions (two parallel files with chapters) were matched,
 *                   in reading order; empty when the book was not made of two editions so
 */
public record Structured(Book book, List<Finding> findings, Shape shape, Map<String, Integer> languages,
                         Map<String, Shape> fileShapes, List<Dropped> dropped, List<ChapterMatch> chapterMatches) {
    /** Below this confidence a pair is reported as a doubtful alignment. */
    public static final double LOW_CONFIDENCE = 0.05;

    public Structured {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(shape, "shape");
        findings = List.copyOf(findings);
        languages = Collections.unmodifiableMap(new TreeMap<>(languages));
        fileShapes = Collections.unmodifiableMap(new LinkedHashMap<>(fileShapes));
        dropped = List.copyOf(dropped);
        chapterMatches = List.copyOf(chapterMatches);
    }

    public Structured(Book book, List<Finding> findings, Shape shape, Map<String, Integer> languages,
                      Map<String, Shape> fileShapes, List<Dropped> dropped) {
        this(book, findings, shape, languages, fileShapes, dropped, List.of());
    }

    public Structured(Book book, List<Finding> findings, Shape shape, Map<String, Integer> languages,
                      Map<String, Shape> fileShapes) {
        this(book, findings, shape, languages, fileShapes, List.of());
    }

    public Structured(Book book, List<Finding> findings, Shape shape, Map<String, Integer> languages) {
        this(book, findings, shape, languages, Map.of());
    }

    public Structured(Book book, List<Finding> findings, Shape shape) {
        this(book, findings, shape, Map.of());
    }

    public Structured(Book book, List<Finding> findings) {
        this(book, findings, Shape.ALTERNATING);
    }
}
