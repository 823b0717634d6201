package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfGlyphs.Glyph;
import press.duet.testing.PdfPages;

/**
 * The columns that face each other (side by side on a page, or the two pages of a spread) end a
 * chapter's last page level when a pair runs over onto it from the page before: books whose long
 * pair's English side is far longer than its Chinese side, so that without balancing the last page
 * holds a long English column beside a short Chinese one or none — whether that pair is the chapter's
 * last or a short pair follows it.
 */
class BalancedColumnsPdfTest {
    private static final String ZH = "山中的小路弯弯曲曲，走了很久才看见一座旧庙，庙前有两棵很老的柏树。";
    private static final String EN = "The path through the hills wound on for a long time before an old temple came"
            + " into view, with two ancient cypresses before its gate.";

    private static final String TRAILING_ZH = "庙门开着。";

    @TempDir
    Path folder;

    static Book book(int before, int lastChinese, int lastEnglish, int chapters) {
        return book(before, lastChinese, lastEnglish, chapters, false);
    }

    /** The same, with a short pair after the long one when {@code trailing}: the long one is then not the last. */
    static Book book(int before, int lastChinese, int lastEnglish, int chapters, boolean trailing) {
        List<Chapter> list = new ArrayList<>();
        for (int c = 1; c <= chapters; c++) {
            List<Block> blocks = new ArrayList<>();
            for (int k = 0; k < before; k++) {
                blocks.add(new Pair(new Segment(Lang.ZH_HANS, ZH.repeat(1 + k % 3)),
                        new Segment(Lang.EN, String.join(" ", java.util.Collections.nCopies(1 + k % 3, EN)))));
            }
            blocks.add(new Pair(new Segment(Lang.ZH_HANS, ZH.repeat(lastChinese)),
                    new Segment(Lang.EN, String.join(" ", java.util.Collections.nCopies(lastEnglish, EN)))));
            if (trailing) {
                blocks.add(new Pair(new Segment(Lang.ZH_HANS, TRAILING_ZH), new Segment(Lang.EN, "The gate stood open.")));
            }
            list.add(new Chapter(new BilingualText(new Segment(Lang.ZH_HANS, "第" + c + "章"),
                    new Segment(Lang.EN, "Chapter " + c)), blocks));
        }
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "山路"), new Segment(Lang.EN, "The Hill Path"));
        return new Book(new Metadata(title, List.of(), null, null, null, Lang.ZH_HANS, Lang.ZH_HANS), list);
    }

    /** Whether a glyph is body text: PDFBox gives the 10.5 pt body as 10. */
    private static boolean body(Glyph glyph) {
        return glyph.size() >= 9.5f && glyph.size() <= 11;
    }

    /**
     * The extreme body baseline of each column of a sheet, Chinese first: the lowest when {@code feet},
     * else the highest. Side by side the sheet is one page; facing it is a spread, Chinese on the left page.
     */
    private static float[] columnEdges(List<Glyph> glyphs, int[] sheet, boolean feet) {
        float[] edges = new float[2];
        for (int side = 0; side < 2; side++) {
            boolean chinese = side == 0;
            int page = sheet[side];
            java.util.stream.DoubleStream ys = glyphs.stream().filter(g -> g.page() == page && body(g)
                    && g.font().contains("Literata") != chinese).mapToDouble(Glyph::y);
            edges[side] = (float) (feet ? ys.min() : ys.max()).orElse(Float.NaN);
        }
        return edges;
    }

    /** Each chapter's last sheet: its page twice side by side, its spread (left, right) facing. */
    private static List<int[]> lastSheets(Path pdf, Layout layout) throws java.io.IOException {
        List<Integer> openings = PdfPages.bookmarkPages(pdf);
        List<Integer> lastPages = new ArrayList<>();
        for (int c = 1; c < openings.size(); c++) {
            lastPages.add(openings.get(c) - 1);
        }
        lastPages.add(PdfPages.texts(pdf).size());
        List<int[]> sheets = new ArrayList<>();
        for (int page : lastPages) {
            sheets.add(layout == Layout.FACING ? new int[] {page - 1, page} : new int[] {page, page});
        }
        return sheets;
    }

    private Path write(Book book, Layout layout) {
        Path pdf = folder.resolve(layout + "-balanced.pdf");
        new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), PdfOptions.builder()
                .layout(layout).paper(Paper.A5).chapterStart(ChapterStart.NEW_PAGE)
                .modified(Instant.parse("2025-03-08T00:00:00Z")).build(), pdf);
        return pdf;
    }

    /**
     * The long pair's sentences in each language: facing, a page holds about twice the words of a
     * side-by-side column, so both sides are longer, the English to run over by more than a line or
     * two, the Chinese to have lines to give.
     */
    private static int chinese(Layout layout) {
        return layout == Layout.FACING ? 16 : 9;
    }

    private static int english(Layout layout) {
        return layout == Layout.FACING ? 17 : 14;
    }

    private static int[] before(int[] sheet, Layout layout) {
        int pages = layout == Layout.FACING ? 2 : 1;
        return new int[] {sheet[0] - pages, sheet[1] - pages};
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "FACING"})
    void endsEachChaptersLastPageWithLevelColumns(Layout layout) throws Exception {
        Path pdf = write(book(7, chinese(layout), english(layout), 3), layout);
        List<Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        List<int[]> sheets = lastSheets(pdf, layout);
        for (int[] sheet : sheets) {
            float[] feet = columnEdges(glyphs, sheet, true);
            float[] before = columnEdges(glyphs, before(sheet, layout), true);
            String where = layout + " page " + sheet[1];
            assertTrue(!Float.isNaN(feet[0]) && !Float.isNaN(feet[1]), "a column of " + where + " is empty");
            // Level within one line of the taller leading (Chinese 1.8 × 10.5 pt).
            assertTrue(Math.abs(feet[0] - feet[1]) <= 10.5f * 1.8f + 0.5f, where
                    + " ends its columns at " + feet[0] + " and " + feet[1]);
            assertTrue(!Float.isNaN(before[0]), "the Chinese column before " + where + " gave every line away");
        }
        assertEquals(3, sheets.stream().map(sheet -> sheet[1]).distinct().count());
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "FACING"})
    void endsTheRestsOfAPairBeforeTheLastLevelOnTheChaptersLastPage(Layout layout) throws Exception {
        Path pdf = write(book(7, chinese(layout), english(layout), 3, true), layout);
        List<Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        List<List<Glyph>> trailing = PdfGlyphs.occurrences(glyphs, TRAILING_ZH);
        List<int[]> sheets = lastSheets(pdf, layout);
        assertEquals(sheets.size(), trailing.size());
        for (int c = 0; c < sheets.size(); c++) {
            int[] sheet = sheets.get(c);
            Glyph last = trailing.get(c).get(0);
            String where = layout + " page " + sheet[1];
            assertEquals(sheet[0], last.page(), "the short last pair is not on " + where);
            // The long pair's rests, above the short pair that follows them.
            List<Glyph> above = glyphs.stream().filter(g -> g.y() > last.y() + 1).toList();
            float[] feet = columnEdges(above, sheet, true);
            float[] before = columnEdges(glyphs, before(sheet, layout), true);
            assertTrue(!Float.isNaN(feet[0]) && !Float.isNaN(feet[1]), "a column of " + where + " is empty");
            assertTrue(Math.abs(feet[0] - feet[1]) <= 10.5f * 1.8f + 0.5f, where + " ends the long pair's columns at "
                    + feet[0] + " and " + feet[1]);
            assertTrue(!Float.isNaN(before[0]), "the Chinese column before " + where + " gave every line away");
        }
    }
}
