package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.PdfInspection;
import press.duet.testing.TestTexts;

/** A title taken from the file's name is tagged with the name's language in the EPUB and set on the PDF's title page. */
class FileNameTitleBookTest {
    private static final String UNTITLED = """
            院子里的杏树开花了。
            The apricot tree in the yard is in flower.
            孩子们在树下读书。
            The children read under the tree.
            """;

    @TempDir
    Path folder;

    private Path build(String fileName) throws Exception {
        Path input = TestTexts.write(folder, fileName, UNTITLED);
        Path out = folder.resolve("out-" + fileName);
        CliRun run = CliRun.duet("build", input.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        return out.resolve(fileName.replaceFirst("\\.txt$", ""));
    }

    private static Document opf(Path epub) {
        return Jsoup.parse(EpubEntries.text(epub, "OEBPS/content.opf"), "", Parser.xmlParser());
    }

    @Test
    void aChineseFileNameIsAChineseTitle() throws Exception {
        Path stem = build("静夜思.txt");
        Path epub = Path.of(stem + ".epub");
        Document opf = opf(epub);
        assertEquals(List.of("静夜思"), opf.select("dc|title").eachText());
        assertEquals("zh-Hans", opf.selectFirst("dc|title").attr("xml:lang"));
        assertTrue(EpubCheckResult.of(epub).problems().isEmpty(), EpubCheckResult.of(epub).problems().toString());
        assertTrue(PdfInspection.text(Path.of(stem + ".pdf")).contains("静夜思"));
    }

    @Test
    void aFileNameInBothLanguagesGivesATitleInEach() throws Exception {
        Path stem = build("Lesson 3 春天.txt");
        Path epub = Path.of(stem + ".epub");
        Document opf = opf(epub);
        assertEquals(List.of("春天", "Lesson 3"), opf.select("dc|title").eachText());
        assertEquals(List.of("zh-Hans", "en"), opf.select("dc|title").eachAttr("xml:lang"));
        assertEquals("<span class=\"first\" lang=\"zh-Hans\" xml:lang=\"zh-Hans\">春天</span>",
                Jsoup.parse(EpubEntries.text(epub, "OEBPS/title.xhtml"), "", Parser.xmlParser()).selectFirst("h1 span").outerHtml());
        assertTrue(EpubCheckResult.of(epub).problems().isEmpty(), EpubCheckResult.of(epub).problems().toString());
        String pdf = PdfInspection.text(Path.of(stem + ".pdf"));
        assertTrue(pdf.contains("春天") && pdf.contains("Lesson 3"), pdf);
    }
}
