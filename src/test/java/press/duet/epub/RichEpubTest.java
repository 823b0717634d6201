package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.SourceLine;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EveryKindBook;

/**
 * A book holding every inline and block kind of the model, written in every layout and theme: valid
 * for EPUBCheck, and each kind in the XHTML as the element a reading system knows it by.
 */
class RichEpubTest {
    private static final List<Layout> LAYOUTS = List.of(Layout.INTERLEAVED, Layout.SIDE_BY_SIDE, Layout.ZH, Layout.EN);

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    private Path write(Book book, Layout layout, String theme, FontEmbedding fonts) {
        Path target = folder.resolve(layout.cliName() + "-" + theme + "-" + fonts.cliName() + ".epub");
        EpubOptions options = EpubOptions.builder().modified(Instant.parse("2026-12-01T00:00:00Z")).layout(layout)
                .embedFonts(fonts).source("rich.md").build();
        warnings.addAll(new EpubWriter().write(book, Theme.named(theme), options, target));
        return target;
    }

    private Path write(Layout layout) {
        return write(EveryKindBook.everyKind(), layout, "default", FontEmbedding.SUBSET);
    }

    private static Document chapter(Path epub, int number) {
        return Jsoup.parse(EpubEntries.text(epub, "OEBPS/" + EpubWriter.chapterHref(number)), "", Parser.xmlParser());
    }

    @Test
    void passesEpubCheckInEveryLayoutAndThemeWithoutFatalsErrorsOrWarnings() {
        List<String> failures = new ArrayList<>();
        for (Layout layout : LAYOUTS) {
            for (String theme : List.of("default", "study")) {
                EpubCheckResult result = EpubCheckResult.of(write(EveryKindBook.everyKind(), layout, theme, FontEmbedding.SUBSET));
                if (!result.problems().isEmpty()) {
                    failures.add(layout.cliName() + "/" + theme + ": " + result);
                }
            }
        }
        EpubCheckResult plain = EpubCheckResult.of(write(EveryKindBook.everyKind(), Layout.INTERLEAVED, "default", FontEmbedding.NONE));
        if (!plain.problems().isEmpty()) {
            failures.add("interleaved, no fonts: " + plain);
        }
        assertEquals(List.of(), failures);
    }

    /** The rich book the PDF's tests build, written by another hand, is valid as an EPUB too. */
    @Test
    void theRichBookOfThePdfTestsPassesEpubCheck() {
        List<String> failures = new ArrayList<>();
        for (Layout layout : List.of(Layout.INTERLEAVED, Layout.SIDE_BY_SIDE, Layout.EN)) {
            EpubCheckResult result = EpubCheckResult.of(write(press.duet.testing.RichBooks.book(), layout, "study", FontEmbedding.SUBSET));
            if (!result.problems().isEmpty()) {
                failures.add(layout.cliName() + ": " + result);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void writesEachInlineKindAsItsElementInsideItsLanguagesParagraph() {
        Document page = chapter(write(Layout.INTERLEAVED), 1);
        Element zh = page.selectFirst("div#c1-p1 > p[lang=zh-Hans]");
        Element en = page.selectFirst("div#c1-p1 > p[lang=en]");
        assertNotNull(zh, page.html());
        assertEquals("静夜思", zh.selectFirst("em").text());
        assertEquals("记住", zh.selectFirst("strong").text());
        assertEquals("2", zh.selectFirst("sub").text());
        assertEquals("2", zh.selectFirst("sup:not(.noteref)").text());
        assertEquals("旧说法", zh.selectFirst("s").text());
        assertEquals("print()", zh.selectFirst("code").text());
        assertEquals("https://example.org/poem", zh.selectFirst("a:not([role])").attr("href"));
        Element ruby = zh.selectFirst("ruby");
        assertEquals("yuè", ruby.selectFirst("rt").text());
        assertEquals(List.of("(", ")"), ruby.select("rp").eachText());
        assertEquals("月", ruby.ownText());
        Element name = zh.selectFirst("span[lang=en]");
        assertEquals("Li Bai", name.text());
        assertEquals("en", name.attr("xml:lang"));
        assertEquals("Quiet Night Thoughts", en.selectFirst("em").text());
        assertEquals("月", en.selectFirst("span[lang=zh-Hans]").text());
        assertEquals("mailto:editor@example.org", en.selectFirst("a[href^=mailto]").attr("href"));
        assertEquals(1, en.select("br").size());
        // An in-book target the book does not carry: the words stay, the link goes, a warning says so.
        assertTrue(en.text().contains("see elsewhere."), en.text());
        assertTrue(en.select("a[href^=#elsewhere]").isEmpty());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("#elsewhere") && w.contains("chapter 1, pair 1")), warnings.toString());
    }

    @Test
    void notesAreFootnotesInTheirChapterNumberedPerLanguageWithBackLinks() {
        Path epub = write(Layout.INTERLEAVED);
        Document one = chapter(epub, 1);
        List<String> refs = new ArrayList<>();
        for (Element ref : one.select("a[role=doc-noteref]")) {
            assertEquals("noteref", ref.attr("epub:type"));
            Element note = one.getElementById(ref.attr("href").substring(1));
            assertNotNull(note, ref.attr("href"));
            assertEquals("aside", note.tagName());
            assertEquals("footnote", note.attr("epub:type"));
            assertEquals("doc-footnote", note.attr("role"));
            Element back = note.selectFirst("a[role=doc-backlink]");
            assertEquals("#" + ref.id(), back.attr("href"));
            assertEquals(ref.text(), back.text());
            // The note is in its reference's language.
            assertEquals(ref.closest("[lang]:not(span)").attr("lang"), note.closest("div[lang]").attr("lang"));
            refs.add(ref.id() + "=" + ref.text());
        }
        assertEquals(List.of("c1-ref-zh1=1", "c1-ref-en1=1", "c1-ref-en2=2"), refs);
        assertEquals("李白，唐代诗人。", one.getElementById("c1-note-zh1").selectFirst("p").ownText().strip());
        Document two = chapter(epub, 2);
        assertEquals(List.of("c2-note-zh1", "c2-note-en1"), two.select("aside").eachAttr("id"));
    }

    @Test
    void setsEachParagraphFormInItsOwnElement() {
        Document page = chapter(write(Layout.SIDE_BY_SIDE), 1);
        Element verse = page.selectFirst("div#c1-p2 > p.verse[lang=en]");
        assertEquals(1, verse.select("br").size());
        assertEquals("学而时习之，不亦说乎？", page.selectFirst("div#c1-p3 > div[lang=zh-Hans] > blockquote > p").text());
        Element item = page.selectFirst("div#c1-p4 > div[lang=en] > ol.list > li.depth-1");
        assertEquals("1.", item.selectFirst("span.marker").text());
        assertEquals("一、", page.selectFirst("div#c1-p4 > div[lang=zh-Hans] > ol.list span.marker").text());
        assertEquals("•", page.selectFirst("div#c1-p5 > div[lang=en] > ul.list > li.depth-2 > span.marker").text());
        Element code = page.selectFirst("div#c1-p6 > div[lang=en] > pre > code");
        assertEquals("print(\"hello\")\nend", code.wholeText());
        assertEquals(List.of("第一段。", "第二段。"), page.select("div#c1-p7 > div.first[lang=zh-Hans] > p").eachText());
        assertEquals("How to Study", page.selectFirst("h3 > span[lang=en]").text());
        assertEquals(1, page.select("section > hr.section-break").size());
    }

    @Test
    void placesFiguresWithTheirImagesAltTextsAndBilingualCaptions() {
        Path epub = write(Layout.INTERLEAVED);
        Element figure = chapter(epub, 1).selectFirst("section > figure#c1-f1");
        Element img = figure.selectFirst("img");
        assertEquals("一轮明月 over the roofs", img.attr("alt"));
        assertEquals("zh-Hans", img.attr("lang"));
        assertArrayEquals(EveryKindBook.png().bytes(), EpubEntries.bytes(epub, "OEBPS/" + img.attr("src").substring(3)));
        assertEquals(List.of("图一：月亮", "Figure 1: The moon"), figure.select("figcaption > p").eachText());
        assertEquals(List.of("zh-Hans", "en"), figure.select("figcaption > p").eachAttr("lang"));
        Document two = chapter(epub, 2);
        assertEquals(List.of("../images/figure-002.jpg", "../images/figure-003.gif", "../images/figure-004.svg",
                "../images/figure-005.webp"), two.select("figure img").eachAttr("src"));
        Element missing = two.selectFirst("figure.no-image");
        assertEquals("照片不见了：山上的寺庙", missing.selectFirst("p.alt").text());
        assertTrue(missing.select("img").isEmpty());
        assertEquals(List.of("图五：寺庙", "Figure 5: The temple"), missing.select("figcaption > p").eachText());
        Document opf = Jsoup.parse(EpubEntries.text(epub, "OEBPS/content.opf"), "", Parser.xmlParser());
        assertEquals(List.of("image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp"),
                opf.select("manifest > item[id^=figure-]").eachAttr("media-type"));
    }

    @Test
    void keepsTablesWithHeaderCellsAndEachCellTaggedWithItsLanguage() {
        Element table = chapter(write(Layout.INTERLEAVED), 1).selectFirst("section > table");
        assertEquals(List.of("中文", "English"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("zh-Hans", "en", "zh-Hans", "en"), table.select("tbody td").eachAttr("lang"));
        assertEquals("moon", table.selectFirst("tbody td em").text());
    }

    @Test
    void aMonolingualEditionShowsOnlyItsLanguagesSidesCaptionsAndNotes() {
        Path epub = write(Layout.EN);
        Document one = chapter(epub, 1);
        assertTrue(one.select("div.pair > [lang^=zh], figcaption > [lang^=zh], aside[lang^=zh], div.notes > [lang^=zh]").isEmpty());
        assertEquals(List.of("c1-note-en1", "c1-note-en2"), one.select("aside").eachAttr("id"));
        Document zh = chapter(write(Layout.ZH), 2);
        assertEquals(List.of("c2-note-zh1"), zh.select("aside").eachAttr("id"));
        assertTrue(zh.select("figure:has(img[src$=jpg]) figcaption").isEmpty(), "the JPEG's caption is English only");
    }

    @Test
    void sideBySideKeepsEachLanguagesNotesInItsColumn() {
        Document one = chapter(write(Layout.SIDE_BY_SIDE), 1);
        Element notes = one.selectFirst("section > div.notes");
        assertEquals(List.of("first", "second"), notes.children().eachAttr("class"));
        assertEquals(List.of("c1-note-zh1"), notes.child(0).select("aside").eachAttr("id"));
        assertEquals(List.of("c1-note-en1", "c1-note-en2"), notes.child(1).select("aside").eachAttr("id"));
    }

    @Test
    void embedsTheItalicAndBoldFacesTheEmphasisAndStrongTextNeed() {
        Path epub = write(Layout.INTERLEAVED);
        List<String> names = EpubEntries.names(epub);
        assertTrue(names.contains("OEBPS/fonts/Literata-Italic.ttf"), names.toString());
        assertTrue(names.contains("OEBPS/fonts/NotoSerifSC-Bold.ttf"), names.toString());
        String fonts = EpubEntries.text(epub, "OEBPS/styles/fonts.css");
        assertTrue(fonts.contains("Literata-Italic.ttf\") format(\"truetype\")"), fonts);
    }

    @Test
    void claimsAlternativeTextOnlyWhenEveryImageHasOne() {
        Document described = Jsoup.parse(EpubEntries.text(write(Layout.INTERLEAVED), "OEBPS/content.opf"), "", Parser.xmlParser());
        assertEquals(List.of("alternativeText", "displayTransformability", "readingOrder", "rubyAnnotations",
                "structuralNavigation", "tableOfContents"), described.select("meta[property=schema:accessibilityFeature]").eachText());
        assertEquals(List.of("textual"), described.select("meta[property=schema:accessModeSufficient]").eachText());

        Book rich = EveryKindBook.everyKind();
        Chapter first = rich.chapters().get(0);
        List<press.duet.model.Block> blocks = new ArrayList<>(first.blocks());
        blocks.add(new Figure(EveryKindBook.png(), "", null, SourceLine.NONE));
        Book undescribed = new Book(rich.metadata(), List.of(new Chapter(first.title(), blocks), rich.chapters().get(1)));
        Path epub = write(undescribed, Layout.EN, "study", FontEmbedding.NONE);
        Document opf = Jsoup.parse(EpubEntries.text(epub, "OEBPS/content.opf"), "", Parser.xmlParser());
        assertFalse(opf.select("meta[property=schema:accessibilityFeature]").eachText().contains("alternativeText"));
        assertEquals(List.of("textual,visual"), opf.select("meta[property=schema:accessModeSufficient]").eachText());
        assertTrue(opf.select("meta[property=dcterms:conformsTo]").isEmpty());
        assertEquals(List.of(), EpubCheckResult.of(epub).problems());
    }

    @Test
    void namesTheSourceLineOfALinkItCannotKeepAndEscapesWhatItWrites() {
        java.io.StringWriter out = new java.io.StringWriter();
        Xhtml xhtml = new Xhtml(out, new TextInventory((role, cp) -> true), false);
        List<String> found = new ArrayList<>();
        InlineRenderer inlines = new InlineRenderer(xhtml, new ChapterNotes(1), found);
        inlines.place("chapter 1, pair 4");
        xhtml.start("p", "title", "\"<&>");
        inlines.write(new press.duet.model.Para(press.duet.model.Para.Form.PARAGRAPH, List.of(
                new press.duet.model.Inline.Link("#intro", List.of(EveryKindBook.text("a < b & c"))),
                new press.duet.model.Inline.Link("https://example.org/?a=1&b=2", List.of(EveryKindBook.text("web")))),
                new SourceLine("lesson.md", 12)), press.duet.model.Lang.EN);
        xhtml.end("p");
        xhtml.requireClosed();
        assertEquals("<p title=\"&quot;&lt;&amp;&gt;\">a &lt; b &amp; c<a href=\"https://example.org/?a=1&amp;b=2\">web</a></p>",
                out.toString());
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("lesson.md:12: the link to #intro"), found.get(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> xhtml.start("em").end("strong"));
    }

    @Test
    void writesTheSameBytesForTheSameRichBook() throws Exception {
        Path one = write(Layout.SIDE_BY_SIDE);
        byte[] first = Files.readAllBytes(one);
        Path two = write(Layout.SIDE_BY_SIDE);
        assertArrayEquals(first, Files.readAllBytes(two));
    }
}
