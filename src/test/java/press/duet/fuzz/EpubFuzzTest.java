package press.duet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;
import press.duet.report.Finding;
import press.duet.testing.EpubFiles;

/**
 * The EPUB reader fed mutated books: each input replaces one file of a good book (its container,
 * package, navigation document, NCX or a chapter, in turn) with fuzzed bytes, or is the fuzzed
 * archive itself; the reader reads it or refuses it in one line naming the book, within the bound.
 */
class EpubFuzzTest {
    private static final String NAME = "fuzz.epub";

    private static Map<String, byte[]> goodBook() throws Exception {
        byte[] book = EpubFiles.epub3().toc(EpubFiles.Toc.BOTH)
                .chapter("one.xhtml", "一", "<h1>一</h1><p>春眠不觉晓，处处闻啼鸟。</p><p>I slept in spring.</p>")
                .chapter("two.xhtml", "二", "<p>夜来风雨声。<a href=\"one.xhtml#x\" epub:type=\"noteref\">1</a></p>")
                .bytes();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(book))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void readsAnyMutatedBookOrRefusesItInOneLine() throws Exception {
        Map<String, byte[]> good = goodBook();
        List<String> targets = List.of("META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/toc.ncx",
                "OEBPS/one.xhtml", "OEBPS/two.xhtml", "the archive");
        int[] turn = {0};
        long runs = Fuzzer.run("epub", 1, files -> {
            String target = targets.get(turn[0]++ % targets.size());
            byte[] book;
            if (target.equals("the archive")) {
                book = files.get(0);
            } else {
                Map<String, byte[]> entries = new LinkedHashMap<>(good);
                entries.put(target, files.get(0));
                book = EpubFiles.zip(entries);
            }
            List<Finding> findings = new ArrayList<>();
            FuzzInvariant.holds(NAME, () -> Readers.read(Source.of(NAME, book), null, Format.EPUB, findings::add));
            for (Finding finding : findings) {
                assertEquals(NAME, finding.place().file(), finding::toString);
                assertFalse(finding.message().contains("\n"), finding::toString);
            }
        });
        assertTrue(runs > 0);
    }
}
