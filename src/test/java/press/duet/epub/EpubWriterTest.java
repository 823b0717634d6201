package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.TestTexts;

class EpubWriterTest {
    private static final EpubOptions OPTIONS = EpubOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).build();

    @TempDir
    Path folder;

    private Path write(String text, String name) {
        Path target = folder.resolve(name);
        new EpubWriter().write(Books.of(text), Theme.named("default"), OPTIONS, target);
        return target;
    }

    @Test
    void passesEpubCheckWithoutFatalsErrorsOrWarnings() {
        for (String text : List.of(TestTexts.ARTICLE, TestTexts.BOOK, TestTexts.ENGLISH_FIRST, TestTexts.ENGLISH_ONLY_ARTICLE)) {
            Path epub = write(text, "book.epub");
            EpubCheckResult result = EpubCheckResult.of(epub);
            assertTrue(result.problems().isEmpty(), result.toString());
        }
    }

    @Test
    void readsBackWithEpublibAsAnEpub2ReadingSystemWouldWithChaptersInOrder() throws Exception {
        Path epub = write(TestTexts.BOOK, "seasons.epub");
        Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        List<TOCReference> toc = book.getTableOfContents().getTocReferences();
        assertEquals(2, toc.size());
        assertEquals("第一章 春 · Chapter 1 Spring", toc.get(0).getTitle());
        assertEquals("第二章 夏 · Chapter 2 Summer", toc.get(1).getTitle());
        String first = new String(toc.get(0).getResource().getData(), StandardCharsets.UTF_8);
        assertTrue(first.contains("春天来得很慢"), first);
        assertEquals("四季小记", book.getTitle());
    }

    @Test
    void tagsEveryParagraphWithItsLanguage() throws Exception {
        Path epub = write(TestTexts.ARTICLE, "article.epub");
        String chapter = entry(epub, "OEBPS/text/ch001.xhtml");
        assertTrue(chapter.contains("<p class=\"first\" lang=\"zh-Hans\" xml:lang=\"zh-Hans\">夜幕降临以后"), chapter);
        assertTrue(chapter.contains("<p class=\"second\" lang=\"en\" xml:lang=\"en\">After dark"), chapter);
    }

    @Test
    void putsTheMimetypeFirstAndUncompressed() throws Exception {
        Path epub = write(TestTexts.ARTICLE, "article.epub");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
        }
    }

    @Test
    void writesTheSameBytesForTheSameBookFontsAndCoverIncluded() throws Exception {
        Path a = write(TestTexts.BOOK, "a.epub");
        byte[] once = Files.readAllBytes(a);
        byte[] twice = Files.readAllBytes(write(TestTexts.BOOK, "b.epub"));
        assertArrayEquals(once, twice);
        List<String> names = press.duet.testing.EpubEntries.names(a);
        assertTrue(names.contains("OEBPS/images/cover.png") && names.contains("OEBPS/fonts/NotoSerifSC-Regular.ttf"), names.toString());
    }

    @Test
    void derivesTheIdentifierFromTheContent() throws Exception {
        String seasons = entry(write(TestTexts.BOOK, "a.epub"), "OEBPS/content.opf");
        String article = entry(write(TestTexts.ARTICLE, "b.epub"), "OEBPS/content.opf");
        String id = identifier(seasons);
        assertTrue(id.startsWith("urn:uuid:"), id);
        assertTrue(!id.equals(identifier(article)));
        assertTrue(seasons.contains("<meta property=\"dcterms:modified\">2025-03-08T00:00:00Z</meta>"), seasons);
    }

    private static String identifier(String opf) {
        int start = opf.indexOf("<dc:identifier id=\"book-id\">") + "<dc:identifier id=\"book-id\">".length();
        return opf.substring(start, opf.indexOf("</dc:identifier>"));
    }

    private static String entry(Path epub, String name) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
