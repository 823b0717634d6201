package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.BuildRequest;
import press.duet.BuildResult;
import press.duet.Duet;
import press.duet.OutputFormat;
import press.duet.style.Layout;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;

/**
 * A Markdown lesson through the whole pipeline (reader, structure, EPUB writer) in every layout and
 * theme: valid for EPUBCheck, and its emphasis, notes, quotation, list, figure, break, verse and table
 * in the XHTML as the elements reading systems know.
 */
class MarkdownEpubTest {
    private static final List<Layout> LAYOUTS = List.of(Layout.INTERLEAVED, Layout.SIDE_BY_SIDE, Layout.ZH, Layout.EN);

    @TempDir
    Path folder;

    private Path lesson;

    @BeforeEach
    void writeTheLessonAndItsImage() throws Exception {
        try (InputStream in = MarkdownEpubTest.class.getResourceAsStream("moon-lesson.md")) {
            lesson = folder.resolve("moon-lesson.md");
            Files.write(lesson, in.readAllBytes());
        }
        ImageIO.write(new BufferedImage(40, 24, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("moon.png").toFile());
    }

    private Path build(Layout layout, String theme) {
        Path out = folder.resolve("out-" + layout.cliName() + "-" + theme);
        BuildResult result = Duet.build(BuildRequest.builder().input(lesson).outputFolder(out)
                .formats(Set.of(OutputFormat.EPUB)).theme(theme)
                .epub(EpubOptions.builder().layout(layout).modified(Instant.parse("2026-12-01T00:00:00Z")).build()).build());
        return result.outputs().get(0);
    }

    private static Document chapter(Path epub) {
        return Jsoup.parse(EpubEntries.text(epub, "OEBPS/" + EpubWriter.chapterHref(1)), "", Parser.xmlParser());
    }

    @Test
    void passesEpubCheckInEveryLayoutAndTheme() {
        List<String> failures = new ArrayList<>();
        for (Layout layout : LAYOUTS) {
            for (String theme : List.of("default", "study")) {
                EpubCheckResult result = EpubCheckResult.of(build(layout, theme));
                if (!result.problems().isEmpty()) {
                    failures.add(layout.cliName() + "/" + theme + ": " + result);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void keepsTheLessonsMarkupAsSemanticElements() {
        Document page = chapter(build(Layout.SIDE_BY_SIDE, "default"));
        Element zh = page.selectFirst("div#c1-p1 > p[lang=zh-Hans]");
        Element en = page.selectFirst("div#c1-p1 > p[lang=en]");
        assertEquals("静夜思", zh.selectFirst("em").text());
        assertEquals("很有名", zh.selectFirst("strong").text());
        assertEquals("Quiet Night Thought", en.selectFirst("em").text());
        assertEquals("a famous poem", en.selectFirst("strong").text());
        for (Element ref : page.select("a[role=doc-noteref]")) {
            Element note = page.getElementById(ref.attr("href").substring(1));
            assertNotNull(note, ref.outerHtml());
            assertEquals("footnote", note.attr("epub:type"));
            assertEquals(ref.closest("p").attr("lang"), note.closest("div[lang]").attr("lang"));
        }
        assertEquals(List.of("c1-note-zh1", "c1-note-en1"), page.select("aside[role=doc-footnote]").eachAttr("id"));
        Element second = page.selectFirst("div#c1-p2");
        assertEquals("2", second.selectFirst("p[lang=zh-Hans] sub").text());
        assertEquals("旧说法", second.selectFirst("s").text());
        assertEquals("yuè", second.selectFirst("ruby rt").text());
        assertEquals(List.of("https://example.org/moon", "https://example.org/moon"), second.select("a").eachAttr("href"));
        assertEquals("print()", second.selectFirst("p[lang=en] code").text());
        assertEquals("2", second.selectFirst("p[lang=en] sup").text());
        assertEquals("举头望明月，低头思故乡。", page.selectFirst("div.pair > div[lang=zh-Hans] > blockquote").text());
        assertEquals(List.of("1.", "2."), page.select("div.pair > div[lang=zh-Hans] > ol.list span.marker").eachText());
        Element figure = page.selectFirst("section > figure");
        assertEquals("月亮 the moon", figure.selectFirst("img").attr("alt"));
        assertEquals(List.of("图一：月亮", "Figure 1: The moon"), figure.select("figcaption > p").eachText());
        assertFalse(page.select("section > hr.section-break").isEmpty());
        assertEquals(2, page.select("p.verse > br").size());
        assertEquals(List.of("字", "拼音", "Meaning"), page.select("table th").eachText());
    }
}
