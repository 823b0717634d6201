package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.PdfInspection;
import press.duet.testing.StressTexts;
import press.duet.testing.TestTexts;
import press.duet.text.KinsokuRules;
import press.duet.text.Scripts;

class PdfWriterTest {
    private static final PdfOptions OPTIONS = PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).build();
    /** Wider than any word space of a justified line, narrower than the gap between the columns. */
    private static final float COLUMN_GAP = 14;

    @TempDir
    Path folder;

    private Path write(Book book, String name) {
        Path target = folder.resolve(name);
        List<String> warnings = new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), OPTIONS, target);
        assertEquals(List.of(), warnings);
        return target;
    }

    @Test
    void containsTheChineseTitleAndTheFirstEnglishParagraphAsText() throws Exception {
        String text = PdfInspection.text(write(Books.of(TestTexts.ARTICLE), "article.pdf")).replaceAll("\\s+", " ");
        assertTrue(text.contains("城市里的夜读时光"), text);
        assertTrue(text.contains("After dark, the library lights are still bright."), text);
        // Chinese lines join without spaces; the extraction puts a line break where a line ends.
        assertTrue(text.replace(" ", "").contains("夜幕降临以后，图书馆的灯光依然明亮。"), text);
    }

    @Test
    void embedsEveryFontAndUsesTheBundledOnes() throws Exception {
        Path pdf = write(Books.of(TestTexts.BOOK), "seasons.pdf");
        assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
        List<String> names = PdfInspection.fontNames(pdf);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("+NotoSerifSC-Regular")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("+Literata-Regular")), names.toString());
    }

    @Test
    void hasABookmarkForEachChapter() throws Exception {
        Path pdf = write(Books.of(TestTexts.BOOK), "seasons.pdf");
        assertEquals(List.of("四季小记 · Notes on the Four Seasons"), PdfInspection.topBookmarks(pdf));
        assertEquals(List.of("第一章 春 · Chapter 1 Spring", "第二章 夏 · Chapter 2 Summer"), PdfInspection.bookmarks(pdf));
    }

    @Test
    void writesTitleAuthorAndLanguageIntoTheDocument() throws Exception {
        Path pdf = write(Books.of(TestTexts.ARTICLE), "article.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("城市里的夜读时光 · Night Reading in the City", document.getDocumentInformation().getTitle());
            assertEquals("zh-Hans", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMetadata() != null, "no XMP metadata");
            assertEquals(Instant.parse("2025-03-08T00:00:00Z"), document.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(Instant.parse("2025-03-08T00:00:00Z"), document.getDocumentInformation().getModificationDate().toInstant());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<xmp:CreateDate>2025-03-08T00:00:00Z</xmp:CreateDate>"), xmp);
        }
    }

    @Test
    void neverStartsAChineseLineWithClosingPunctuationNorEndsOneWithOpening() throws Exception {
        Path pdf = write(Books.of(StressTexts.book(7, 3, 40)), "stress.pdf");
        List<String> violations = new ArrayList<>();
        int chineseLines = 0;
        for (PdfInspection.Line line : PdfInspection.lines(pdf, COLUMN_GAP)) {
            String text = line.text().strip();
            if (text.isEmpty() || text.codePoints().noneMatch(Scripts::isHan)) {
                continue;
            }
            chineseLines++;
            int first = text.codePointAt(0);
            int last = text.codePointBefore(text.length());
            if (!KinsokuRules.mayStartLine(first) || !KinsokuRules.mayEndLine(last)) {
                violations.add("page " + line.page() + ": " + text);
            }
        }
        assertTrue(chineseLines > 500, "too few Chinese lines to judge: " + chineseLines);
        assertEquals(List.of(), violations, violations.size() + " kinsoku violations");
    }

    @Test
    void writesTheSameBytesForTheSameBook() throws Exception {
        Book book = Books.of(TestTexts.BOOK);
        assertArrayEquals(Files.readAllBytes(write(book, "a.pdf")), Files.readAllBytes(write(book, "b.pdf")));
    }

    @Test
    void setsAMonolingualBodyInOneColumn() throws Exception {
        Path pdf = write(Books.of(TestTexts.ENGLISH_ONLY_ARTICLE), "rivers.pdf");
        String text = PdfInspection.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Rivers remember the rain of distant mountains"), text);
        assertTrue(text.contains("河流的记忆"), text);
    }
}
