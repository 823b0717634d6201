package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.BuildRequest;
import press.duet.Duet;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.structure.Shape;
import press.duet.structure.Structured;

/** An article over several pages, a folder of saved pages, and a Chinese page with its English page. */
class SeveralPagesTest {
    @TempDir
    Path folder;

    private Path page(String name, String title, String body) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " - 双语网</title></head><body>"
                + "<nav><a href=\"/\">首页</a></nav><h1>" + title + "</h1>" + body + "</body></html>");
        return file;
    }

    private static List<String> pairs(Book book) {
        return book.chapters().stream().flatMap(c -> c.blocks().stream()).filter(Pair.class::isInstance).map(Pair.class::cast)
                .map(p -> (p.zh() == null ? "-" : p.zh().text()) + " = " + (p.en() == null ? "-" : p.en().text())).toList();
    }

    @Test
    void theFolderOfAnArticlesPagesIsOneBookInTheOrderOfItsPartNumbers() throws IOException {
        page("pages/hut.html", "中英对照：河边的小屋 [2]", "<p>每天清晨他都去撒网。</p><p>Every morning he goes to cast his net.</p>");
        page("pages/hut_2.html", "中英对照：河边的小屋 [1]", "<p>河边有一间小屋。</p><p>There is a small hut by the river.</p>");
        page("pages/hut_3.html", "中英对照：河边的小屋 [3]", "<p>傍晚他把鱼卖给邻居。</p><p>In the evening he sells the fish to his neighbours.</p>");
        Structured seen = Duet.inspect(BuildRequest.of(List.of(folder.resolve("pages")))).structured();
        Book book = seen.book();
        assertEquals(List.of("河边有一间小屋。 = There is a small hut by the river.", "每天清晨他都去撒网。 = Every morning he goes to cast his net.",
                "傍晚他把鱼卖给邻居。 = In the evening he sells the fish to his neighbours."), pairs(book));
        assertEquals(List.of(1, 2, 3), book.metadata().parts());
        assertEquals(3, book.chapters().size());
        assertEquals("河边的小屋", book.metadata().title().zh().text());
    }

    @Test
    void pagesNamedAsABrowserNumbersThemFollowOneAnother() throws IOException {
        Path first = page("article.html", "山路", "<p>山路很陡。</p><p>The mountain road is steep.</p>");
        Path second = page("article_2.html", "山路（续）", "<p>山顶有一座庙。</p><p>There is a temple at the top.</p>");
        Path tenth = page("article_10.html", "山路（完）", "<p>下山时天黑了。</p><p>It was dark when we came down.</p>");
        Book book = Duet.inspect(BuildRequest.of(List.of(folder))).structured().book();
        assertEquals(List.of("山路很陡。 = The mountain road is steep.", "山顶有一座庙。 = There is a temple at the top.",
                "下山时天黑了。 = It was dark when we came down."), pairs(book));
        assertEquals(List.of(first, second, tenth).size(), book.chapters().size());
    }

    @Test
    void aChinesePageAndItsEnglishPageAreAlignedAsTwoParallelFiles() throws IOException {
        Path zh = page("zh.html", "雨中的车站", "<p>雨下了一整天。</p><p>车站里挤满了等车的人。</p><p>最后一班车终于来了。</p>");
        Path en = page("en.html", "The Station in the Rain",
                "<p>It rained all day.</p><p>The station was crowded with people waiting for the bus.</p><p>At last the final bus arrived.</p>");
        Structured seen = Duet.inspect(BuildRequest.of(List.of(zh, en))).structured();
        assertEquals(Shape.PARALLEL_FILES, seen.shape());
        assertEquals(List.of("雨下了一整天。 = It rained all day.", "车站里挤满了等车的人。 = The station was crowded with people waiting for the bus.",
                "最后一班车终于来了。 = At last the final bus arrived."), pairs(seen.book()));
        Chapter chapter = seen.book().chapters().get(0);
        assertEquals("雨中的车站 / The Station in the Rain", chapter.title().joined(" / "));
    }
}
