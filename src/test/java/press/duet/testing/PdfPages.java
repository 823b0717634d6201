package press.duet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Page-level facts PDFBox reads from a PDF: the text of each page, and the page each bookmark opens. */
public final class PdfPages {
    private PdfPages() {
    }

    /** The text of every page, index 0 holding page 1. */
    public static List<String> texts(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    /** The 1-based page each chapter's bookmark (under the book's) opens, resolving named destinations. */
    public static List<Integer> bookmarkPages(Path pdf) throws IOException {
        List<Integer> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().getFirstChild().children()) {
                PDPageDestination destination = (PDPageDestination) item.getDestination();
                if (destination == null && item.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo go) {
                    var named = go.getDestination();
                    destination = named instanceof PDPageDestination direct ? direct
                            : document.getDocumentCatalog().findNamedDestinationPage(
                                    (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination) named);
                }
                pages.add(destination == null ? -1 : document.getPages().indexOf(destination.getPage()) + 1);
            }
        }
        return pages;
    }
}
