package press.duet.read.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;
import press.duet.report.Finding;
import press.duet.testing.EpubFiles;

/** Front and back matter known by what documents say of themselves and by their content; a preface stays. */
class BookMatterTest {
    private static final String CHAPTER = "<p>" + "这是正文的第一段，讲的是一个很长的故事。".repeat(8) + "</p>";

    private static EpubFiles book() {
        return EpubFiles.epub2()
                .metadata("<dc:title>长河</dc:title><dc:creator>沈从文</dc:creator><dc:creator>Unknown</dc:creator>"
                        + "<dc:language>zh</dc:language>")
                .document("cover.xhtml", "", "<div><img src=\"cover.jpg\" alt=\"长河\"/></div>")
                .document("title.xhtml", "", "<h1>长河</h1><p>沈从文 著</p>")
                .document("contents.xhtml", "", "<h2>目录</h2><p><a href=\"preface.xhtml\">序</a></p><p><a href=\"one.xhtml\">第一章</a></p>")
                .document("copyright.xhtml", "", "<p>版权所有，侵权必究。</p><p>ISBN 978-7-00-000000-0</p><p>某某出版社出版发行</p>")
                .chapter("preface.xhtml", "译者序", "<h2>译者序</h2><p>这部小说写于一九四二年。译者在此说明翻译的经过。</p>")
                .chapter("one.xhtml", "第一章", "<h2>第一章</h2>" + CHAPTER)
                .document("plate.xhtml", "", "<div><img src=\"plate.jpg\" alt=\"插图\"/></div>")
                .chapter("two.xhtml", "第二章", "<h2>第二章</h2>" + CHAPTER)
                .document("more.xhtml", "", "<h2>推荐阅读</h2><p>边城</p><p>湘行散记</p>")
                .document("index.xhtml", "index", "<p>长河，1</p>")
                .document("legal.xhtml", "", "<div id=\"copyright-page\"><p>This edition is in the public domain.</p></div>");
    }

    @Test
    void leavesOutEachKindOfMatterWithAFindingAndKeepsThePrefaceAndAPlateInsideTheBook() {
        List<SpineEntry> spine = EpubReader.spine(Source.of("book.epub", book().bytes()));
        List<String> roles = spine.stream().map(e -> e.path().replace("OEBPS/", "") + " " + e.role()).toList();
        assertEquals(List.of("cover.xhtml cover page", "title.xhtml title page", "contents.xhtml table of contents page",
                "copyright.xhtml copyright page", "preface.xhtml text", "one.xhtml text", "plate.xhtml text", "two.xhtml text",
                "more.xhtml list of other books", "index.xhtml index", "legal.xhtml copyright page"), roles);
        assertEquals("its name", spine.get(spine.size() - 1).because());
        List<Finding> findings = new ArrayList<>();
        Draft draft = Readers.read(Source.of("book.epub", book().bytes()), null, Format.EPUB, findings::add);
        assertEquals(7, findings.stream().filter(f -> f.message().contains("left out as the book's")).count(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.place().file().equals("book.epub")), findings.toString());
        assertEquals(List.of("沈从文"), draft.declared().authors(), "calibre's Unknown is no author");
        assertEquals(List.of("译者序", "第一章", "第二章"), draft.blocks().stream()
                .filter(b -> b.level() == 1).map(b -> b.lines().get(0)).toList());
    }

    @Test
    void aPageOfFontLicencesIsBackMatterNotText() {
        EpubFiles book = EpubFiles.epub2()
                .metadata("<dc:title>长河</dc:title><dc:language>zh</dc:language>")
                .chapter("one.xhtml", "第一章", "<h2>第一章</h2>" + CHAPTER)
                .document("licences.xhtml", "", "<h2>Font licences</h2><p>Copyright 2012 Google Inc.</p>"
                        + "<p>This Font Software is licensed under the SIL Open Font License, Version 1.1.</p>"
                        + "<p>SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007</p>"
                        // As long as a real licence: a short page with a copyright line is a copyright page anyway.
                        + "<p>PREAMBLE The goals of the licence are to stimulate worldwide development of fonts.</p>".repeat(60));
        List<SpineEntry> spine = EpubReader.spine(Source.of("book.epub", book.bytes()));
        assertEquals("licence", spine.get(spine.size() - 1).role(), spine.toString());
        Draft draft = Readers.read(Source.of("book.epub", book.bytes()), null, Format.EPUB, finding -> { });
        assertTrue(draft.blocks().stream().flatMap(b -> b.lines().stream()).noneMatch(line -> line.contains("PREAMBLE")));
    }

    @Test
    void aPictureLinkingToAWebSiteIsAnAdvertNotTheCoverWhereverItStands() {
        EpubFiles book = EpubFiles.epub2()
                .metadata("<dc:title>长河</dc:title><dc:language>zh</dc:language>")
                .document("promo.xhtml", "", "<div><a href=\"http://books.example.com\"><img src=\"promo.png\" alt=\"books.example.com\"/></a></div>")
                .document("cover.xhtml", "", "<div><img src=\"cover.jpg\" alt=\"长河\"/></div>")
                .chapter("one.xhtml", "第一章", "<h2>第一章</h2>" + CHAPTER)
                .document("plate.xhtml", "", "<div><a href=\"one.xhtml\"><img src=\"plate.jpg\" alt=\"插图\"/></a></div>")
                .document("shop.xhtml", "", "<p><a href=\"https://shop.example.com/\"><img src=\"qr.png\" alt=\"\"/></a></p>");
        List<String> roles = EpubReader.spine(Source.of("book.epub", book.bytes())).stream()
                .map(e -> e.path().replace("OEBPS/", "") + " " + e.role()).toList();
        assertEquals(List.of("promo.xhtml advert picture", "cover.xhtml cover page", "one.xhtml text", "plate.xhtml text",
                "shop.xhtml advert picture"), roles);
    }
}
