package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.pdf.PdfOptions;
import press.duet.pdf.PdfWriter;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubTexts;
import press.duet.testing.PdfInspection;

/**
 * The book's own words (title page, contents, landmarks, colophon) in the book's variety of Chinese, in English
 * alone for an English edition, and each entry of the contents and landmarks with both titles and a
 * visible separator.
 */
class BookWordsTest {
    private static final String TRADITIONAL = """
            港邊隨筆

            Notes from the Harbour

            第一章 漁船

            Chapter 1 Fishing Boats

            清晨的碼頭上，漁船一艘接一艘地靠岸。

            On the quay at dawn the fishing boats came in one after another.

            第二章 茶樓

            Chapter 2 The Tea House

            茶樓裡的點心還冒著熱氣。

            The dim sum in the tea house was still steaming.
            """;

    @TempDir
    Path folder;

    private Path write(String text, Layout layout) {
        Path epub = folder.resolve(layout.cliName() + ".epub");
        new EpubWriter().write(Books.of(text), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).layout(layout).source("t.txt").build(), epub);
        return epub;
    }

    private static Document page(Path epub, String name) {
        return Jsoup.parse(EpubEntries.text(epub, "OEBPS/" + name), "", Parser.xmlParser());
    }

    @Test
    void aTraditionalBookSpeaksTraditional() {
        Book book = Books.of(TRADITIONAL);
        assertEquals(Lang.ZH_HANT, book.metadata().chinese(), "the test needs a text read as Traditional");
        Path epub = write(TRADITIONAL, Layout.INTERLEAVED);
        String nav = EpubEntries.text(epub, "OEBPS/nav.xhtml");
        String colophon = EpubEntries.text(epub, "OEBPS/colophon.xhtml");
        for (String word : List.of("目錄", "導覽", "封面", "書名頁", "正文", "版本說明")) {
            assertTrue(nav.contains(">" + word + "<"), word + " missing from\n" + nav);
        }
        for (String word : List.of("版本說明", "來源：t.txt", "主題 default", "字體：")) {
            assertTrue(colophon.contains(word), word + " missing from\n" + colophon);
        }
        for (String simplified : List.of("目录", "导览", "书名页", "版本说明", "来源", "主题", "字体")) {
            assertFalse(nav.contains(simplified) || colophon.contains(simplified), simplified + " is Simplified");
        }
        assertTrue(page(epub, "nav.xhtml").select("[lang=zh-Hans]").isEmpty(), "a label tagged Simplified");
        assertEquals(List.of(), EpubCheckResult.of(epub).problems());
    }

    @Test
    void theTraditionalBooksPdfContentsSayTraditionalToo() throws Exception {
        Path pdf = folder.resolve("harbour.pdf");
        new PdfWriter().write(Books.of(TRADITIONAL), Theme.named("default"), FontSet.bundled(), PdfOptions.builder().build(), pdf);
        String text = PdfInspection.text(pdf);
        assertTrue(text.contains("目錄"), text);
        assertFalse(text.contains("目录"), text);
    }

    /** The Traditional text with a translator, as a byline would name one. */
    private static Book translatedTraditional() {
        Book book = Books.of(TRADITIONAL);
        Metadata m = book.metadata();
        return new Book(new Metadata(m.title(), m.authors(), m.date(), m.part(), m.label(), m.first(), m.chinese(),
                m.subtitle(), m.series(), m.parts(), List.of("陳大文")), book.chapters());
    }

    @Test
    void theTitlePageNamesTheTranslatorInTheBooksVariety() throws Exception {
        Path epub = folder.resolve("translated.epub");
        new EpubWriter().write(translatedTraditional(), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).layout(Layout.INTERLEAVED).build(), epub);
        Document title = page(epub, "title.xhtml");
        assertEquals("譯者 陳大文 · Translated by 陳大文", title.select("p.meta").last().text());
        assertEquals(List.of(), EpubCheckResult.of(epub).problems());

        Path english = folder.resolve("translated-en.epub");
        new EpubWriter().write(translatedTraditional(), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).layout(Layout.EN).build(), english);
        assertEquals("Translated by 陳大文", page(english, "title.xhtml").select("p.meta").last().text());

        Path pdf = folder.resolve("translated.pdf");
        new PdfWriter().write(translatedTraditional(), Theme.named("default"), FontSet.bundled(), PdfOptions.builder().build(), pdf);
        String text = PdfInspection.text(pdf);
        assertTrue(text.contains("譯者 陳大文 · Translated by 陳大文"), text);
        assertFalse(text.contains("译者"), text);
    }

    @Test
    void anEnglishEditionSpeaksEnglishOnly() {
        Path epub = write(EpubTexts.MOUNTAIN_NOTES, Layout.EN);
        for (String name : List.of("nav.xhtml", "colophon.xhtml")) { // the title page names the author as written
            Document page = page(epub, name);
            String text = page.select("body").text();
            assertTrue(text.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    name + " has Chinese in an English edition: " + text);
        }
        assertEquals("Contents", page(epub, "nav.xhtml").select("title").text());
        assertEquals(List.of("Cover", "Title page", "Contents", "Start of content", "Colophon"),
                page(epub, "nav.xhtml").select("nav#landmarks a").eachText());
    }

    @Test
    void everyEntryOfTheContentsAndLandmarksHasBothTitlesWithASeparator() {
        Path epub = write(EpubTexts.MOUNTAIN_NOTES, Layout.INTERLEAVED);
        Document nav = page(epub, "nav.xhtml");
        List<String> toc = nav.select("nav#toc a").eachText();
        assertEquals(List.of("第一章 搬进山里 · Chapter 1 Moving to the Mountains", "第二章 学做豆腐 · Chapter 2 Learning to Make Tofu"), toc);
        assertEquals(List.of("封面 · Cover", "书名页 · Title page", "目录 · Contents", "正文 · Start of content",
                "版本说明 · Colophon"), nav.select("nav#landmarks a").eachText());
        for (Element link : nav.select("nav a")) {
            assertEquals(3, link.children().size(), link.outerHtml());
            assertEquals("separator", link.child(1).className(), link.outerHtml());
        }
        String ncx = EpubEntries.text(epub, "OEBPS/toc.ncx");
        assertTrue(ncx.contains("<text>第一章 搬进山里 · Chapter 1 Moving to the Mountains</text>"), ncx);
        assertEquals("目录 · Contents", nav.select("title").text());
    }
}
