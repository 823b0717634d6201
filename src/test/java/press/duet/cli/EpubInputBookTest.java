package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubFiles;
import press.duet.testing.PdfInspection;

/**
 * E-books in: a bilingual EPUB that interleaves its paragraphs, and a Chinese and an English edition,
 * published by {@code duet build} as EPUBs that pass EPUBCheck and PDFs that hold the text, with the
 * front matter of the sources left out and nothing of their styles carried over.
 */
class EpubInputBookTest {
    @TempDir
    Path folder;

    /** As machine-translation tools write them: each paragraph, then its translation in the same tag. */
    static EpubFiles interleaved() {
        return EpubFiles.epub3()
                .metadata("""
                        <dc:title>春晓 Spring Dawn</dc:title><dc:language>zh</dc:language><dc:language>en</dc:language>
                        <dc:creator>孟浩然</dc:creator><dc:identifier id="id">urn:uuid:6f1d2c3e-0000-4000-8000-000000000001</dc:identifier>
                        """)
                .document("cover.xhtml", "cover", "<div><img src=\"cover.png\" alt=\"Cover\"/></div>")
                .document("copyright.xhtml", "", "<p>© 2024 某出版社。版权所有，侵权必究。</p><p>ISBN 978-7-0000-0000-0</p>")
                .chapter("one.xhtml", "第一章 春", """
                        <h2>第一章 春</h2><h2 class="translation">Chapter 1 Spring</h2>
                        <p>春眠不觉晓，处处闻啼鸟。</p><p class="translation">I slept in spring, not knowing it was dawn; birds sang everywhere.</p>
                        <p>夜来风雨声，花落知多少。</p><p class="translation">At night came the sound of wind and rain; how many flowers fell?</p>
                        """)
                .chapter("two.xhtml", "第二章 夏", """
                        <h2>第二章 夏</h2><h2 class="translation">Chapter 2 Summer</h2>
                        <p>夏天的午后很安静。</p><p class="translation">Summer afternoons are quiet.</p>
                        <p>孩子们在河边游泳。</p><p class="translation">The children swim by the river.</p>
                        <p>老人在树下下棋。</p><p class="translation">The old men play chess under the trees.</p>
                        """)
                .document("ads.xhtml", "", "<h2>Also by this publisher</h2><p>唐诗三百首</p><p>宋词选</p>")
                .file("style.css", "text/css", "p { font-family: 'Evil Sans'; color: red }".getBytes())
                .file("cover.png", "image/png", press.duet.image.TestImages.raster("png", 40, 60));
    }

    @Test
    void republishesABilingualInterleavedEpubInEveryLayoutAndPassesEpubCheck() throws Exception {
        Path input = interleaved().write(folder.resolve("spring.epub"));
        for (String layout : List.of("interleaved", "side-by-side", "facing", "zh", "en")) {
            Path out = folder.resolve(layout);
            CliRun run = CliRun.duet("build", input.toString(), "-o", out.toString(), "--layout", layout);
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("2 chapters, 5 pairs (5 with both languages)"), layout + ": " + run.out());
            Path epub = out.resolve("spring.epub");
            EpubCheckResult check = EpubCheckResult.of(epub);
            assertTrue(check.problems().isEmpty(), layout + ": " + check.problems());
            String pdf = PdfInspection.text(out.resolve("spring.pdf"));
            assertTrue(pdf.contains("花落知多少") || layout.equals("en"), layout);
            assertTrue(pdf.contains("flowers") || layout.equals("zh"), layout);
            assertFalse(pdf.contains("侵权必究") || pdf.contains("宋词选"), "front and back matter are left out: " + layout);
        }
        Path handout = folder.resolve("handout");
        CliRun run = CliRun.duet("build", input.toString(), "-o", handout.toString(), "--handout", "--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        String pdf = PdfInspection.text(handout.resolve("spring.pdf"));
        assertTrue(pdf.contains("¶ 5") && pdf.contains("花落知多少"), pdf);
    }

    @Test
    void carriesNoStyleScriptOrFontOfTheSourceIntoTheEpub() throws Exception {
        Path input = interleaved().write(folder.resolve("spring.epub"));
        Path out = folder.resolve("out");
        assertEquals(0, CliRun.duet("build", input.toString(), "-o", out.toString(), "--format", "epub").exit());
        Path epub = out.resolve("spring.epub");
        for (String name : EpubEntries.names(epub)) {
            if (name.endsWith(".css") || name.endsWith(".xhtml")) {
                String text = EpubEntries.text(epub, name);
                assertFalse(text.contains("Evil Sans") || text.contains("color: red"), name);
            }
        }
        Document opf = Jsoup.parse(EpubEntries.text(epub, "OEBPS/content.opf"), "", Parser.xmlParser());
        assertEquals(List.of("孟浩然"), opf.select("dc|creator").eachText());
        assertTrue(opf.select("dc|title").eachText().containsAll(List.of("春晓", "Spring Dawn")), opf.select("dc|title").eachText().toString());
    }

    @Test
    void inspectListsTheSpineWithTheMatterLeftOutAndEachChaptersLanguage() throws Exception {
        Path input = interleaved().write(folder.resolve("spring.epub"));
        CliRun run = CliRun.duet("inspect", input.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("spine     " + input + " (5 documents: 2 text, 3 left out)"), out);
        assertTrue(out.matches("(?s).*OEBPS/cover\\.xhtml\\s+cover page \\(epub:type cover\\).*"), out);
        assertTrue(out.matches("(?s).*OEBPS/copyright\\.xhtml\\s+copyright page \\(its name\\).*"), out);
        assertTrue(out.matches("(?s).*OEBPS/ads\\.xhtml\\s+list of other books \\(its content\\).*"), out);
        assertTrue(out.matches("(?s).*OEBPS/one\\.xhtml\\s+text\\s+zh-Hans \\+ en\\s+第一章 春.*"), out);
    }

    @Test
    void publishesAChineseAndAnEnglishEditionAsOneParallelBook() throws Exception {
        Path zh = EpubFiles.epub2()
                .metadata("<dc:title>四季</dc:title><dc:creator opf:role=\"aut\">王文</dc:creator><dc:language>zh-CN</dc:language>")
                .chapter("c1.xhtml", "第一章", "<h1>第一章</h1><p>春天来了，花开了。</p><p>小鸟在唱歌。</p>")
                .chapter("c2.xhtml", "第二章", "<h1>第二章</h1><p>夏天很热。</p><p>我们去游泳。</p>")
                .write(folder.resolve("zh.epub"));
        Path en = EpubFiles.epub3()
                .metadata("<dc:title>The Seasons</dc:title><dc:creator>Wang Wen</dc:creator>"
                        + "<dc:contributor id=\"t\">Ann Lee</dc:contributor><meta refines=\"#t\" property=\"role\">trl</meta>"
                        + "<dc:language>en</dc:language>")
                .chapter("c1.xhtml", "Chapter 1", "<h1>Chapter 1</h1><p>Spring has come, and the flowers are out.</p><p>The birds are singing.</p>")
                .chapter("c2.xhtml", "Chapter 2", "<h1>Chapter 2</h1><p>Summer is hot.</p><p>We go swimming.</p>")
                .write(folder.resolve("en.epub"));
        Path out = folder.resolve("out");
        CliRun run = CliRun.duet("build", zh.toString(), en.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 chapters, 4 pairs (4 with both languages)"), run.out());
        Path epub;
        try (var files = Files.list(out)) {
            epub = files.filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        }
        EpubCheckResult check = EpubCheckResult.of(epub);
        assertTrue(check.problems().isEmpty(), check.problems().toString());
        Document opf = Jsoup.parse(EpubEntries.text(epub, "OEBPS/content.opf"), "", Parser.xmlParser());
        assertTrue(opf.select("dc|creator").eachText().containsAll(List.of("王文", "Ann Lee")), opf.toString());
    }
}
