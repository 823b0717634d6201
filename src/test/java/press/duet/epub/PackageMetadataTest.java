package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Book;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubTexts;

/** What the package document says about the book, and the navigation document's landmarks. */
class PackageMetadataTest {
    @TempDir
    Path folder;

    private Document opf(Lang first) {
        return opf(Books.of(EpubTexts.MOUNTAIN_NOTES), first);
    }

    private Document opf(Book book, Lang first) {
        Path target = folder.resolve("book.epub");
        new EpubWriter().write(book, Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).first(first)
                        .source("mountain-notes.txt").build(), target);
        return Jsoup.parse(EpubEntries.text(target, "OEBPS/content.opf"), "", Parser.xmlParser());
    }

    private static List<String> meta(Document opf, String property) {
        return opf.select("meta[property=" + property + "]").eachText();
    }

    @Test
    void namesBothTitlesThePrimaryFirstAndThePrimaryLanguage() {
        Document chinese = opf(null);
        assertEquals(List.of("山居笔记", "Notes from a Mountain House"), chinese.select("dc|title").eachText());
        assertEquals(List.of("main", "subtitle"), meta(chinese, "title-type"));
        assertEquals(List.of("zh"), chinese.select("dc|language").eachText(), "the primary language alone, as Kindle keeps one");
        assertEquals("zh-Hans", chinese.selectFirst("package").attr("xml:lang"));

        Document english = opf(Lang.EN);
        assertEquals(List.of("Notes from a Mountain House", "山居笔记"), english.select("dc|title").eachText());
        assertEquals(List.of("en"), english.select("dc|language").eachText());
    }

    @Test
    void recordsCreatorDateSourceAndModified() {
        Document opf = opf(null);
        assertEquals(List.of("林小雨"), opf.select("dc|creator").eachText());
        assertEquals(List.of("aut"), meta(opf, "role"));
        assertEquals("2025-04-02", opf.selectFirst("dc|date").text());
        assertEquals("mountain-notes.txt", opf.selectFirst("dc|source").text());
        assertEquals(List.of("2025-04-02T00:00:00Z"), meta(opf, "dcterms:modified"));
        assertTrue(opf.selectFirst("dc|identifier").text().startsWith("urn:uuid:"));
    }

    @Test
    void namesNoSeriesForAPartNumberAloneAndShowsTheNumberOnTheTitlePage() {
        Document opf = opf(null);
        assertEquals(List.of(), meta(opf, "belongs-to-collection"), "the book's own title is no series name");
        assertEquals(List.of(), meta(opf, "group-position"));
        String titlePage = EpubEntries.text(folder.resolve("book.epub"), "OEBPS/title.xhtml");
        assertTrue(titlePage.contains("[2]"), titlePage);
        assertTrue(EpubCheckResult.of(folder.resolve("book.epub")).problems().isEmpty());
    }

    @Test
    void recordsANamedSeriesWithThePartAsItsPosition() {
        Book part = Books.of(EpubTexts.MOUNTAIN_NOTES);
        Metadata m = part.metadata();
        Metadata inSeries = new Metadata(m.title(), m.authors(), m.date(), m.part(), m.label(), m.first(), m.chinese(),
                m.subtitle(), "山居四季", m.parts());
        Document opf = opf(new Book(inSeries, part.chapters()), null);
        assertEquals(List.of("山居四季"), meta(opf, "belongs-to-collection"));
        assertEquals(List.of("series"), meta(opf, "collection-type"));
        assertEquals(List.of("2"), meta(opf, "group-position"));
        assertTrue(EpubCheckResult.of(folder.resolve("book.epub")).problems().isEmpty());
    }

    @Test
    void declaresAccessibilityThatHoldsForTheBook() {
        Document opf = opf(null);
        assertEquals(List.of("textual", "visual"), meta(opf, "schema:accessMode"));
        assertEquals(List.of("textual"), meta(opf, "schema:accessModeSufficient"));
        assertEquals(List.of("alternativeText", "displayTransformability", "readingOrder", "structuralNavigation",
                "tableOfContents"), meta(opf, "schema:accessibilityFeature"));
        assertEquals(List.of("none"), meta(opf, "schema:accessibilityHazard"));
        assertEquals(1, meta(opf, "schema:accessibilitySummary").size());
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), meta(opf, "dcterms:conformsTo"));
        // The claims the metadata makes, checked on the pages themselves.
        Path epub = folder.resolve("book.epub");
        assertTrue(EpubEntries.text(epub, "OEBPS/cover.xhtml").matches("(?s).*<img [^>]*alt=\"[^\"]+\".*"));
        for (String page : List.of("OEBPS/text/ch001.xhtml", "OEBPS/text/ch002.xhtml")) {
            Document chapter = Jsoup.parse(EpubEntries.text(epub, page), "", Parser.xmlParser());
            assertEquals(1, chapter.select("h2").size(), page + " needs one chapter heading");
            assertTrue(chapter.select("p").stream().allMatch(p -> p.hasAttr("lang") && p.hasAttr("xml:lang")),
                    page + ": every paragraph must carry its language");
        }
    }

    @Test
    void listsCoverTitlePageContentsBodyAndColophonAsLandmarks() {
        opf(null);
        Document nav = Jsoup.parse(EpubEntries.text(folder.resolve("book.epub"), "OEBPS/nav.xhtml"), "", Parser.xmlParser());
        assertEquals(List.of("cover", "titlepage", "toc", "bodymatter", "colophon"),
                nav.select("nav[epub:type=landmarks] a").eachAttr("epub:type"));
        assertEquals(List.of("第一章 搬进山里", "第二章 学做豆腐"),
                nav.select("nav[epub:type=toc] li span[lang=zh-Hans]").eachText());
        assertEquals(List.of("Chapter 1 Moving to the Mountains", "Chapter 2 Learning to Make Tofu"),
                nav.select("nav[epub:type=toc] li span[lang=en]").eachText());
    }
}
