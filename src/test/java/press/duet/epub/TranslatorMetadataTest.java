package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.pdf.PdfOptions;
import press.duet.pdf.PdfWriter;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubTexts;
import press.duet.testing.PdfInspection;

/** A translator in the metadata reaches both editions: the package, the PDF's Author and XMP, the title pages. */
class TranslatorMetadataTest {
    @TempDir
    Path folder;

    private static Book translated() {
        Book book = Books.of(EpubTexts.MOUNTAIN_NOTES);
        Metadata m = book.metadata();
        Metadata withTranslator = new Metadata(m.title(), m.authors(), m.date(), m.part(), m.label(), m.first(), m.chinese(),
                m.subtitle(), m.series(), m.parts(), List.of("Mary Stone"));
        return new Book(withTranslator, book.chapters());
    }

    @Test
    void namesTheTranslatorAsACreatorWithTheTrlRoleAndPassesEpubCheck() {
        Path target = folder.resolve("book.epub");
        new EpubWriter().write(translated(), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).build(), target);
        Document opf = Jsoup.parse(EpubEntries.text(target, "OEBPS/content.opf"), "", Parser.xmlParser());
        assertEquals(List.of("林小雨", "Mary Stone"), opf.select("dc|creator").eachText());
        assertEquals(List.of("aut", "trl"), opf.select("meta[property=role]").eachText());
        assertEquals(List.of("#creator-1", "#creator-2"), opf.select("meta[property=role]").eachAttr("refines"));
        String titlePage = EpubEntries.text(target, "OEBPS/title.xhtml");
        assertTrue(titlePage.contains("译者") && titlePage.contains("Translated by") && titlePage.contains("Mary Stone"), titlePage);
        assertEquals(List.of(), EpubCheckResult.of(target).problems());
    }

    @Test
    void namesAuthorAndTranslatorInThePdfInfoXmpAndTitlePage() throws Exception {
        Path target = folder.resolve("book.pdf");
        new PdfWriter().write(translated(), Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).build(), target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            // A Chinese-first book names the role in its Chinese, as its /Lang declares.
            assertEquals("林小雨 著，Mary Stone 译", pdf.getDocumentInformation().getAuthor());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("Mary Stone"), xmp);
        }
        String text = PdfInspection.text(target);
        assertTrue(text.contains("Translated by Mary Stone") && text.contains("译者"), text);
    }

    @Test
    void namesTheTranslatorsRoleInEnglishInAnEnglishFirstPdf() throws Exception {
        Path target = folder.resolve("english-first.pdf");
        new PdfWriter().write(translated(), Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().first(Lang.EN).modified(Instant.parse("2025-04-02T00:00:00Z")).build(), target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertEquals("林小雨, translated by Mary Stone", pdf.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void namesTheTranslatorInTraditionalChineseOnATraditionalTitlePage() {
        Book book = translated();
        Metadata m = book.metadata();
        Metadata hant = new Metadata(m.title(), m.authors(), m.date(), m.part(), m.label(), m.first(), Lang.ZH_HANT,
                m.subtitle(), m.series(), m.parts(), m.translators());
        Path target = folder.resolve("hant.epub");
        new EpubWriter().write(new Book(hant, book.chapters()), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).build(), target);
        assertTrue(EpubEntries.text(target, "OEBPS/title.xhtml").contains("譯者"));
    }
}
