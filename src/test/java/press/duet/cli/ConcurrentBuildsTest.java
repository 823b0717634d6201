package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubEntries;
import press.duet.testing.PdfInspection;
import press.duet.testing.StressTexts;

/**
 * Two builds of different books into one output folder at the same time, in two processes: they take
 * turns (a lock on the folder), so the EPUB and the PDF left are always of the same book. (Without the
 * lock this test fails: the long book's PDF, finished last, stays beside the short book's EPUB.)
 */
class ConcurrentBuildsTest {
    @TempDir
    Path folder;

    @Test
    void twoBuildsIntoOneFolderLeaveAConsistentPair() throws Exception {
        Path out = folder.resolve("out");
        Path a = Files.createDirectories(folder.resolve("a")).resolve("book.txt");
        Path b = Files.createDirectories(folder.resolve("b")).resolve("book.txt");
        Files.writeString(a, "甲书标题\nBook Alpha\n\n" + StressTexts.book(11, 120, 80));
        Files.writeString(b, "乙书标题\nBook Beta\n\n" + StressTexts.book(12, 1, 4));
        // The long book is in the middle of its PDF, its EPUB written, when the short one starts: without
        // turns, the short book's EPUB would replace the long one's, and the long one's PDF, finished
        // last, would stay beside it. The waits are long because a loaded machine (a CI run beside other
        // builds) can take minutes to start two JVMs and write a long book; a quiet one takes seconds.
        Process first = ChildDuet.start(folder.resolve("a.log"), 0, "build", a.toString(), "-o", out.toString());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!(Files.exists(out.resolve("book.epub")) && ChildDuet.awaitTemporaryFile(out, first, 1))
                && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(first.isAlive() && Files.exists(out.resolve("book.epub")), "the long book's PDF was never begun");
        Process second = ChildDuet.start(folder.resolve("b.log"), 0, "build", b.toString(), "-o", out.toString());
        assertTrue(first.waitFor(300, TimeUnit.SECONDS) && second.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(folder.resolve("a.log")));
        assertEquals(0, second.exitValue(), Files.readString(folder.resolve("b.log")));
        Path epub = out.resolve("book.epub");
        String epubTitle = EpubEntries.text(epub, EpubEntries.names(epub).stream()
                .filter(n -> n.endsWith(".opf")).findFirst().orElseThrow());
        String pdf = PdfInspection.text(out.resolve("book.pdf"));
        boolean alpha = epubTitle.contains("Book Alpha");
        assertTrue(alpha || epubTitle.contains("Book Beta"), epubTitle);
        assertTrue(pdf.contains(alpha ? "Book Alpha" : "Book Beta"), "the EPUB and the PDF are of different books");
        assertEquals(List.of(), ChildDuet.temporaryFiles(out));
    }
}
