package press.duet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What PDFBox finds of a PDF's rich content: every glyph in the order it is drawn with its font and
 * size, the link annotations with their URIs and the areas they cover, and each page's images.
 */
public final class PdfGlyphs {
    /**
     * One glyph as drawn: its page (1-based), text, font name (with its subset tag), size and place, its
     * baseline's y in PDF coordinates (up from the page's foot) and its advance.
     */
    public record Glyph(int page, String text, String font, float size, float x, float y, float width) {
    }

    /** A link annotation: its page, its URI and its area (PDF coordinates). */
    public record Link(int page, String uri, float left, float bottom, float right, float top) {
    }

    /** An image drawn on a page: its pixel size. */
    public record Picture(int page, int width, int height) {
    }

    private PdfGlyphs() {
    }

    /** Every glyph of the document, page by page, in the order each page draws them; spaces left out. */
    public static List<Glyph> glyphs(Path pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                int page = p;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (!text.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(page, text.getUnicode(), text.getFont().getName(),
                                    text.getFontSizeInPt(), text.getXDirAdj(), text.getPageHeight() - text.getYDirAdj(),
                                    text.getWidthDirAdj()));
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
            }
        }
        return glyphs;
    }

    /** The glyphs of each place where {@code word} (spaces ignored) is drawn in one go. */
    public static List<List<Glyph>> occurrences(List<Glyph> glyphs, String word) {
        String wanted = word.replace(" ", "");
        StringBuilder text = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int g = 0; g < glyphs.size(); g++) {
            text.append(glyphs.get(g).text());
            for (int k = 0; k < glyphs.get(g).text().length(); k++) {
                owner.add(g);
            }
        }
        List<List<Glyph>> found = new ArrayList<>();
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            int first = owner.get(at);
            int last = owner.get(at + wanted.length() - 1);
            found.add(glyphs.subList(first, last + 1));
        }
        return found;
    }

    /** Every link annotation with a URI action. */
    public static List<Link> links(Path pdf) throws IOException {
        List<Link> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int p = 0;
            for (PDPage page : document.getPages()) {
                p++;
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        var area = link.getRectangle();
                        links.add(new Link(p, uri.getURI(), area.getLowerLeftX(), area.getLowerLeftY(),
                                area.getUpperRightX(), area.getUpperRightY()));
                    }
                }
            }
        }
        return links;
    }

    /** The images each page's resources hold, by pixel size. */
    public static List<Picture> pictures(Path pdf) throws IOException {
        List<Picture> pictures = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int p = 0;
            for (PDPage page : document.getPages()) {
                p++;
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        pictures.add(new Picture(p, image.getWidth(), image.getHeight()));
                    }
                }
            }
        }
        return pictures;
    }
}
