package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.PdfInspection;
import press.duet.text.CjkPunctuation;

/**
 * How the lines of real classics (Legge's Analects and Mencius, Traditional Chinese with centred
 * punctuation, English from before 1927) are evened out, read back with PDFBox from a side-by-side
 * PDF: an English line's letters are tracked by one amount, within the limit, and a Chinese line's
 * stop or comma may hang past its column's edge only so far, another closing mark only its blank half.
 */
class EvenLinesPdfTest {
    private static final List<String> CLASSICS = List.of("analects-legge-book1/analects.txt",
            "analects-legge-book2/book2.txt", "mencius-legge-1a-1-4/mengzi001.txt");
    /** The most a letter gap opens or closes, in ems: {@code LineItems.TRACKING}. */
    private static final float TRACKING = 0.01f;
    /** How far past its column a hanging stop's ink may reach ({@code TextSetter}), and where it ends in its square. */
    private static final float PAST_COLUMN = 0.4f;
    private static final float CENTRED_INK_REACH = 0.65f;
    private static final float TOLERANCE = 0.01f;

    @TempDir
    Path folder;

    private Path build(String classic, Paper paper, String name) throws Exception {
        Path target = folder.resolve(paper + "-" + name);
        PdfOptions options = PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).paper(paper)
                .layout(Layout.SIDE_BY_SIDE).build();
        assertEquals(List.of(), new PdfWriter().write(Books.of(HyphenationPdfTest.read(classic)), Theme.named("default"),
                FontSet.bundled(), options, target));
        return target;
    }

    private static boolean latin(TextPosition glyph) {
        String name = glyph.getFont().getName();
        return name != null && name.contains("Literata");
    }

    private static float end(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj();
    }

    /** The Latin glyphs of each baseline that form one line of the English column, the space glyphs left in. */
    private static List<List<TextPosition>> englishLines(PDDocument document, int page) throws Exception {
        List<List<TextPosition>> lines = new ArrayList<>();
        for (List<TextPosition> glyphs : PdfInspection.glyphsByBaseline(document, page).values()) {
            List<TextPosition> line = new ArrayList<>();
            for (TextPosition glyph : glyphs) {
                if (latin(glyph) && (line.isEmpty() || glyph.getXDirAdj() - end(line.get(line.size() - 1)) < 14)) {
                    line.add(glyph);
                } else if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            }
            lines.add(line);
        }
        lines.removeIf(line -> line.size() < 20);
        return lines;
    }

    @Test
    void everyEnglishLineIsTrackedByOneAmountWithinTheLimit() throws Exception {
        int tracked = 0;
        int lines = 0;
        for (String classic : CLASSICS) {
            try (PDDocument document = Loader.loadPDF(build(classic, Paper.A5, "tracked.pdf").toFile())) {
                for (int p = 1; p <= document.getNumberOfPages(); p++) {
                    for (List<TextPosition> line : englishLines(document, p)) {
                        Float lineGap = null;
                        for (int i = 0; i + 1 < line.size(); i++) {
                            TextPosition before = line.get(i);
                            TextPosition after = line.get(i + 1);
                            boolean drawnHyphen = i + 2 == line.size() && "-".equals(after.getUnicode());
                            if (" ".equals(before.getUnicode()) || " ".equals(after.getUnicode()) || drawnHyphen
                                    || before.getFontSizeInPt() != after.getFontSizeInPt()) {
                                continue;
                            }
                            float gap = (after.getXDirAdj() - end(before)) / after.getFontSizeInPt();
                            String where = classic + " p" + p + ": " + before.getUnicode() + after.getUnicode();
                            assertTrue(Math.abs(gap) <= TRACKING + TOLERANCE / 10, where + " " + gap + " em apart");
                            if (lineGap == null) {
                                lineGap = gap;
                            }
                            assertEquals(lineGap, gap, TOLERANCE / 10, where + ": another tracking inside one line");
                        }
                        lines++;
                        if (lineGap != null && Math.abs(lineGap) > TOLERANCE / 10) {
                            tracked++;
                        }
                    }
                }
            }
        }
        assertTrue(tracked * 4 > lines, "only " + tracked + " of " + lines + " English lines tracked");
    }

    @Test
    void onlyAStopOrCommaHangsPastTheChineseColumnAndItsInkNoFurtherThanTheLimit() throws Exception {
        int hanging = 0;
        for (Paper paper : List.of(Paper.A4, Paper.A5)) {
            for (String classic : CLASSICS) {
                Book book = Books.of(HyphenationPdfTest.read(classic));
                List<Column> columns = new PageSetup(paper, false, Layout.SIDE_BY_SIDE,
                        ColumnBalance.firstShare(book, true, Theme.named("default"))).columns();
                try (PDDocument document = Loader.loadPDF(build(classic, paper, "hanging.pdf").toFile())) {
                    for (int p = 1; p <= document.getNumberOfPages(); p++) {
                        if (isBodyPage(document, p, columns.get(1))) {
                            hanging += checkHanging(document, p, columns.get(0), classic + " " + paper + " p" + p);
                        }
                    }
                }
            }
        }
        assertTrue(hanging >= 5, "only " + hanging + " stops hang past their column");
    }

    /** A page of side-by-side text: English lines start at the second column's left (not a title or contents page). */
    private static boolean isBodyPage(PDDocument document, int page, Column second) throws Exception {
        int english = 0;
        for (List<TextPosition> glyphs : PdfInspection.glyphsByBaseline(document, page).values()) {
            for (TextPosition glyph : glyphs) {
                if (latin(glyph) && Math.abs(glyph.getXDirAdj() - second.left()) < TOLERANCE * 10) {
                    english++;
                    break;
                }
            }
        }
        return english >= 5;
    }

    /**
     * Checks the lines of one page's Chinese column (those that start at the column's left, or a
     * paragraph's indent in from it); how many end in a stop hanging past the column's edge.
     */
    private static int checkHanging(PDDocument document, int page, Column column, String where) throws Exception {
        float edge = column.left() + column.width();
        int hanging = 0;
        for (List<TextPosition> glyphs : PdfInspection.glyphsByBaseline(document, page).values()) {
            TextPosition first = glyphs.get(0);
            float em = first.getFontSizeInPt();
            if (latin(first) || first.getXDirAdj() < column.left() - TOLERANCE || first.getXDirAdj() > column.left() + 3 * em) {
                continue;
            }
            for (int i = 0; i < glyphs.size() && (i == 0 || glyphs.get(i).getXDirAdj() - end(glyphs.get(i - 1)) < em / 2); i++) {
                TextPosition glyph = glyphs.get(i);
                if (end(glyph) <= edge + TOLERANCE) {
                    continue;
                }
                if ("，。、．".contains(glyph.getUnicode())) {
                    assertTrue(glyph.getXDirAdj() + CENTRED_INK_REACH * em <= edge + PAST_COLUMN * em + TOLERANCE,
                            where + ": " + glyph.getUnicode() + " hangs too far");
                    hanging++;
                } else {
                    // Any other closing mark hangs its blank right half at most: its ink stays inside.
                    int c = glyph.getUnicode().codePointAt(0);
                    assertTrue(CjkPunctuation.blank(c) == CjkPunctuation.Blank.RIGHT
                            && glyph.getXDirAdj() + em / 2 <= edge + TOLERANCE, where + ": " + glyph.getUnicode() + " past the column");
                }
            }
        }
        return hanging;
    }

    @Test
    void theSameClassicSetsToTheSameBytesTwice() throws Exception {
        String classic = CLASSICS.get(2);
        assertArrayEquals(Files.readAllBytes(build(classic, Paper.A5, "a.pdf")),
                Files.readAllBytes(build(classic, Paper.A5, "b.pdf")));
    }
}
