package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openpdf.text.pdf.PdfContentByte;

/** A page being composed: what to draw on it, and what its running header should say. */
final class PageDraft {
    final List<Consumer<PdfContentByte>> drawing = new ArrayList<>();
    final SetText runningTitle;
    /** The book title for this page's header, or null for the one the furniture has. */
    final SetText bookTitle;
    final boolean opensChapter;

    PageDraft(SetText runningTitle, SetText bookTitle, boolean opensChapter) {
        this.runningTitle = runningTitle;
        this.bookTitle = bookTitle;
        this.opensChapter = opensChapter;
    }
}
