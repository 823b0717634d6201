package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import press.duet.image.TestImages;
import press.duet.model.Figure;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Note;
import press.duet.model.Para;
import press.duet.model.Table;
import press.duet.read.DraftBlock;
import press.duet.read.Resources;
import press.duet.report.Finding;

/** HTML content into blocks: every kind of block and inline a page or an e-book's document holds. */
class HtmlContentTest {
    private final List<Finding> findings = new ArrayList<>();

    private List<DraftBlock> blocks(String body) {
        return blocks(body, Map.of());
    }

    private List<DraftBlock> blocks(String body, Map<String, byte[]> files) {
        Document page = Jsoup.parse("<!DOCTYPE html>\n<html><body>\n" + body + "\n</body></html>", "", HtmlContent.parser());
        return HtmlContent.blocks(page.body(), "page.html", Resources.of(files), findings::add);
    }

    private static List<String> texts(List<DraftBlock> blocks) {
        return blocks.stream().map(b -> b.kind() + ":" + String.join("|", b.lines())).toList();
    }

    private List<String> warnings() {
        return findings.stream().map(Finding::toString).toList();
    }

    @Test
    void partsBrokenLinesAtBlankOnesAndReadsARuleOfDashesAsASectionBreak() {
        List<DraftBlock> blocks = blocks("""
                <p>第一段。<br />
                <br />
                第二段，<br />第二行。<br />
                <br />
                讚一下吧!<br />
                辦公室<br />
                2011/ 8/ 2</p>
                <p>---<br />
                We are moving.</p>""");
        assertEquals(List.of("PARAGRAPH:第一段。", "VERBATIM:第二段，|第二行。", "VERBATIM:讚一下吧!|辦公室|2011/ 8/ 2", "BREAK:",
                "PARAGRAPH:We are moving."), texts(blocks));
        assertEquals(List.of(1, 3, 5, 8, 9), blocks.stream().map(b -> b.line() - 2).toList());
    }

    @Test
    void readsLongSentencesPartedBySingleBreaksAsParagraphsAndShortLinesAsVerse() {
        List<DraftBlock> blocks = blocks("""
                <p>為何會覺得這個議題值得探討？因為在數位化的時代中，當文獻被電子化的時候，資訊就會流失。<br />
                這些資訊其實不只是給人看，還是要給機器解讀的，目前語意網正努力發展出一個新的方式。</p>
                <p>床前明月光，<br />疑是地上霜。</p>
                <p><br />
                而這個問題隨著網路的發達而逐漸受到關注。</p>
                <p>春天来了，花开了，孩子们在公园里放风筝，老人们坐在长椅上晒太阳聊天。<br />
                Spring has come, the flowers are out, and children fly kites in the park.</p>""");
        assertEquals(List.of("PARAGRAPH:為何會覺得這個議題值得探討？因為在數位化的時代中，當文獻被電子化的時候，資訊就會流失。",
                "PARAGRAPH:這些資訊其實不只是給人看，還是要給機器解讀的，目前語意網正努力發展出一個新的方式。",
                "VERBATIM:床前明月光，|疑是地上霜。", "PARAGRAPH:而這個問題隨著網路的發達而逐漸受到關注。",
                "VERBATIM:春天来了，花开了，孩子们在公园里放风筝，老人们坐在长椅上晒太阳聊天。|Spring has come, the flowers are out, and children fly kites in the park."),
                texts(blocks));
    }

    @Test
    void keepsTheSpaceBetweenTwoInlineElements() {
        List<DraftBlock> blocks = blocks("<p>The <a href=\"http://a.example/\">Terms of Service</a> <a href=\"http://b.example/\">(ToS)</a> say so.</p>"
                + "<p><b>春天</b>\n<i>来了</i></p>");
        assertEquals(List.of("PARAGRAPH:The Terms of Service (ToS) say so.", "PARAGRAPH:春天来了"), texts(blocks));
    }

    @Test
    void readsParagraphsHeadingsBreaksAndCodeWithTheirSourceLines() {
        List<DraftBlock> blocks = blocks("""
                <h1>第一课 <br>Lesson One</h1>
                <p>春天来了。
                   花开了。</p>
                <div>Spring has
                  come.</div>
                <hr>
                <pre>
                int a = 1;
                  a++;
                </pre>""");
        assertEquals(List.of("HEADING:第一课 Lesson One", "PARAGRAPH:春天来了。花开了。", "PARAGRAPH:Spring has come.", "BREAK:",
                "VERBATIM:int a = 1;|  a++;"), texts(blocks));
        assertEquals(List.of(3, 4, 6, 8, 9), blocks.stream().map(DraftBlock::line).toList());
        assertEquals(1, blocks.get(0).level());
        assertEquals(Para.Form.CODE, blocks.get(4).rich().form());
    }

    @Test
    void keepsTheLinesOfAParagraphSplitByBreaksAndOfLanguageMarkedSpansSideBySide() {
        List<DraftBlock> blocks = blocks("""
                <p>我们爱和平。<br/>We love peace.</p>
                <p><span class="zh">你好。</span><span class="en">Hello.</span></p>
                <p>He met <span lang="zh">李白</span> in Chang'an.</p>""");
        assertEquals(List.of("VERBATIM:我们爱和平。|We love peace.", "VERBATIM:你好。|Hello.", "PARAGRAPH:He met 李白 in Chang'an."),
                texts(blocks));
        Inline span = blocks.get(2).rich().lines().get(0).get(1);
        assertEquals(new Inline.Span(Lang.ZH_HANS, List.of(new Inline.Text("李白"))), span);
    }

    @Test
    void keepsTheSafeInlinesAndOnlyLinksABookMayHave() {
        List<DraftBlock> blocks = blocks("""
                <p><em>静夜思</em> by <strong>Li Bai</strong>, E=mc<sup>2</sup>, H<sub>2</sub>O, <s>old</s>, <code>x&lt;1</code>,
                <a href="https://example.org/a">site</a>, <a href="/news/2.html">next</a>, <ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>.</p>""");
        List<Inline> line = blocks.get(0).rich().lines().get(0);
        assertEquals("静夜思 by Li Bai, E=mc2, H2O, old, x<1, site, next, 汉.", Inline.text(line));
        assertTrue(line.contains(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("静夜思")))));
        assertTrue(line.contains(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("Li Bai")))));
        assertTrue(line.contains(new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(new Inline.Text("2")))));
        assertTrue(line.contains(new Inline.Styled(Inline.Style.STRIKETHROUGH, List.of(new Inline.Text("old")))));
        assertTrue(line.contains(new Inline.Code("x<1")));
        assertTrue(line.contains(new Inline.Link("https://example.org/a", List.of(new Inline.Text("site")))));
        assertTrue(line.contains(new Inline.Ruby("汉", "hàn")));
        assertFalse(line.stream().anyMatch(i -> i instanceof Inline.Link l && l.target().contains("news")));
        assertEquals(List.of("page.html:4: 1 link(s) to other pages or files kept as their text (a book links only to the web, mail and its own places)"),
                warnings());
    }

    @Test
    void readsQuotationsAndNestedListsWithTheirMarkers() {
        List<DraftBlock> blocks = blocks("""
                <blockquote><p>学而时习之。</p><blockquote>不亦说乎？</blockquote></blockquote>
                <ol start="3"><li>第三<ul><li>甲</li><li><p>乙</p><p>乙续</p></li></ul></li><li>第四</li></ol>
                <ol type="a"><li>one</li><li>two</li></ol>""");
        List<Para.Form> forms = blocks.stream().map(DraftBlock::form).toList();
        assertEquals(List.of("PARAGRAPH:学而时习之。", "PARAGRAPH:不亦说乎？", "PARAGRAPH:第三", "PARAGRAPH:甲", "PARAGRAPH:乙", "PARAGRAPH:乙续",
                "PARAGRAPH:第四", "PARAGRAPH:one", "PARAGRAPH:two"), texts(blocks));
        assertEquals(List.of(Para.Form.quotation(1), Para.Form.quotation(2), Para.Form.listItem("3.", 1), Para.Form.listItem("•", 2),
                Para.Form.listItem("•", 2), Para.Form.PARAGRAPH, Para.Form.listItem("4.", 1), Para.Form.listItem("a.", 1),
                Para.Form.listItem("b.", 1)), forms);
    }

    @Test
    void makesFiguresOfImagesAloneInTheirBlocksFoundWhereASavedPageKeepsThem() {
        byte[] png = TestImages.raster("png", 6, 4);
        byte[] jpeg = TestImages.raster("jpeg", 8, 5);
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestImages.raster("png", 3, 3));
        List<DraftBlock> blocks = blocks("""
                <figure><img src="page_files/wall.png" alt="长城"><figcaption>长城 The Great Wall</figcaption></figure>
                <p><a href="big.jpg"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="lazy.jpg"></a></p>
                <div><img srcset="small.png 100w, big.png 800w" alt="srcset"></div>
                <p><img src="https://cdn.example.org/photos/saved.png?w=300" alt="saved copy"></p>
                <p><img src="https://cdn.example.org/remote.png" alt="远程"></p>
                <p><img src="%s" alt="inline"></p>
                <p><img src="https://track.example.org/pixel.gif" width="1" height="1"><img src="pixel.png"></p>
                <p>文字<img src="page_files/wall.png" alt="小图">文字</p>
                <p><img src="/uploads/saved.png" alt="site copy"></p>
                <p><img src="/etc/secret.png" alt="not this machine's"></p>""".formatted(data),
                Map.of("page_files/wall.png", png, "lazy.jpg", jpeg, "big.png", png, "page_files/saved.png", jpeg,
                        "pixel.png", TestImages.raster("png", 1, 1), "/etc/secret.png", png));
        List<Figure> figures = blocks.stream().filter(b -> b.kind() == DraftBlock.Kind.FIGURE).map(b -> (Figure) b.item()).toList();
        assertEquals(List.of("长城 6x4", " 8x5", "srcset 6x4", "saved copy 8x5", "远程 none", "inline 3x3", "site copy 8x5",
                        "not this machine's none"),
                figures.stream().map(f -> f.alt() + " " + f.picture().map(i -> i.width() + "x" + i.height()).orElse("none")).toList());
        assertEquals("长城", figures.get(0).caption().zh().text());
        assertEquals("The Great Wall", figures.get(0).caption().en().text());
        assertTrue(texts(blocks).contains("PARAGRAPH:文字小图文字"), texts(blocks).toString());
        assertTrue(warnings().contains("page.html:12: the image /etc/secret.png is a path on the page's site, not a file saved"
                + " beside the page; the figure keeps its alternative text and caption"), warnings().toString());
        assertTrue(warnings().contains("page.html:7: the image https://cdn.example.org/remote.png is on the web and is not fetched"
                + " (a build never goes online); the figure keeps its alternative text and caption"), warnings().toString());
        assertTrue(warnings().stream().anyMatch(w -> w.contains("tracking pixel")), warnings().toString());
    }

    @Test
    void aNoteReferenceCarriesItsNoteAndTheNoteIsNoParagraph() {
        List<DraftBlock> blocks = blocks("""
                <p>孔子曰<a href="#fn1" id="ref1"><sup>1</sup></a>：学而时习之<sup><a href="#fn2" id="ref2">[2]</a></sup>。</p>
                <p>See <a epub:type="noteref" href="#n3">3</a> and <a href="#top">the top</a>.</p>
                <aside epub:type="footnote" id="n3"><p>An EPUB note.</p></aside>
                <hr>
                <section class="footnotes"><h2>注释</h2><ol>
                <li id="fn1"><p>孔子，名丘。 <a href="#ref1">↩</a></p></li>
                <li id="fn2">《论语·学而》。<a href="#ref2">↩</a></li>
                </ol></section>
                <p id="top">最后一段。</p>""");
        assertEquals(List.of("PARAGRAPH:孔子曰：学而时习之。", "PARAGRAPH:See  and the top.", "BREAK:", "PARAGRAPH:最后一段。"), texts(blocks));
        List<Note> notes = new ArrayList<>();
        blocks.forEach(b -> {
            if (b.rich() != null) {
                b.rich().lines().forEach(l -> l.forEach(i -> {
                    if (i instanceof Inline.NoteRef ref) {
                        notes.add(ref.note());
                    }
                }));
            }
        });
        assertEquals(List.of("1:孔子，名丘。", "2:《论语·学而》。", "3:An EPUB note."), notes.stream().map(n -> n.label() + ":" + n.text()).toList());
        assertTrue(blocks.get(1).rich().lines().get(0).contains(new Inline.Link("#top", List.of(new Inline.Text("the top")))));
    }

    @Test
    void readsATwoLanguageTableAsPairsAndAnyOtherAsATable() {
        List<DraftBlock> blocks = blocks("""
                <table><thead><tr><th>中文</th><th>English</th></tr></thead>
                <tbody><tr><td>你好。</td><td>Hello.</td></tr><tr><td>谢谢<br>你。</td><td>Thank you.</td></tr></tbody></table>
                <table><tr><th>年</th><th>人口</th><th>Population</th></tr><tr><td>2020</td><td>十四亿</td><td>1.4 billion</td></tr></table>
                <table><tr><td><p>布局中的段落。</p></td></tr></table>""");
        assertEquals(List.of("ROW:中文|English", "ROW:你好。|Hello.", "ROW:谢谢你。|Thank you.", "TABLE:年 | 人口 | Population|2020 | 十四亿 | 1.4 billion",
                "PARAGRAPH:布局中的段落。"), texts(blocks));
        Table table = (Table) blocks.get(3).item();
        assertEquals(1, table.headerRows());
    }

    @Test
    void leavesOutScriptsStylesFormsFramesAndHiddenElementsAndSaysSoOncePerKind() {
        List<DraftBlock> blocks = blocks("""
                <script>var a = "不是文字";</script><style>p{}</style>
                <p>正文。<script>track()</script></p>
                <form><input value="搜索"><button>提交</button></form>
                <iframe src="https://ads.example.org"></iframe><object data="x.swf">旧</object><embed src="y">
                <div style="display: none">隐藏的字</div><p hidden>也隐藏</p>
                <script>more()</script>""");
        assertEquals(List.of("PARAGRAPH:正文。"), texts(blocks));
        assertEquals(List.of("page.html:3: 3 <script> left out: a reader shows no text of it",
                "page.html:3: 1 <style> left out: a reader shows no text of it",
                "page.html:5: 1 <form> left out: a reader shows no text of it",
                "page.html:6: 1 <iframe> left out: a reader shows no text of it",
                "page.html:6: 1 <object> left out: a reader shows no text of it",
                "page.html:6: 1 <embed> left out: a reader shows no text of it",
                "page.html:7: 2 hidden element(s) left out: a reader shows no text of it"), warnings());
    }

    @Test
    void aShortParagraphAllInBoldIsAHeadingAndABoldSentenceIsNot() {
        List<DraftBlock> blocks = blocks("<p>First paragraph, in prose.</p>\n<p><strong>02</strong><strong>糟糕，被发现了</strong></p>\n"
                + "<p><b>Note:</b> the rest of a sentence.</p>\n<p><strong>This bold line ends in a stop.</strong></p>\n"
                + "<blockquote><p><strong>Quoted bold</strong></p></blockquote>");
        assertEquals(List.of("PARAGRAPH:First paragraph, in prose.", "HEADING:02糟糕，被发现了", "PARAGRAPH:Note: the rest of a sentence.",
                "PARAGRAPH:This bold line ends in a stop.", "PARAGRAPH:Quoted bold"), texts(blocks));
        assertEquals(BoldHeading.LEVEL, blocks.get(1).level());
        assertEquals(List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("02"))),
                new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("糟糕，被发现了")))), blocks.get(1).rich().lines().get(0));
    }

    @Test
    void readsDeeplyNestedMarkupWithoutRunningOutOfStack() {
        String deep = "<div>".repeat(5000) + "深处的段落。" + "<span>".repeat(5000) + "更深" + "</span>".repeat(5000) + "</div>".repeat(5000);
        List<DraftBlock> blocks = blocks(deep);
        assertEquals(1, blocks.size());
        assertEquals("深处的段落。更深", blocks.get(0).lines().get(0));
        assertNull(blocks.get(0).item());
        assertNull(blocks.get(0).rich(), "a paragraph of plain characters carries no markup (DraftBlock.Rich.orNone)");
    }

    @Test
    void givesMarkupOnlyToBlocksThatHaveSome() {
        List<DraftBlock> blocks = blocks("<p>学而时习之。</p><p>不亦<em>说</em>乎？</p><blockquote><p>有朋自远方来。</p></blockquote>");
        assertNull(blocks.get(0).rich());
        assertEquals(List.of(new Inline.Text("不亦"), new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("说"))),
                new Inline.Text("乎？")), blocks.get(1).rich().lines().get(0));
        assertEquals(Para.Form.quotation(1), blocks.get(2).rich().form());
    }
    @Test
    void readsParagraphsInsideAnInlineElementTheBrowserLeftAroundThemAsParagraphs() {
        List<DraftBlock> blocks = blocks("<p><i>亲爱的露西：</p><p>第一段。</p><p>第二段。</p></i><p>第三段。</p>");
        assertEquals(List.of("PARAGRAPH:亲爱的露西：", "PARAGRAPH:第一段。", "PARAGRAPH:第二段。", "PARAGRAPH:第三段。"), texts(blocks));
    }

    @Test
    void cutsAHeadingWhoseMarkupPartsItsEnglishAndChineseTitles() {
        List<DraftBlock> blocks = blocks("<h2><em>Voyagers</em>《太空异旅》</h2><h2><a href=\"#p\">Python</a>入门</h2>"
                + "<p>正文。</p><p><strong><em>Thunder Force</em>《雷霆女神》</strong></p>");
        assertEquals(List.of("HEADING:Voyagers", "HEADING:《太空异旅》", "HEADING:Python入门", "PARAGRAPH:正文。",
                "HEADING:Thunder Force", "HEADING:《雷霆女神》"), texts(blocks));
    }
}
