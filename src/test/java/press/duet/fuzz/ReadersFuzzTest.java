package press.duet.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;

/**
 * A fuzz target per reader: plain text, Markdown, CSV and TSV tables, each fed mutated test texts in
 * several encodings and random bytes (see {@link Fuzzer} for the budget).
 */
class ReadersFuzzTest {
    private static long fuzz(String target, Format format, boolean csv) {
        return Fuzzer.run(target, 1, files -> {
            Draft draft = FuzzInvariant.holds("fuzz.txt",
                    () -> Readers.parse("fuzz.txt", files.get(0), null, format, csv, finding -> { }));
            if (draft != null) {
                assertFalse(draft.blocks().isEmpty(), "a draft without blocks was accepted");
            }
        });
    }

    @Test
    void textReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("text", Format.TEXT, false) > 0);
    }

    @Test
    void markdownReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("markdown", Format.MARKDOWN, false) > 0);
    }

    @Test
    void csvReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("csv", Format.TABLE, true) > 0);
    }

    @Test
    void tsvReaderReadsAnyBytesOrRefusesThemInOneLine() {
        assertTrue(fuzz("tsv", Format.TABLE, false) > 0);
    }
}
