package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.MarkedPairs;
import press.duet.testing.PdfInspection;
import press.duet.testing.PdfPages;

/**
 * Pages that strand nothing, on books built to provoke it: many chapters with long titles (contents
 * entries at every page foot), section headings every few pairs, paragraphs of every length; and the
 * three places a chapter may start.
 */
class PageBreaksPdfTest {
    private static final float COLUMN_GAP = 14;
    private static final Pattern MARKER = Pattern.compile("^(第\\s*(\\d+)\\s*段：|Pair (\\d+):)");
    private static final Pattern HEADING = Pattern.compile("^(第\\s*\\d+\\s*章|Chapter \\d+|小节\\s*\\d+|Section \\d+)");

    @TempDir
    Path folder;

    private Path write(Book book, ChapterStart start, String name) {
        Path target = folder.resolve(name);
        PdfOptions options = PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).chapterStart(start).build();
        assertEquals(List.of(), new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), options, target));
        return target;
    }

    /** Marked pairs with a section heading before every fourth pair. */
    private static Book withHeadings(Book book) {
        List<Chapter> chapters = new ArrayList<>();
        int section = 0;
        for (Chapter chapter : book.chapters()) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < chapter.blocks().size(); i++) {
                if (i % 4 == 3) {
                    section++;
                    blocks.add(new Heading(2, new BilingualText(new Segment(Lang.ZH_HANS, "小节 " + section),
                            new Segment(Lang.EN, "Section " + section))));
                }
                blocks.add(chapter.blocks().get(i));
            }
            chapters.add(new Chapter(chapter.title(), blocks));
        }
        return new Book(book.metadata(), chapters);
    }

    /** The lines inside the text frame (no running header, no page number), column by column, page by page. */
    private static List<PdfInspection.Line> bodyLines(Path pdf) throws Exception {
        List<PdfInspection.Line> lines = new ArrayList<>();
        for (PdfInspection.Line line : PdfInspection.lines(pdf, COLUMN_GAP)) {
            if (line.y() > Paper.A4.topMargin() && line.y() < Paper.A4.height() - Paper.A4.bottomMargin()) {
                lines.add(line);
            }
        }
        lines.sort(java.util.Comparator.comparingInt((PdfInspection.Line l) -> l.x() < Paper.A4.sideMargin() + 5 ? 0 : 1)
                .thenComparingInt(PdfInspection.Line::page).thenComparingDouble(PdfInspection.Line::y));
        return lines;
    }

    @Test
    void noParagraphLeavesASingleLineAtAPagesFootOrHead() throws Exception {
        Path pdf = write(withHeadings(Books.of(MarkedPairs.book(5, 6, 30))), ChapterStart.NEW_PAGE, "widows.pdf");
        // Each side of each pair: how many of its lines stand on each page.
        Map<String, Map<Integer, Integer>> linesByPage = new HashMap<>();
        String current = null;
        int splits = 0;
        for (PdfInspection.Line line : bodyLines(pdf)) {
            String text = line.text().strip();
            Matcher marker = MARKER.matcher(text);
            if (marker.find()) {
                current = marker.group(1);
            } else if (HEADING.matcher(text).find()) {
                current = null;
            }
            if (current != null) {
                linesByPage.computeIfAbsent(current, k -> new java.util.TreeMap<>()).merge(line.page(), 1, Integer::sum);
            }
        }
        for (var entry : linesByPage.entrySet()) {
            Map<Integer, Integer> pages = entry.getValue();
            if (pages.size() > 1) {
                splits++;
                pages.forEach((page, count) -> assertTrue(count >= 2,
                        entry.getKey() + " leaves one line alone on page " + page + ": " + pages));
            }
        }
        assertTrue(splits >= 5, "only " + splits + " paragraphs run across pages: the book provokes nothing");
    }

    @Test
    void aHeadingIsNeverTheLastThingOnAPage() throws Exception {
        Path pdf = write(withHeadings(Books.of(MarkedPairs.book(7, 6, 30))), ChapterStart.CONTINUE, "headings.pdf");
        Map<String, PdfInspection.Line> lastOnPage = new java.util.TreeMap<>();
        int firstBodyPage = PdfPages.bookmarkPages(pdf).get(0);
        for (PdfInspection.Line line : bodyLines(pdf)) {
            if (line.page() < firstBodyPage) {
                continue; // the title page and the contents
            }
            lastOnPage.put(line.page() + "/" + (line.x() < Paper.A4.sideMargin() + 5 ? 0 : 1), line);
        }
        int pages = 0;
        for (PdfInspection.Line last : lastOnPage.values()) {
            pages++;
            assertTrue(!HEADING.matcher(last.text().strip()).find(), "page " + last.page() + " ends with " + last.text());
        }
        assertTrue(pages > 10, pages + " columns");
    }

    @Test
    void aContentsEntryNeverSplitsAcrossPages() throws Exception {
        Book book = Books.of(MarkedPairs.book(3, 90, 1));
        Path pdf = write(book, ChapterStart.CONTINUE, "contents.pdf");
        List<String> pages = PdfPages.texts(pdf);
        int contentsPages = 0;
        for (int c = 1; c <= book.chapters().size(); c++) {
            boolean together = false;
            for (int p = 1; p < pages.size() && !together; p++) {
                String page = pages.get(p);
                if (Pattern.compile("第\\s*" + c + "\\s*章\\s*码头").matcher(page).find()) {
                    together = page.contains("Chapter " + c + " The Quay");
                    contentsPages = Math.max(contentsPages, p);
                    break;
                }
            }
            assertTrue(together, "the contents entry of chapter " + c + " is split: " + pages.get(1));
        }
        assertTrue(contentsPages >= 2, "the contents take one page: nothing to split");
    }

    @Test
    void newPageStartsEveryChapterOnAPageOfItsOwn() throws Exception {
        List<Integer> starts = PdfPages.bookmarkPages(write(Books.of(MarkedPairs.book(3, 12, 2)), ChapterStart.NEW_PAGE, "new.pdf"));
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) > starts.get(i - 1), "chapters " + i + " and " + (i + 1) + " share a page: " + starts);
        }
    }

    @Test
    void rightPageStartsEveryChapterOnARightHandPage() throws Exception {
        Path pdf = write(Books.of(MarkedPairs.book(3, 12, 2)), ChapterStart.RIGHT_PAGE, "right.pdf");
        List<Integer> starts = PdfPages.bookmarkPages(pdf);
        for (int start : starts) {
            assertEquals(1, start % 2, "a chapter starts on the left-hand page " + start + ": " + starts);
        }
        List<String> pages = PdfPages.texts(pdf);
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(pages.get(starts.get(i) - 1).contains("Chapter " + (i + 1) + " The Quay"));
        }
    }

    @Test
    void continueRunsShortChaptersOnAndTheContentsAndBookmarksFollow() throws Exception {
        Book book = Books.of(MarkedPairs.book(3, 40, 2));
        Path continued = write(book, ChapterStart.CONTINUE, "continue.pdf");
        Path separate = write(book, ChapterStart.NEW_PAGE, "separate.pdf");
        int continuedPages = PdfInspection.pageCount(continued);
        int separatePages = PdfInspection.pageCount(separate);
        assertTrue(continuedPages * 2 <= separatePages, continuedPages + " pages continued, " + separatePages + " on new pages");
        List<Integer> starts = PdfPages.bookmarkPages(continued);
        List<String> pages = PdfPages.texts(continued);
        for (int c = 1; c <= starts.size(); c++) {
            String page = pages.get(starts.get(c - 1) - 1);
            assertTrue(page.contains("Chapter " + c + " The Quay"), "chapter " + c + "'s bookmark opens page "
                    + starts.get(c - 1) + ", which does not hold it");
        }
        // The contents give the same page as the bookmark: "第N章 码头 … page".
        String contents = pages.get(1) + pages.get(2);
        Matcher entry = Pattern.compile("第\\s*(\\d+)\\s*章\\s*码头\\s+(\\d+)").matcher(contents);
        int checked = 0;
        while (entry.find()) {
            int chapter = Integer.parseInt(entry.group(1));
            assertEquals(starts.get(chapter - 1), Integer.parseInt(entry.group(2)), "contents entry of chapter " + chapter);
            checked++;
        }
        assertTrue(checked >= 20, checked + " contents entries read in " + contents);
        Path chosen = write(book, null, "default.pdf");
        assertEquals(continuedPages, PdfInspection.pageCount(chosen), "a book of short chapters continues by default");
    }
}
