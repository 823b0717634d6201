package press.duet.pdf;

import java.util.List;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Something of a known height that stays whole on one sheet: a figure with its caption, a table row,
 * a section break's ornament. Each drawing goes onto one page of the sheet and is given the block's top;
 * the footnotes its references call for (in a caption, in a table's cells) go to the foot of their
 * columns on the sheet the block stands on.
 */
record DrawnBlock(float height, List<OnPage> drawings, List<ColumnNote> notes) {
    /** Draws below {@code top}, the y coordinate of the block's upper edge. */
    interface Drawing {
        void draw(PdfContentByte canvas, float top);
    }

    /** A drawing and the page of the sheet it goes on. */
    record OnPage(int page, Drawing drawing) {
    }

    /** A footnote and the column at whose foot it stands. */
    record ColumnNote(int column, Footnote note) {
    }

    DrawnBlock {
        drawings = List.copyOf(drawings);
        notes = List.copyOf(notes);
    }

    DrawnBlock(float height, List<OnPage> drawings) {
        this(height, drawings, List.of());
    }
}
