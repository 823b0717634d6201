package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubTexts;

/** Every layout and theme of the EPUB edition, checked with EPUBCheck and read back with epublib. */
class EpubLayoutsTest {
    private static final List<Layout> LAYOUTS = List.of(Layout.INTERLEAVED, Layout.SIDE_BY_SIDE, Layout.ZH, Layout.EN);
    private static final List<String> THEMES = List.of("default", "study");

    @TempDir
    Path folder;

    private Path write(Layout layout, Lang first, String theme, FontEmbedding fonts, String name) {
        EpubOptions options = EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z"))
                .layout(layout).first(first).embedFonts(fonts).source("mountain-notes.txt").build();
        Path target = folder.resolve(name);
        new EpubWriter().write(Books.of(EpubTexts.MOUNTAIN_NOTES), Theme.named(theme), options, target);
        return target;
    }

    private Path write(Layout layout, Lang first) {
        return write(layout, first, "default", FontEmbedding.SUBSET, layout.cliName() + ".epub");
    }

    @Test
    void passesEpubCheckInEveryLayoutAndThemeWithoutFatalsErrorsOrWarnings() {
        List<String> failures = new ArrayList<>();
        for (Layout layout : LAYOUTS) {
            for (String theme : THEMES) {
                for (FontEmbedding fonts : FontEmbedding.values()) {
                    Path epub = write(layout, null, theme, fonts, layout.cliName() + "-" + theme + "-" + fonts.cliName() + ".epub");
                    EpubCheckResult result = EpubCheckResult.of(epub);
                    if (!result.problems().isEmpty()) {
                        failures.add(layout.cliName() + "/" + theme + "/" + fonts.cliName() + ": " + result);
                    }
                }
            }
        }
        Path englishFirst = write(Layout.INTERLEAVED, Lang.EN, "study", FontEmbedding.SUBSET, "english-first.epub");
        EpubCheckResult result = EpubCheckResult.of(englishFirst);
        if (!result.problems().isEmpty()) {
            failures.add("interleaved --first en: " + result);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void readsBackWithEpublibWithTheChaptersInOrderAndTitledInTheEditionsLanguages() throws Exception {
        assertEquals(List.of("第一章 搬进山里 · Chapter 1 Moving to the Mountains", "第二章 学做豆腐 · Chapter 2 Learning to Make Tofu"),
                tocTitles(write(Layout.INTERLEAVED, null)));
        assertEquals(List.of("Chapter 1 Moving to the Mountains · 第一章 搬进山里", "Chapter 2 Learning to Make Tofu · 第二章 学做豆腐"),
                tocTitles(write(Layout.SIDE_BY_SIDE, Lang.EN)));
        assertEquals(List.of("第一章 搬进山里", "第二章 学做豆腐"), tocTitles(write(Layout.ZH, null)));
        assertEquals(List.of("Chapter 1 Moving to the Mountains", "Chapter 2 Learning to Make Tofu"),
                tocTitles(write(Layout.EN, null)));
    }

    private static List<String> tocTitles(Path epub) throws Exception {
        io.documentnode.epub4j.domain.Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        List<String> titles = new ArrayList<>();
        for (TOCReference reference : book.getTableOfContents().getTocReferences()) {
            titles.add(reference.getTitle());
            String page = new String(reference.getResource().getData(), StandardCharsets.UTF_8);
            assertTrue(page.contains("epub:type=\"chapter\""), reference.getTitle() + " does not lead to a chapter");
        }
        List<String> spine = book.getSpine().getSpineReferences().stream().map(r -> r.getResource().getHref()).toList();
        assertEquals(List.of("cover.xhtml", "title.xhtml", "nav.xhtml", "text/ch001.xhtml", "text/ch002.xhtml", "colophon.xhtml",
                "licences.xhtml"), spine);
        return titles;
    }

    @Test
    void interleavesChineseFirstAsTheTextDoesAndEnglishFirstWhenAsked() {
        Document chinese = chapter(write(Layout.INTERLEAVED, null), 1);
        Element pair = chinese.selectFirst("div.pair");
        assertEquals("zh-Hans", pair.child(0).attr("lang"));
        assertEquals("first", pair.child(0).className());
        assertEquals("en", pair.child(1).attr("lang"));
        assertEquals("second", pair.child(1).className());

        Document english = chapter(write(Layout.INTERLEAVED, Lang.EN), 1);
        pair = english.selectFirst("div.pair");
        assertEquals("en", pair.child(0).attr("lang"));
        assertEquals("first", pair.child(0).className());
        assertEquals("zh-Hans", pair.child(1).attr("lang"));
        assertEquals("en", english.selectFirst("html").attr("lang"));
    }

    @Test
    void keepsAnUntranslatedParagraphInItsLanguagesColumn() {
        Document page = chapter(write(Layout.SIDE_BY_SIDE, null), 2);
        Element alone = page.select("div.pair.alone").first();
        assertEquals(1, alone.childrenSize());
        assertTrue(alone.child(0).text().startsWith("这一段没有英文"), alone.outerHtml());
        assertEquals("first", alone.child(0).className());
    }

    @Test
    void letsSideBySidePairsWrapByTheWidthTheyHaveNotByAMediaQuery() {
        Path epub = write(Layout.SIDE_BY_SIDE, null);
        Document page = chapter(epub, 1);
        assertEquals("duet-side-by-side", page.body().className());
        String css = EpubEntries.text(epub, "OEBPS/styles/layout.css");
        // In a paginated reader the frame is as wide as the chapter, and calibre drops media queries.
        assertFalse(css.contains("@media"), css);
        assertTrue(css.contains(".duet-side-by-side .pair,\n.duet-side-by-side .notes {\n  display: flex;\n  flex-flow: row wrap;"), css);
        assertTrue(css.contains("flex: 1 1 20em;") && css.contains("flex-basis: 15em;"), css);
        List<String> links = page.select("link[rel=stylesheet]").eachAttr("href");
        assertEquals(List.of("../styles/layout.css", "../styles/fonts.css", "../styles/duet.css"), links);
    }

    @Test
    void keepsShortPairsWholeAndLetsLongOnesBreak() {
        Document page = chapter(write(Layout.INTERLEAVED, null), 1);
        assertFalse(page.select("div.pair.short").isEmpty(), page.outerHtml());
        assertEquals(2, ChapterPage.lines(new Segment(Lang.ZH_HANS, "字".repeat(21))));
        assertEquals(2, ChapterPage.lines(new Segment(Lang.EN, "a".repeat(41))));
        assertEquals(3, ChapterPage.lines(new Segment(Lang.EN, "one line\ntwo\nthree")), "verse lines count apiece");
        assertTrue(ChapterPage.unequal(2, 20), "a line with a long commentary");
        assertFalse(ChapterPage.unequal(4, 7), "English a little longer than its Chinese");
        assertFalse(ChapterPage.unequal(1, 3), "both short");
    }

    @Test
    void writesMonolingualEditionsWithOnlyTheirLanguage() {
        Path zh = write(Layout.ZH, null);
        for (int number = 1; number <= 2; number++) {
            Document page = chapter(zh, number);
            assertTrue(page.select("[lang=en]").isEmpty(), page.outerHtml());
            assertFalse(page.select("p[lang=zh-Hans]").isEmpty());
        }
        String opf = EpubEntries.text(zh, "OEBPS/content.opf");
        assertTrue(opf.contains("<dc:language>zh</dc:language>"), opf);
        assertFalse(opf.contains("<dc:language>en</dc:language>"), opf);
        assertFalse(EpubEntries.text(zh, "OEBPS/title.xhtml").contains("中英对照"),
                "a Chinese-only edition is not labelled bilingual");

        Path en = write(Layout.EN, null);
        Document page = chapter(en, 2);
        assertTrue(page.select("[lang=zh-Hans]").isEmpty(), page.outerHtml());
        assertTrue(page.text().codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                page.text());
        assertEquals(3, page.select("div.pair").size(), "the untranslated Chinese paragraph is left out");
        String enOpf = EpubEntries.text(en, "OEBPS/content.opf");
        assertTrue(enOpf.contains("<dc:language>en</dc:language>") && !enOpf.contains("<dc:language>zh</dc:language>"), enOpf);
    }

    @Test
    void linksNoFontStyleSheetAndCarriesNoFontsWhenEmbeddingIsOff() {
        Path epub = write(Layout.INTERLEAVED, null, "default", FontEmbedding.NONE, "plain.epub");
        assertTrue(EpubEntries.names(epub).stream().noneMatch(name -> name.endsWith(".ttf") || name.endsWith("fonts.css")),
                EpubEntries.names(epub).toString());
        assertFalse(EpubEntries.text(epub, "OEBPS/content.opf").contains("font/ttf"));
        assertEquals(List.of("../styles/layout.css", "../styles/duet.css"),
                chapter(epub, 1).select("link[rel=stylesheet]").eachAttr("href"));
        assertTrue(EpubEntries.bytes(epub, "OEBPS/licences.xhtml") == null, "no fonts, no font licences");
        assertTrue(EpubEntries.bytes(epub, "META-INF/com.apple.ibooks.display-options.xml") == null);
    }

    @Test
    void asksAppleBooksToUseTheEmbeddedFonts() {
        String options = EpubEntries.text(write(Layout.INTERLEAVED, null), "META-INF/com.apple.ibooks.display-options.xml");
        assertTrue(options.contains("<option name=\"specified-fonts\">true</option>"), options);
    }

    @Test
    void carriesTheLicenceOfEachEmbeddedFont() {
        String bilingual = EpubEntries.text(write(Layout.INTERLEAVED, null), "OEBPS/licences.xhtml");
        assertTrue(bilingual.contains("Copyright 2012 Google Inc."), "Noto Serif SC's copyright");
        assertTrue(bilingual.contains("Copyright 2017 The Literata Project Authors"), "Literata's copyright");
        assertTrue(bilingual.contains("SIL OPEN FONT LICENSE Version 1.1"), bilingual);
        // The English edition of a book without a Chinese author's name shows no Chinese at all.
        Path target = folder.resolve("seasons-en.epub");
        new EpubWriter().write(Books.of(press.duet.testing.TestTexts.BOOK), Theme.named("default"),
                EpubOptions.builder().layout(Layout.EN).build(), target);
        assertTrue(EpubEntries.bytes(target, "OEBPS/fonts/NotoSerifSC-Regular.ttf") == null, "no Chinese font needed");
        String english = EpubEntries.text(target, "OEBPS/licences.xhtml");
        assertFalse(english.contains("Google"), "no Chinese font, no Chinese font licence");
        assertTrue(english.contains("Literata"), english);
    }

    @Test
    void writesAColophonWithSourceDateAndGenerator() {
        Document colophon = Jsoup.parse(EpubEntries.text(write(Layout.INTERLEAVED, null), "OEBPS/colophon.xhtml"), "",
                Parser.xmlParser());
        String text = colophon.text();
        assertTrue(text.contains("来源：mountain-notes.txt"), text);
        assertTrue(text.contains("Source: mountain-notes.txt"), text);
        assertTrue(text.contains("Date: April 2, 2025") || text.contains("Date: 2 April 2025"), text);
        assertTrue(text.contains("Made with Duet, layout interleaved, theme default."), text);
        assertEquals("colophon", colophon.selectFirst("section").attr("epub:type"));
    }

    private static Document chapter(Path epub, int number) {
        return Jsoup.parse(EpubEntries.text(epub, "OEBPS/" + EpubWriter.chapterHref(number)), "", Parser.xmlParser());
    }
}
