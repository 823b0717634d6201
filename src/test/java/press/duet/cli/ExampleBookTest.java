package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfInspection;

/**
 * {@code duet build} with no input publishes the bundled example book, the first thing a newcomer sees:
 * written in Markdown, it shows the rich content (a figure with a caption in each language, a note in
 * each language, emphasis and strong words, a numbered list, a quotation) in both outputs.
 */
class ExampleBookTest {
    @Test
    void publishesTheExampleBookWhenGivenNoInput(@TempDir Path out) throws Exception {
        StringWriter said = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DuetCommand.run(new String[] {"build", "-o", out.toString()}, new PrintWriter(said, true),
                new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        assertEquals("", err.toString(), "the example book should build without warnings");
        assertTrue(said.toString().contains("3 chapters, 24 pairs (24 with both languages)"), said.toString());

        Path epub = out.resolve("duet-guide.epub");
        EpubCheckResult check = EpubCheckResult.of(epub);
        assertTrue(check.problems().isEmpty(), check.toString());
        String chapters = chapterTexts(epub);
        assertTrue(chapters.contains("<figure") && chapters.contains("alt=\"左页是中文，右页是英文，每一段都和它的译文并排\""),
                "the figure with its alt text");
        assertTrue(chapters.contains("对照的两页：每段中文旁边就是它的英文")
                && chapters.contains("Two pages in parallel: each Chinese paragraph beside its English"), "both captions");
        assertEquals(4, count(chapters, "epub:type=\"footnote\""), "two notes in each language");
        assertTrue(chapters.contains("<em>对照阅读</em>") && chapters.contains("<em>Parallel reading</em>")
                && chapters.contains("<em>本身</em>") && chapters.contains("<em>Analects</em>"), "emphasis");
        assertTrue(chapters.contains("<strong>有几点要特别留意</strong>"), "strong words");
        assertEquals(2, count(chapters, "<blockquote"), "the quotation in each language");
        assertEquals(6, count(chapters, "<li class=\"depth-1\">"), "the list's three steps in each language");

        Path pdf = out.resolve("duet-guide.pdf");
        String text = PdfInspection.text(pdf);
        assertTrue(text.contains("Duet 使用指南"), text);
        assertTrue(text.contains("Rules of this kind are set out"), "the English note is set in the PDF");
        assertTrue(text.contains("学而时习之"), "the quotation is set in the PDF");
        assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
        assertTrue(PdfInspection.fontNames(pdf).stream().anyMatch(name -> name.contains("Italic")),
                "the English emphasis is set in an italic face: " + PdfInspection.fontNames(pdf));
        assertEquals(1, PdfGlyphs.pictures(pdf).stream().filter(p -> p.width() == 600 && p.height() == 360).count(),
                "the figure's picture: " + PdfGlyphs.pictures(pdf));
        assertEquals(3, PdfInspection.bookmarks(pdf).size());
    }

    /** The chapters' XHTML, one after the other. */
    private static String chapterTexts(Path epub) throws Exception {
        List<String> texts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("OEBPS/text/ch")) {
                    texts.add(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(3, texts.size(), "one file per chapter");
        return String.join("\n", texts);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
