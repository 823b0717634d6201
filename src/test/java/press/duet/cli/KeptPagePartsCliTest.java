package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;

/**
 * A saved page of our own whose article is framed by a menu, a breadcrumb trail, a share bar inside
 * the article, a related-articles list and a footer, with an editor line at the article's foot, a
 * script and a part the page hides. A build leaves the frame and the editor line out and says what
 * --keep-furniture would bring back; with --keep-furniture every part a reader of the page sees is
 * published in page order, and only the hidden part and the script stay out.
 */
class KeptPagePartsCliTest {
    private static final List<String> PAGE_PARTS = List.of("首页", "双语新闻", "您的位置", "分享到微博", "相关文章", "港口的早晨",
            "版权所有 河边周刊");
    private static final String EDITOR = "责任编辑：王明";
    private static final String HIDDEN = "请登录后评论";
    private static final List<String> ARTICLE = List.of(
            "The lanterns go up along the river every autumn, and families walk there after supper.",
            "每年秋天，河边都会挂起灯笼，人们吃过晚饭就去那里散步。",
            "The oldest lanterns come from one family that has kept the craft for four generations.",
            "最老的灯笼出自一个家庭，这门手艺他们传了四代。");
    private static final String PAGE = """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>灯笼夜 - 河边周刊</title>
            <script>var tracker = "never published";</script></head><body>
            <nav class="menu"><a href="/">首页</a> <a href="/news">双语新闻</a> <a href="/about">关于我们</a></nav>
            <div class="breadcrumb">您的位置：<a href="/">首页</a> &gt; <a href="/news">双语新闻</a></div>
            <div class="login" style="display:none">请登录后评论</div>
            <article>
            <h1>The Lantern Night 灯笼夜</h1>
            <p>%s</p>
            <p>%s</p>
            <div class="share">分享到微博 分享到微信</div>
            <p>%s</p>
            <p>%s</p>
            <p>责任编辑：王明</p>
            </article>
            <div class="related"><h3>相关文章</h3><ul><li><a href="/a/1">港口的早晨</a></li><li><a href="/a/2">冬天的桥</a></li></ul></div>
            <footer>版权所有 河边周刊 2024</footer>
            </body></html>
            """.formatted(ARTICLE.toArray());

    @TempDir
    Path folder;

    @Test
    void aBuildLeavesThePagePartsOutAndSaysTheyCanBeKept() throws Exception {
        String text = built("out", "--keep-furniture keeps all but the 1 the page hides");
        ARTICLE.forEach(paragraph -> assertTrue(text.contains(paragraph), "missing: " + paragraph));
        for (String part : PAGE_PARTS) {
            assertFalse(text.contains(part), "published: " + part);
        }
        assertFalse(text.contains(EDITOR), "published the editor line");
        assertFalse(text.contains(HIDDEN), "published the hidden part");
    }

    @Test
    void keepFurnitureBringsBackEveryPartAReaderSees() throws Exception {
        String text = built("kept", "left out 1 line of page furniture (duet inspect lists them: the page hides them",
                "--keep-furniture");
        ARTICLE.forEach(paragraph -> assertTrue(text.contains(paragraph), "missing: " + paragraph));
        for (String part : PAGE_PARTS) {
            assertTrue(text.contains(part), "left out although kept: " + part);
        }
        assertTrue(text.contains(EDITOR), "the editor line is furniture of the text, kept too");
        assertFalse(text.contains(HIDDEN), "published the part the page hides");
        assertFalse(text.contains("never published"), "published the script");
        // Page order: the menu before the article, the footer after it.
        assertTrue(text.indexOf("关于我们") < text.indexOf(ARTICLE.get(1)), "menu not before the article");
        assertTrue(text.indexOf("版权所有 河边周刊") > text.indexOf(ARTICLE.get(3)), "footer not after the article");
    }

    @Test
    void inspectListsTheEditorLineAndEachPagePartWithItsReason() throws Exception {
        CliRun run = CliRun.duet("inspect", write().toString());
        assertEquals(0, run.exit(), run.err());
        List<String> listed = run.out().lines().filter(l -> l.startsWith("  ") && l.contains("lanterns.html:")).toList();
        assertTrue(listed.stream().anyMatch(l -> l.contains("navigation") && l.contains("首页")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("breadcrumb trail")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("share or scan prompt")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("related articles")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("site footer")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("hidden element") && l.contains(HIDDEN)), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("editor") && l.contains(EDITOR)), String.join("\n", listed));
    }

    @Test
    void theEnglishFirstTitleIsCutIntoItsTwoLanguages() throws Exception {
        CliRun run = CliRun.duet("inspect", write().toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int title = lines.indexOf(lines.stream().filter(l -> l.startsWith("title")).findFirst().orElseThrow());
        assertTrue(lines.get(title).endsWith("灯笼夜"), lines.get(title));
        assertEquals("The Lantern Night", lines.get(title + 1).strip());
    }

    @Test
    void withTheFurnitureKeptTheArticlesHeadingIsStillTheTitleAndTheMenuAParagraph() throws Exception {
        CliRun run = CliRun.duet("inspect", write().toString(), "--keep-furniture");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int title = lines.indexOf(lines.stream().filter(l -> l.startsWith("title")).findFirst().orElseThrow());
        assertTrue(lines.get(title).endsWith("灯笼夜"), lines.get(title));
        assertEquals("The Lantern Night", lines.get(title + 1).strip());
        assertTrue(run.out().contains("关于我们"), "the menu is no longer kept");
    }

    /** Builds the page's EPUB into {@code out} with the options, checks it and the line said, and returns its text. */
    private String built(String out, String said, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("build", write().toString(), "-o", folder.resolve(out).toString(),
                "--format", "epub"));
        args.addAll(List.of(options));
        CliRun run = CliRun.duet(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        assertTrue((run.out() + run.err()).contains(said), run.out() + run.err());
        Path epub = folder.resolve(out).resolve("lanterns.epub");
        assertEquals(List.of(), EpubCheckResult.of(epub).problems());
        return published(epub);
    }

    private Path write() throws Exception {
        Path page = folder.resolve("lanterns.html");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        return page;
    }

    private static String published(Path epub) {
        StringBuilder text = new StringBuilder();
        for (String name : EpubEntries.names(epub)) {
            if (name.endsWith(".xhtml") && !name.endsWith("nav.xhtml")) {
                text.append(EpubEntries.text(epub, name));
            }
        }
        return text.toString().replace("&gt;", ">");
    }
}
