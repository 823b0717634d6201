package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.StressTexts;

/**
 * The PDF whose chapters are set on a second thread while the one before is placed is, byte for byte, the
 * PDF set on one thread, in every layout and as a handout.
 */
class ThreadedPdfTest {
    private static final Book BOOK = Books.of(StressTexts.book(23, 4, 9));

    @TempDir
    Path folder;

    @Test
    void settingChaptersOnASecondThreadChangesNoByteInAnyLayout() throws IOException {
        assertTrue(BOOK.chapters().size() >= 4, "the book needs chapters for a second thread to set");
        for (Layout layout : Layout.values()) {
            for (boolean handout : List.of(false, true)) {
                PdfOptions options = PdfOptions.builder().layout(layout).handout(handout).build();
                String name = layout.cliName() + (handout ? "-handout" : "");
                Path threaded = folder.resolve(name + "-threaded.pdf");
                Path oneThread = folder.resolve(name + "-one-thread.pdf");
                new PdfWriter().write(BOOK, Theme.named("default"), FontSet.bundled(), options, threaded);
                PdfWriter.onOneThread().write(BOOK, Theme.named("default"), FontSet.bundled(), options, oneThread);
                assertArrayEquals(Files.readAllBytes(oneThread), Files.readAllBytes(threaded), name);
            }
        }
    }
}
