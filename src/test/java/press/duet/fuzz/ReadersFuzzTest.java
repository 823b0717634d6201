package press.duet.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;

/**
 * A fuzz target per reader: plain text, Markdown, CSV and TSV tables, each fed mutated test texts in
 * several encodings and random bytes (see {@link Fuzzer} for the budget).
 */
class ReadersFuzzTest {
    private static long fuzz(String target, Format format, String name) {
        return Fuzzer.run(target, 1, files -> {
            Draft draft = FuzzInvariant.holds(name,
                    () -> Readers.read(Source.of(name, files.get(0)), null, format, finding -> { }));
            if (draft != null) {
                assertFalse(draft.blocks().isEmpty(), "a draft without blocks was accepted");
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
    void csvReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("csv", Format.TABLE, "fuzz.csv") > 0);
    }

    @Test
    void tsvReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("tsv", Format.TABLE, "fuzz.tsv") > 0);
    }
}
