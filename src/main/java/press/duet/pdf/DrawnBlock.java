package press.duet.pdf;

import java.util.List;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Something of a known height that stays whole on one sheet: a figure with its caption, a table row,
 * a section break's ornament. Each drawing goes onto one page of the sheet and is given the block's top.
 */
record DrawnBlock(float height, List<OnPage> drawings) {
    /** Draws below {@code top}, the y coordinate of the block's upper edge. */
    interface Drawing {
        void draw(PdfContentByte canvas, float top);
    }

    /** A drawing and the page of the sheet it goes on. */
    record OnPage(int page, Drawing drawing) {
    }

    DrawnBlock {
        drawings = List.copyOf(drawings);
    }
}
