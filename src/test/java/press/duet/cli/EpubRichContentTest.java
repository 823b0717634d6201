package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.image.TestImages;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubFiles;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfInspection;

/**
 * The images, notes and emphasis of a source EPUB reach both editions: a bilingual EPUB with a
 * figure, emphasis in both languages, a footnote on its page and an endnote kept in a notes document.
 */
class EpubRichContentTest {
    @TempDir
    Path folder;

    private Path book() {
        return EpubFiles.epub3()
                .metadata("<dc:title>月 The Moon</dc:title><dc:language>zh</dc:language>")
                .chapter("text/one.xhtml", "第一章 月亮", """
                        <h2>第一章 月亮</h2><h2>Chapter 1 The Moon</h2>
                        <p>床前<em>明月</em>光，疑是地上霜。<a href="#fn1" epub:type="noteref">1</a></p>
                        <p>Before my bed the <em>bright moonlight</em> shines, like frost upon the ground.</p>
                        <figure><img src="../images/moon.png" alt="月亮"/><figcaption>图一：月亮</figcaption></figure>
                        <p>举头望明月，<strong>低头思故乡</strong>。<a href="notes.xhtml#n2" epub:type="noteref">2</a></p>
                        <p>I raise my head to the moon, and <strong>lower it, thinking of home</strong>.</p>
                        <aside epub:type="footnote" id="fn1"><p>床：井栏。</p></aside>
                        """)
                .document("text/notes.xhtml", "", """
                        <section epub:type="endnotes"><h2>注释</h2><ol>
                        <li id="n2"><p>故乡：作者的家乡。<a href="one.xhtml#r2" epub:type="backlink">↩</a></p></li>
                        </ol></section>
                        """)
                .file("images/moon.png", "image/png", TestImages.raster("png", 120, 80))
                .write(folder.resolve("moon.epub"));
    }

    @Test
    void bringsTheFigureTheNotesAndTheEmphasisIntoTheEpubAndThePdf() throws Exception {
        Path input = book();
        Path out = folder.resolve("out");
        CliRun run = CliRun.duet("build", input.toString(), "-o", out.toString(), "--layout", "side-by-side");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 chapter, 2 pairs (2 with both languages)"), run.out());
        Path epub = out.resolve("moon.epub");
        EpubCheckResult check = EpubCheckResult.of(epub);
        assertTrue(check.problems().isEmpty(), check.problems().toString());
        String name = EpubEntries.names(epub).stream().filter(n -> n.matches("OEBPS/chapter-?0*1\\.xhtml|OEBPS/c\\d*1\\.xhtml"))
                .findFirst().orElseGet(() -> EpubEntries.names(epub).stream()
                        .filter(n -> n.endsWith(".xhtml") && EpubEntries.text(epub, n).contains("疑是地上霜")).findFirst().orElseThrow());
        Document page = Jsoup.parse(EpubEntries.text(epub, name), "", Parser.xmlParser());
        assertEquals(List.of("明月", "bright moonlight"), page.select("em").eachText());
        assertEquals(List.of("低头思故乡", "lower it, thinking of home"), page.select("strong").eachText());
        assertEquals(1, page.select("figure img").size(), page.toString());
        List<String> notes = page.select("aside[epub:type=footnote]").eachText();
        assertTrue(notes.stream().anyMatch(n -> n.contains("床：井栏。")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("故乡：作者的家乡。")), notes.toString());
        assertFalse(String.join(" ", notes).contains("↩"), notes.toString());
        for (Element ref : page.select("a[epub:type=noteref]")) {
            assertTrue(page.getElementById(ref.attr("href").substring(1)) != null, ref.outerHtml());
        }
        assertTrue(EpubEntries.names(epub).stream().anyMatch(n -> n.endsWith(".png") && !n.contains("cover")),
                EpubEntries.names(epub).toString());
        Path pdf = out.resolve("moon.pdf");
        String text = PdfInspection.text(pdf);
        assertTrue(text.contains("床：井栏") && text.contains("作者的家乡"), text);
        assertTrue(PdfGlyphs.pictures(pdf).stream().anyMatch(p -> p.width() == 120 && p.height() == 80),
                PdfGlyphs.pictures(pdf).toString());
    }
}
