package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.MarkedPairs;
import press.duet.testing.PdfInspection;
import press.duet.testing.PdfPages;
import press.duet.text.KinsokuRules;
import press.duet.text.Scripts;

class PdfLayoutTest {
    private static final Book BOOK = Books.of(MarkedPairs.book(11, 3, 25));
    private static final float COLUMN_GAP = 14;

    @TempDir
    Path folder;

    private Path write(Layout layout) {
        return write(PdfOptions.builder().layout(layout));
    }

    private Path write(PdfOptions.Builder options) {
        Path target = folder.resolve("book.pdf");
        List<String> warnings = new PdfWriter().write(BOOK, Theme.named("default"), FontSet.bundled(),
                options.modified(Instant.parse("2025-03-08T00:00:00Z")).build(), target);
        assertEquals(List.of(), warnings);
        return target;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void setsTheWholeTextOfTheLayoutsLanguagesExtractably(Layout layout) throws Exception {
        Path pdf = write(layout);
        String text = squeezed(columnText(pdf, layout));
        int checked = 0;
        for (Chapter chapter : BOOK.chapters()) {
            for (var block : chapter.blocks()) {
                Pair pair = (Pair) block;
                if (layout != Layout.EN) {
                    assertTrue(text.contains(squeezed(pair.zh().text())), layout + " lacks " + pair.zh().text());
                    checked++;
                }
                if (layout != Layout.ZH) {
                    assertTrue(text.contains(squeezed(pair.en().text())), layout + " lacks " + pair.en().text());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 75);
        if (layout == Layout.ZH) {
            assertTrue(!text.contains("Pair1:"), "the Chinese edition carries English pairs");
        }
        assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void neverStartsAChineseLineWithClosingPunctuationNorEndsOneWithOpening(Layout layout) throws Exception {
        List<String> violations = new ArrayList<>();
        int chineseLines = 0;
        for (PdfInspection.Line line : PdfInspection.lines(write(layout), COLUMN_GAP)) {
            String text = line.text().strip();
            if (text.isEmpty() || text.codePoints().noneMatch(Scripts::isHan)) {
                continue;
            }
            chineseLines++;
            if (!KinsokuRules.mayStartLine(text.codePointAt(0)) || !KinsokuRules.mayEndLine(text.codePointBefore(text.length()))) {
                violations.add("page " + line.page() + ": " + text);
            }
        }
        assertTrue(layout == Layout.EN || chineseLines > 60, "Chinese lines: " + chineseLines);
        assertEquals(List.of(), violations, violations.size() + " kinsoku violations in " + layout);
    }

    @Test
    void startsBothSidesOfEveryPairLevelSideBySide() throws Exception {
        Map<String, PdfInspection.Line> starts = lineStarts(write(Layout.SIDE_BY_SIDE));
        for (int pair = 1; pair <= 75; pair++) {
            PdfInspection.Line zh = starts.get(MarkedPairs.chineseMarker(pair));
            PdfInspection.Line en = starts.get(MarkedPairs.englishMarker(pair));
            assertTrue(zh != null && en != null, "pair " + pair + " not found");
            assertEquals(zh.page(), en.page(), "pair " + pair + " starts on two pages");
            assertEquals(zh.y(), en.y(), 0.6f, "pair " + pair + " starts at two heights");
        }
    }

    @Test
    void setsEachPairOnFacingPagesInStep() throws Exception {
        Map<String, PdfInspection.Line> starts = lineStarts(write(Layout.FACING));
        for (int pair = 1; pair <= 75; pair++) {
            PdfInspection.Line zh = starts.get(MarkedPairs.chineseMarker(pair));
            PdfInspection.Line en = starts.get(MarkedPairs.englishMarker(pair));
            assertTrue(zh != null && en != null, "pair " + pair + " not found");
            assertEquals(0, zh.page() % 2, "pair " + pair + ": Chinese is not on a left-hand page");
            assertEquals(zh.page() + 1, en.page(), "pair " + pair + ": English is not on the facing page");
            assertEquals(zh.y(), en.y(), 0.6f, "pair " + pair + " starts at two heights");
        }
    }

    @Test
    void headsEachPageOfASpreadInItsOwnLanguage() throws Exception {
        List<String> pages = PdfPages.texts(write(Layout.FACING));
        int left = 0;
        int right = 0;
        for (int p = 3; p < pages.size(); p++) {
            String text = pages.get(p).strip();
            boolean even = (p + 1) % 2 == 0;
            if (even && text.contains("港口的早晨")) {
                left++;
            } else if (!even && text.contains("Morning at the Harbour")) {
                right++;
            }
        }
        assertTrue(left > 3 && right > 3, "headers: " + left + " Chinese on left pages, " + right + " English on right pages");
    }

    @Test
    void setsEachTranslationAfterItsParagraphInterleaved() throws Exception {
        Map<String, PdfInspection.Line> starts = lineStarts(write(Layout.INTERLEAVED));
        for (int pair = 1; pair <= 75; pair++) {
            PdfInspection.Line zh = starts.get(MarkedPairs.chineseMarker(pair));
            PdfInspection.Line en = starts.get(MarkedPairs.englishMarker(pair));
            boolean after = en.page() > zh.page() || (en.page() == zh.page() && en.y() > zh.y());
            assertTrue(after, "pair " + pair + ": English does not follow the Chinese");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "FACING", "INTERLEAVED"})
    void pointsContentsAndBookmarksAtTheChaptersRealPages(Layout layout) throws Exception {
        Path pdf = write(layout);
        List<String> pages = PdfPages.texts(pdf);
        List<Integer> printed = new ArrayList<>();
        Matcher entry = Pattern.compile("第(\\d)章码头(\\d+)").matcher(squeezed(pages.get(1)));
        while (entry.find()) {
            printed.add(Integer.parseInt(entry.group(2)));
        }
        List<Integer> actual = new ArrayList<>();
        for (int chapter = 1; chapter <= 3; chapter++) {
            String heading = "第" + chapter + "章码头";
            for (int p = 2; p < pages.size(); p++) {
                // The opening page shows the heading large, after the running header's place: at the page's start.
                String page = squeezed(pages.get(p));
                if (page.startsWith(heading)) {
                    actual.add(p + 1);
                    break;
                }
            }
        }
        assertEquals(3, actual.size(), "chapter openings found: " + actual);
        assertEquals(actual, printed, "contents page numbers");
        assertEquals(actual, PdfPages.bookmarkPages(pdf), "bookmark targets");
        assertEquals(List.of("第1章 码头 · Chapter 1 The Quay", "第2章 码头 · Chapter 2 The Quay", "第3章 码头 · Chapter 3 The Quay"),
                PdfInspection.bookmarks(pdf));
    }

    @Test
    void printsOnEveryPaperSize() throws Exception {
        for (Paper paper : Paper.values()) {
            Path pdf = write(PdfOptions.builder().paper(paper));
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var box = document.getPage(0).getMediaBox();
                assertEquals(paper.width(), box.getWidth(), 0.5f, paper.label());
                assertEquals(paper.height(), box.getHeight(), 0.5f, paper.label());
            }
        }
    }

    @Test
    void numbersThePairsOfAHandoutAndLeavesANotesMargin() throws Exception {
        Path pdf = write(PdfOptions.builder().handout(true));
        String text = String.join("", PdfPages.texts(pdf));
        assertTrue(text.contains("¶ 1") && text.contains("¶ 75"), "pair numbers missing");
        float widest = 0;
        for (PdfInspection.Line line : PdfInspection.lines(pdf, COLUMN_GAP)) {
            widest = Math.max(widest, line.text().length());
        }
        assertTrue(widest > 0);
        assertTrue(PdfInspection.rightmostGlyphEdge(pdf) < Paper.A4.width() - Paper.A4.sideMargin() - 80,
                "no notes margin on the right");
    }

    /**
     * The text of the book read column by column: each column's lines in page and line order, so that
     * a paragraph that continues on the next page reads as one.
     */
    private static String columnText(Path pdf, Layout layout) throws Exception {
        List<PdfInspection.Line> lines = new ArrayList<>();
        for (PdfInspection.Line line : PdfInspection.lines(pdf, COLUMN_GAP)) {
            boolean inFrame = line.y() > Paper.A4.topMargin() && line.y() < Paper.A4.height() - Paper.A4.bottomMargin();
            if (inFrame) { // running headers and page numbers would cut a paragraph that runs across pages
                lines.add(line);
            }
        }
        java.util.function.ToIntFunction<PdfInspection.Line> column = switch (layout) {
            case SIDE_BY_SIDE -> line -> line.x() < Paper.A4.sideMargin() + 5 ? 0 : 1;
            case FACING -> line -> line.page() % 2 == 0 ? 0 : 1;
            default -> line -> 0;
        };
        lines.sort(java.util.Comparator.comparingInt(column).thenComparingInt(PdfInspection.Line::page)
                .thenComparingDouble(PdfInspection.Line::y).thenComparingDouble(PdfInspection.Line::x));
        StringBuilder text = new StringBuilder();
        for (PdfInspection.Line line : lines) {
            text.append(line.text()).append('\n');
        }
        // A word hyphenated at a line's end is read whole, as a reader's copy joins it.
        return text.toString().replaceAll("(?<=\\p{L})-\n(?=\\p{L})", "");
    }

    private static Map<String, PdfInspection.Line> lineStarts(Path pdf) throws Exception {
        Map<String, PdfInspection.Line> starts = new java.util.HashMap<>();
        Pattern marker = Pattern.compile("^(第\\d+段：|Pair \\d+:)");
        for (PdfInspection.Line line : PdfInspection.lines(pdf, COLUMN_GAP)) {
            Matcher m = marker.matcher(line.text().strip());
            if (m.find()) {
                starts.putIfAbsent(m.group(1), line);
            }
        }
        return starts;
    }
}
