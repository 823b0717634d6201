package press.duet.read.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Origin;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;
import press.duet.report.Finding;
import press.duet.testing.EpubFiles;

/** The EPUB reader: spine order, chapters from the NCX or the navigation document, the package metadata. */
class EpubReaderTest {
    private final List<Finding> findings = new ArrayList<>();

    private Draft read(EpubFiles book) {
        return Readers.read(Source.of("book.epub", book.bytes()), null, Format.EPUB, findings::add);
    }

    /** The draft's headings of level 1, the chapter starts, in order. */
    private static List<String> chapters(Draft draft) {
        return draft.blocks().stream().filter(b -> b.kind() == DraftBlock.Kind.HEADING && b.level() == 1)
                .map(b -> String.join(" ", b.lines())).toList();
    }

    private static List<String> texts(Draft draft) {
        return draft.blocks().stream().map(b -> String.join(" ", b.lines())).toList();
    }

    @Test
    void readsAnEpub2BookInSpineOrderWithItsChapterTitlesFromTheNcx() {
        Draft draft = read(EpubFiles.epub2()
                .metadata("""
                        <dc:title>呐喊</dc:title><dc:title>Call to Arms</dc:title>
                        <dc:creator opf:role="aut">鲁迅</dc:creator>
                        <dc:contributor opf:role="trl">Yang Xianyi</dc:contributor>
                        <dc:contributor opf:role="edt">An Editor</dc:contributor>
                        <dc:language>zh-CN</dc:language>
                        <dc:date opf:event="modification">2020-01-02</dc:date>
                        <dc:date opf:event="publication">1923-08-01</dc:date>
                        <dc:publisher>新潮社</dc:publisher>
                        <dc:identifier id="id" opf:scheme="ISBN">9787020000000</dc:identifier>
                        <meta name="calibre:series" content="鲁迅全集"/>
                        """)
                .chapter("text/ch1.xhtml", "狂人日记", "<p>某君昆仲，今隐其名。</p><p>皆余昔日在中学校时良友。</p>")
                .chapter("text/ch2.xhtml", "孔乙己", "<p>鲁镇的酒店的格局，是和别处不同的。</p>"));
        assertEquals("epub", draft.format());
        assertEquals(List.of("狂人日记", "某君昆仲，今隐其名。", "皆余昔日在中学校时良友。", "孔乙己", "鲁镇的酒店的格局，是和别处不同的。"),
                texts(draft));
        assertEquals(List.of("狂人日记", "孔乙己"), chapters(draft));
        Declared declared = draft.declared();
        assertEquals("呐喊 Call to Arms", declared.title());
        assertEquals(List.of("鲁迅"), declared.authors());
        assertEquals(List.of("Yang Xianyi"), declared.translators());
        assertEquals(LocalDate.of(1923, 8, 1), declared.date());
        assertEquals("zh-CN", declared.language());
        assertEquals("鲁迅全集", declared.series());
        assertEquals(new Origin(null, null, "新潮社", List.of("9787020000000")), declared.origin());
        assertEquals(List.of(), findings);
    }

    @Test
    void readsAnEpub3BookWithOnlyANavigationDocumentAndRolesGivenByRefinement() {
        Draft draft = read(EpubFiles.epub3()
                .metadata("""
                        <dc:title id="t1">The Analects</dc:title>
                        <meta refines="#t1" property="title-type">main</meta>
                        <dc:title id="t2">A New Translation</dc:title>
                        <meta refines="#t2" property="title-type">subtitle</meta>
                        <dc:creator id="c1">Confucius</dc:creator>
                        <meta refines="#c1" property="role" scheme="marc:relators">aut</meta>
                        <dc:creator id="c2">James Legge</dc:creator>
                        <meta refines="#c2" property="role" scheme="marc:relators">trl</meta>
                        <dc:language>en</dc:language>
                        <dc:date>1861</dc:date>
                        <meta property="belongs-to-collection" id="s1">Chinese Classics</meta>
                        <meta refines="#s1" property="collection-type">series</meta>
                        """)
                .chapter("book1.xhtml", "Book I", "<h2>Book I</h2><p>The Master said, Is it not pleasant to learn?</p>")
                .chapter("book2.xhtml", "Book II", "<h2>BOOK II.</h2><p>The Master said, He who exercises government.</p>"));
        assertEquals(List.of("Book I", "BOOK II."), chapters(draft), "the document's own heading, which says the same, is the start");
        assertEquals(4, draft.blocks().size(), texts(draft).toString());
        assertEquals("The Analects", draft.declared().title());
        assertEquals(List.of("Confucius"), draft.declared().authors());
        assertEquals(List.of("James Legge"), draft.declared().translators());
        assertEquals(null, draft.declared().date(), "a year names no day");
        assertEquals("Chinese Classics", draft.declared().series());
    }

    @Test
    void cutsADocumentWhereAnEntryPointsInsideItAndKeepsItsOtherHeadingsAsSections() {
        Draft draft = read(EpubFiles.epub3()
                .document("all.xhtml", "", """
                        <section><h1 id="c1">第一回</h1><p>话说天下大势，分久必合，合久必分。</p><h3>诗曰</h3><p>滚滚长江东逝水。</p>
                        <h1 id="c2">第二回</h1><p>且说董卓字仲颖。</p></section>
                        """)
                .entry("第一回 宴桃园豪杰三结义", "all.xhtml#c1").entry("第二回", "all.xhtml#c2"));
        assertEquals(List.of("第一回", "第二回"), chapters(draft));
        DraftBlock section = draft.blocks().get(2);
        assertEquals(DraftBlock.Kind.HEADING, section.kind());
        assertEquals(3, section.level());
        assertEquals(List.of("第一回", "话说天下大势，分久必合，合久必分。", "诗曰", "滚滚长江东逝水。", "第二回", "且说董卓字仲颖。"), texts(draft));
    }

    @Test
    void titlesAChapterFromItsTableOfContentsEntryWhenTheDocumentHasNoHeading() {
        Draft draft = read(EpubFiles.epub2()
                .chapter("a.xhtml", "Chapter One", "<p>It was a bright cold day in April.</p>")
                .document("a_split.xhtml", "", "<p>The clocks were striking thirteen.</p>")
                .chapter("b.xhtml", "Chapter Two", "<p>Outside, even through the shut window-pane.</p>"));
        assertEquals(List.of("Chapter One", "Chapter Two"), chapters(draft), "a document the table does not list runs on");
        assertEquals(5, draft.blocks().size());
    }

    @Test
    void startsAChapterAtEachDocumentThatOpensWithAHeadingWhenTheBookHasNoTableOfContents() {
        Draft draft = read(EpubFiles.epub2().toc(EpubFiles.Toc.NONE)
                .document("a.xhtml", "", "<h2>序</h2><p>这是序言。</p>")
                .document("b.xhtml", "", "<h2>第一章</h2><p>正文开始了。</p>")
                .document("c.xhtml", "", "<p>正文接着写。</p>"));
        assertEquals(List.of("序", "第一章"), chapters(draft));
        assertEquals(List.of("序", "这是序言。", "第一章", "正文开始了。", "正文接着写。"), texts(draft));
    }

    @Test
    void readsADocumentTheManifestCallsHtmlAsHtmlWhereABrClosesNothing() {
        Draft draft = read(EpubFiles.epub2().chapter("a.html", "第一章", "<p>春眠不觉晓，<br>处处闻啼鸟。<p>夜来风雨声。</p>"));
        assertEquals(List.of("第一章", "春眠不觉晓， 处处闻啼鸟。", "夜来风雨声。"), texts(draft));
    }

    @Test
    void listsTheSpineWithEachDocumentsRoleChaptersAndLanguage() {
        List<SpineEntry> spine = EpubReader.spine(Source.of("book.epub", EpubFiles.epub3()
                .document("cover.xhtml", "cover", "<img src=\"c.png\" alt=\"cover\"/>")
                .chapter("one.xhtml", "一", "<p>春眠不觉晓，处处闻啼鸟。</p><p>I slept in spring, not knowing it was dawn.</p>")
                .bytes()));
        assertEquals(List.of("cover.xhtml", "one.xhtml"), spine.stream().map(e -> e.path().replace("OEBPS/", "")).toList());
        assertEquals("cover page", spine.get(0).role());
        assertEquals("epub:type cover", spine.get(0).because());
        assertTrue(spine.get(1).isText());
        assertEquals(List.of("一"), spine.get(1).chapters());
        assertEquals("zh-Hans + en", spine.get(1).language());
    }

    @Test
    void aHeadingGroupIsOneHeadingWithItsSubtitleAndItsNote() {
        Draft draft = read(EpubFiles.epub3()
                .metadata("<dc:title>The Art of War</dc:title><dc:language>en</dc:language>")
                .chapter("two.xhtml", "II: Waging War", "<section epub:type=\"chapter\"><hgroup><h2>II</h2>"
                        + "<p epub:type=\"title\">Waging War<a href=\"#n1\" epub:type=\"noteref\">1</a></p></hgroup>"
                        + "<p>In the operations of war, where there are in the field a thousand swift chariots.</p>"
                        + "<aside id=\"n1\" epub:type=\"footnote\"><p>Giles's note on the title.</p></aside></section>"));
        assertEquals(List.of("II: Waging War"), chapters(draft).stream().map(t -> t.replaceAll("\\s*\\[?1\\]?$", "")).toList());
        assertTrue(texts(draft).stream().noneMatch(t -> t.equals("Waging War")), texts(draft).toString());
    }
}
