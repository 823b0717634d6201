package press.duet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;
import press.duet.report.Finding;

/**
 * A fuzz target per reader: plain text, Markdown (rich Markdown among the seeds), HTML pages, CSV and TSV tables,
 * each fed mutated test texts in several encodings and random bytes (see {@link Fuzzer} for the
 * budget); every finding a reader gives names the file, on one line.
 */
class ReadersFuzzTest {
    private static long fuzz(String target, Format format, String name) {
        return Fuzzer.run(target, 1, files -> {
            List<Finding> findings = new ArrayList<>();
            Draft draft = FuzzInvariant.holds(name,
                    () -> Readers.read(Source.of(name, files.get(0)), null, format, findings::add));
            if (draft != null) {
                assertFalse(draft.blocks().isEmpty(), "a draft without blocks was accepted");
            }
            for (Finding finding : findings) {
                assertEquals(name, finding.place().file(), finding::toString);
                assertFalse(finding.message().contains("\n"), finding::toString);
            }
        });
    }

    @Test
    void textReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("text", Format.TEXT, "fuzz.txt") > 0);
    }

    @Test
    void markdownReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("markdown", Format.MARKDOWN, "fuzz.md") > 0);
    }

    @Test
    void htmlReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("html", Format.HTML, "fuzz.html") > 0);
    }

    @Test
    void csvReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("csv", Format.TABLE, "fuzz.csv") > 0);
    }

    @Test
    void tsvReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("tsv", Format.TABLE, "fuzz.tsv") > 0);
    }
}
