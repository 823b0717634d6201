package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openpdf.text.pdf.PdfContentByte;

/** A page being composed: what to draw on it, and what its running header should say. */
final class PageDraft {
    final List<Consumer<PdfContentByte>> drawing = new ArrayList<>();
    final SetText runningTitle;
    final boolean opensChapter;

    PageDraft(SetText runningTitle, boolean opensChapter) {
        this.runningTitle = runningTitle;
        this.opensChapter = opensChapter;
    }
}
