package press.duet.pdf;

import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Where the composer's pages go: each page's drawings and its furniture (header, folio) onto the PDF,
 * one page at a time. Without a writer it only counts the pages, which is how the table of contents
 * learns its length before the body is set.
 */
final class PageOutput {
    private final Document document;
    private final PdfWriter writer;
    private final PageFurniture furniture;
    private int nextPageNumber;
    private int pagesWritten;

    PageOutput(Document document, PdfWriter writer, PageFurniture furniture, int firstPageNumber) {
        this.document = document;
        this.writer = writer;
        this.furniture = furniture;
        this.nextPageNumber = firstPageNumber;
    }

    /** The number the next page written will carry. */
    int nextPageNumber() {
        return nextPageNumber;
    }

    int pagesWritten() {
        return pagesWritten;
    }

    /** Writes a page, with its header and folio when {@code furnished} (a blank verso has none). */
    void emit(PageDraft page, boolean furnished) {
        if (writer != null) {
            PdfContentByte canvas = writer.getDirectContent();
            for (Consumer<PdfContentByte> drawing : page.drawing) {
                drawing.accept(canvas);
            }
            if (furnished) {
                furniture.draw(canvas, page, nextPageNumber);
            }
            writer.setPageEmpty(false);
            document.newPage();
        }
        nextPageNumber++;
        pagesWritten++;
    }
}
