package press.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubEntries;

/**
 * A byline read from a text reaches both editions: the author and the translator, each with their role,
 * in the EPUB's package document and the PDF's Info, from a plain text file as a user gives it.
 */
class BylineInEditionsTest {
    private static final String TEXT = """
            山中问答
            Question and Answer in the Mountains

            Lin Qiu, translated by Mary Stone (1891)

            问余何意栖碧山，笑而不答心自闲。

            You ask me why I dwell among the green hills; I smile and give no answer, my heart at ease.

            桃花流水窅然去，别有天地非人间。

            Peach petals drift away on the stream; here is another world, not the world of men.
            """;

    @TempDir
    Path folder;

    @Test
    void theAuthorAndTranslatorOfATextsBylineAreInThePackageAndThePdfInfo() throws Exception {
        Path input = Files.writeString(folder.resolve("mountains.txt"), TEXT);
        Path out = folder.resolve("out");
        Duet.build(BuildRequest.builder().input(input).outputFolder(out).formats(Set.of(OutputFormat.EPUB, OutputFormat.PDF)).build());
        Document opf = Jsoup.parse(EpubEntries.text(out.resolve("mountains.epub"), "OEBPS/content.opf"), "", Parser.xmlParser());
        assertEquals(List.of("Lin Qiu", "Mary Stone"), opf.select("dc|creator").eachText());
        assertEquals(List.of("aut", "trl"), opf.select("meta[property=role]").eachText());
        String titlePage = EpubEntries.text(out.resolve("mountains.epub"), "OEBPS/title.xhtml");
        assertTrue(titlePage.contains("Mary Stone") && titlePage.contains("Lin Qiu"), titlePage);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("mountains.pdf").toFile())) {
            String author = pdf.getDocumentInformation().getAuthor();
            assertTrue(author.contains("Lin Qiu") && author.contains("Mary Stone") && author.indexOf("Lin Qiu") < author.indexOf("Mary Stone"), author);
            assertEquals("山中问答 · Question and Answer in the Mountains", pdf.getDocumentInformation().getTitle());
        }
    }
}
