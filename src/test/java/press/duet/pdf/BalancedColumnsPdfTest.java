package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
 * The side-by-side columns of a chapter's last page end level when its last pair runs over from the
 * page before: books whose last pair's English side is far longer than its Chinese side, so that
 * without balancing the last page holds a long English column beside a short Chinese one or none.
 */
class BalancedColumnsPdfTest {
    private static final String ZH = "山中的小路弯弯曲曲，走了很久才看见一座旧庙，庙前有两棵很老的柏树。";
    private static final String EN = "The path through the hills wound on for a long time before an old temple came"
            + " into view, with two ancient cypresses before its gate.";

    @TempDir
    Path folder;

    static Book book(int before, int lastChinese, int lastEnglish, int chapters) {
        List<Chapter> list = new ArrayList<>();
        for (int c = 1; c <= chapters; c++) {
            List<Block> blocks = new ArrayList<>();
            for (int k = 0; k < before; k++) {
                blocks.add(new Pair(new Segment(Lang.ZH_HANS, ZH.repeat(1 + k % 3)),
                        new Segment(Lang.EN, String.join(" ", java.util.Collections.nCopies(1 + k % 3, EN)))));
            }
            blocks.add(new Pair(new Segment(Lang.ZH_HANS, ZH.repeat(lastChinese)),
                    new Segment(Lang.EN, String.join(" ", java.util.Collections.nCopies(lastEnglish, EN)))));
            list.add(new Chapter(new BilingualText(new Segment(Lang.ZH_HANS, "第" + c + "章"),
                    new Segment(Lang.EN, "Chapter " + c)), blocks));
        }
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "山路"), new Segment(Lang.EN, "The Hill Path"));
        return new Book(new Metadata(title, List.of(), null, null, null, Lang.ZH_HANS, Lang.ZH_HANS), list);
    }

    /** The lowest body baseline of each column on a page: Chinese left, English right. */
    private static float[] columnFeet(List<Glyph> glyphs, int page) {
        List<Glyph> body = glyphs.stream().filter(g -> g.page() == page && g.size() >= 9.5f && g.size() <= 11).toList();
        float chinese = (float) body.stream().filter(g -> !g.font().contains("Literata")).mapToDouble(Glyph::y).min()
                .orElse(Float.NaN);
        float english = (float) body.stream().filter(g -> g.font().contains("Literata")).mapToDouble(Glyph::y).min()
                .orElse(Float.NaN);
        return new float[] {chinese, english};
    }

    @Test
    void endsEachChaptersLastPageWithLevelColumns() throws Exception {
        Path pdf = folder.resolve("balanced.pdf");
        new PdfWriter().write(book(7, 9, 14, 3), Theme.named("default"), FontSet.bundled(), PdfOptions.builder()
                .layout(Layout.SIDE_BY_SIDE).paper(Paper.A5).chapterStart(ChapterStart.NEW_PAGE)
                .modified(Instant.parse("2025-03-08T00:00:00Z")).build(), pdf);
        List<Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        List<Integer> openings = PdfPages.bookmarkPages(pdf);
        List<Integer> lastPages = new ArrayList<>();
        for (int c = 1; c < openings.size(); c++) {
            lastPages.add(openings.get(c) - 1);
        }
        lastPages.add(PdfPages.texts(pdf).size());
        for (int page : lastPages) {
            float[] feet = columnFeet(glyphs, page);
            float[] before = columnFeet(glyphs, page - 1);
            assertTrue(!Float.isNaN(feet[0]) && !Float.isNaN(feet[1]), "a column of page " + page + " is empty");
            // Level within one line of the taller leading (Chinese 1.8 × 10.5 pt).
            assertTrue(Math.abs(feet[0] - feet[1]) <= 10.5f * 1.8f + 0.5f, "page " + page
                    + " ends its columns at " + feet[0] + " and " + feet[1]);
            assertTrue(!Float.isNaN(before[0]), "the Chinese column of page " + (page - 1) + " gave every line away");
        }
        assertEquals(3, lastPages.stream().distinct().count());
    }
}
