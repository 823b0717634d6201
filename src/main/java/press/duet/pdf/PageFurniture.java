package press.duet.pdf;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import press.duet.font.FontRole;
import press.duet.model.Lang;
import press.duet.model.Segment;

/**
 * What every page but the title page carries: a running header with the book title on the left and
 * the chapter title on the right (left out on a chapter's opening page), and the page number below.
 */
final class PageFurniture extends PdfPageEventHelper {
    private static final float FOLIO_SIZE = 9f;

    private final Phrase bookTitle;
    private final Typesetter typesetter;
    private final Color rule;
    private Phrase chapterTitle;
    private int chapterOpeningPage = -1;

    PageFurniture(Phrase bookTitle, Typesetter typesetter, Color rule) {
        this.bookTitle = bookTitle;
        this.typesetter = typesetter;
        this.rule = rule;
    }

    /** Called as a chapter begins on a new page. */
    void startChapter(Phrase title, int page) {
        this.chapterTitle = title;
        this.chapterOpeningPage = page;
    }

    @Override
    public void onEndPage(org.openpdf.text.pdf.PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        if (page != chapterOpeningPage && chapterTitle != null) {
            float baseline = document.top() + 24;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, bookTitle, left, baseline, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, chapterTitle, right, baseline, 0);
            canvas.saveState();
            canvas.setColorStroke(rule);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(left, baseline - 6);
            canvas.lineTo(right, baseline - 6);
            canvas.stroke();
            canvas.restoreState();
        }
        Phrase number = typesetter.phrase(new Segment(Lang.EN, String.valueOf(page)), FontRole.LATIN_REGULAR,
                FOLIO_SIZE, rule, "page number");
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, number, (left + right) / 2, document.bottom() - 30, 0);
    }
}
