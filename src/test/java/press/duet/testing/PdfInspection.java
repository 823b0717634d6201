package press.duet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What PDFBox finds in a PDF: its text, its fonts, its bookmarks and its lines as set on the page. */
public final class PdfInspection {
    /** A line of glyphs as placed on a page: same baseline, same column, in left-to-right order. */
    public record Line(int page, float y, String text, float x) {
    }

    private PdfInspection() {
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Fonts that are not embedded, by name; empty when every font is embedded. */
    public static List<String> fontsNotEmbedded(Path pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    /** Names of the fonts used on any page. */
    public static List<String> fontNames(Path pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    if (!names.contains(font)) {
                        names.add(font);
                    }
                }
            }
        }
        return names;
    }

    /** The titles of the chapters' bookmarks, in order: the children of the book's one top bookmark. */
    public static List<String> bookmarks(Path pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null && outline.getFirstChild() != null) {
                for (PDOutlineItem item : outline.getFirstChild().children()) {
                    titles.add(item.getTitle());
                }
            }
        }
        return titles;
    }

    /** The titles of the top-level bookmarks: the book's alone. */
    public static List<String> topBookmarks(Path pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                for (PDOutlineItem item : outline.children()) {
                    titles.add(item.getTitle());
                }
            }
        }
        return titles;
    }

    /** The largest x any glyph's right edge reaches, on any page. */
    public static float rightmostGlyphEdge(Path pdf) throws IOException {
        float[] rightmost = {0};
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    rightmost[0] = Math.max(rightmost[0], text.getXDirAdj() + text.getWidthDirAdj());
                }
            };
            stripper.getText(document);
        }
        return rightmost[0];
    }

    public static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /**
     * The lines of text as the glyphs stand on each page. Glyphs on the same baseline are split into
     * columns where the gap between two neighbours is wider than {@code columnGap} points.
     */
    /** The glyphs of one page (1-based) by rounded baseline, top to bottom, each baseline's glyphs left to right. */
    public static Map<Integer, List<TextPosition>> glyphsByBaseline(PDDocument document, int page) throws IOException {
        Map<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                byBaseline.computeIfAbsent(Math.round(text.getYDirAdj()), k -> new ArrayList<>()).add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        byBaseline.values().forEach(glyphs -> glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj())));
        return byBaseline;
    }

    public static List<Line> lines(Path pdf, float columnGap) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                for (var entry : glyphsByBaseline(document, p).entrySet()) {
                    List<TextPosition> glyphs = entry.getValue();
                    StringBuilder current = new StringBuilder();
                    float lastEnd = Float.NaN;
                    float start = glyphs.get(0).getXDirAdj();
                    for (TextPosition glyph : glyphs) {
                        if (!Float.isNaN(lastEnd) && glyph.getXDirAdj() - lastEnd > columnGap) {
                            lines.add(new Line(p, entry.getKey(), current.toString(), start));
                            current.setLength(0);
                            start = glyph.getXDirAdj();
                        }
                        current.append(glyph.getUnicode());
                        lastEnd = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                    }
                    lines.add(new Line(p, entry.getKey(), current.toString(), start));
                }
            }
        }
        return lines;
    }
}
