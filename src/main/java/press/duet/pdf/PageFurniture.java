package press.duet.pdf;

import java.awt.Color;
import org.openpdf.text.pdf.PdfContentByte;
import press.duet.font.FontRole;

/**
 * What pages carry besides the text: a running header (the book title on the left, the chapter
 * title on the right, over a hairline) and the page number at the foot. Chapter openings carry no
 * header; a handout carries its header (title and date) on every page.
 */
final class PageFurniture {
    private static final float FOLIO_SIZE = 9f;

    private final FaceChooser chooser;
    private final float left;
    private final float right;
    private final float headerBaseline;
    private final float footerBaseline;
    private final Color colour;
    private final SetText bookTitle;
    private final SetText handoutRight;

    /**
     * @param handoutRight what a handout's header shows on the right (the date), or null for a book
     */
    PageFurniture(FaceChooser chooser, float left, float right, float headerBaseline, float footerBaseline,
                  Color colour, SetText bookTitle, SetText handoutRight) {
        this.chooser = chooser;
        this.left = left;
        this.right = right;
        this.headerBaseline = headerBaseline;
        this.footerBaseline = footerBaseline;
        this.colour = colour;
        this.bookTitle = bookTitle;
        this.handoutRight = handoutRight;
    }

    void draw(PdfContentByte canvas, PageDraft page, int number) {
        if (number <= 1) {
            return; // the title page
        }
        boolean header = handoutRight != null ? page.runningTitle != null
                : page.runningTitle != null && !page.opensChapter;
        if (header) {
            SetText leftText = page.bookTitle != null ? page.bookTitle : bookTitle;
            if (leftText.lineCount() > 0) {
                leftText.draw(canvas, 0, left, headerBaseline, colour);
            }
            SetText rightText = handoutRight != null ? handoutRight : page.runningTitle;
            if (rightText.lineCount() > 0) {
                rightText.draw(canvas, 0, right - rightText.lineWidth(0), headerBaseline, colour);
            }
            canvas.saveState();
            canvas.setColorStroke(colour);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(left, headerBaseline - 6);
            canvas.lineTo(right, headerBaseline - 6);
            canvas.stroke();
            canvas.restoreState();
        }
        SetText folio = SetText.set(String.valueOf(number), FontRole.LATIN_REGULAR, false, FOLIO_SIZE, right - left,
                false, chooser, "page number");
        folio.draw(canvas, 0, (left + right - folio.lineWidth(0)) / 2, footerBaseline, colour);
    }
}
