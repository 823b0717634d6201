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

    /** A small filled circle drawn on a page (an emphasis dot): its centre and radius. */
    public record Dot(int page, float x, float y, float radius) {
    }

    private PdfGlyphs() {
    }

    /** Every filled circle under 3 points across: the paths of four curves that a fill closes. */
    public static List<Dot> dots(Path pdf) throws IOException {
        List<Dot> dots = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int p = 0;
            for (PDPage page : document.getPages()) {
                int number = ++p;
                new CircleFinder(page, number, dots).processPage(page);
            }
        }
        return dots;
    }

    /** Follows a page's paths and keeps the small circles it fills. */
    private static final class CircleFinder extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {
        private final int page;
        private final List<Dot> dots;
        private final List<float[]> subpaths = new ArrayList<>(); // minX, minY, maxX, maxY, curves
        private float[] current;
        private final java.awt.geom.Point2D.Float point = new java.awt.geom.Point2D.Float();

        CircleFinder(PDPage page, int number, List<Dot> dots) {
            super(page);
            this.page = number;
            this.dots = dots;
        }

        private void include(float x, float y) {
            current[0] = Math.min(current[0], x);
            current[1] = Math.min(current[1], y);
            current[2] = Math.max(current[2], x);
            current[3] = Math.max(current[3], y);
            point.setLocation(x, y);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new float[] {x, y, x, y, 0};
            subpaths.add(current);
            point.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (current != null) {
                include(x, y);
                current[4] = -100; // not a circle
            }
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            if (current != null) {
                include(x1, y1);
                include(x2, y2);
                include(x3, y3);
                current[4]++;
            }
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] path : subpaths) {
                float width = path[2] - path[0];
                if (path[4] == 4 && width < 3 && Math.abs(width - (path[3] - path[1])) < 0.2f) {
                    dots.add(new Dot(page, (path[0] + path[2]) / 2, (path[1] + path[3]) / 2, width / 2));
                }
            }
            endPath();
        }

        @Override
        public void endPath() {
            subpaths.clear();
            current = null;
        }

        @Override
        public void strokePath() {
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            endPath();
        }

        @Override
        public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                                    java.awt.geom.Point2D p3) {
            current = null;
        }

        @Override
        public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public java.awt.geom.Point2D getCurrentPoint() {
            return point;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
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
