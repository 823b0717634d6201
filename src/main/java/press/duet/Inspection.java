package press.duet;

import java.util.List;
import press.duet.read.Draft;
import press.duet.report.Finding;
import press.duet.structure.Structured;

/**
 * What Duet understood of its inputs before writing anything: each file's draft (with the encoding it
 * was read in and its format), what reading noticed, and the structured book with its findings and shape.
 *
 * <pre>{@code
 * Inspection seen = Duet.inspect(BuildRequest.of(List.of(Path.of("book.txt"))));
 * }</pre>
 */
public record Inspection(List<Draft> drafts, Structured structured, List<Finding> readFindings) {
    public Inspection {
        drafts = List.copyOf(drafts);
        readFindings = List.copyOf(readFindings);
    }

    public Inspection(List<Draft> drafts, Structured structured) {
        this(drafts, structured, List.of());
    }

    /** The notes, figures and links of each chapter of the book, in the chapters' order. */
    public List<ChapterContents> contents() {
        return ChapterContents.of(structured.book().chapters());
    }

    /** What reading noticed (controls removed, links skipped), then what structuring found. */
    public List<Finding> findings() {
        List<Finding> all = new java.util.ArrayList<>(readFindings);
        all.addAll(structured.findings());
        return all;
    }
}
