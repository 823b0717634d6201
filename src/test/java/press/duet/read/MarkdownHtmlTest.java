package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.report.Finding;

/** HTML inside Markdown: the safe inline set kept, everything else read for its text with a warning. */
class MarkdownHtmlTest {
    private final List<Finding> findings = new ArrayList<>();

    private List<DraftBlock> read(String markdown) {
        return Readers.read(Source.of("page.md", markdown), null, Format.MARKDOWN, findings::add).blocks();
    }

    private List<String> warnings() {
        return findings.stream().map(Finding::toString).toList();
    }

    @Test
    void closesATagLeftOpenWhereItsParagraphEndsAndIgnoresAStrayEndTag() {
        DraftBlock block = read("前<em>强调到段尾\n\n后</b>文。\n").get(0);
        assertEquals(List.of(new Inline.Text("前"), new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("强调到段尾")))),
                block.rich().lines().get(0));
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void tellsTheTraditionalVarietyOfASpanFromItsLanguageTag() {
        DraftBlock block = read("He said <span lang=\"zh-TW\">你好</span> and <span lang='zh-Hans'>再见</span>.\n").get(0);
        List<Inline> line = block.rich().lines().get(0);
        assertEquals(new Inline.Span(Lang.ZH_HANT, List.of(new Inline.Text("你好"))), line.get(1));
        assertEquals(new Inline.Span(Lang.ZH_HANS, List.of(new Inline.Text("再见"))), line.get(3));
    }

    @Test
    void dropsASpanInALanguageDuetDoesNotSetAndAReadingOutsideARuby() {
        DraftBlock block = read("<span lang=\"fr\">bonjour</span> <rt>zì</rt>\n").get(0);
        assertEquals(List.of("bonjour zì"), block.lines());
        assertEquals(List.of("page.md:1: an HTML span in lang=\"fr\" is dropped (Duet sets zh and en); its text is kept",
                "page.md:1: the HTML tag <rt> outside a <ruby> is dropped; its text is kept"), warnings());
    }

    @Test
    void leavesOutAnHtmlCommentWithoutAWord() {
        DraftBlock block = read("正文<!-- 编辑的话 -->。\n").get(0);
        assertEquals(List.of("正文。"), block.lines());
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void makesTheHeadingsOfAnHtmlBlockHeadingsAndKeepsItsSafeInlines() {
        List<DraftBlock> blocks = read("<h2>第一章</h2>\n<p>汉<ruby>字<rt>zì</rt></ruby>，<span lang=\"en\">Li</span>。</p>\n");
        assertEquals(DraftBlock.Kind.HEADING, blocks.get(0).kind());
        assertEquals(2, blocks.get(0).level());
        assertEquals(List.of(new Inline.Text("汉"), new Inline.Ruby("字", "zì"), new Inline.Text("，"),
                new Inline.Span(Lang.EN, List.of(new Inline.Text("Li"))), new Inline.Text("。")), blocks.get(1).rich().lines().get(0));
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void keepsTheLinesOfAnHtmlParagraphWithBreaksAsVerse() {
        DraftBlock block = read("<p>床前明月光，<br>疑是地上霜。</p>\n").get(0);
        assertEquals(DraftBlock.Kind.VERBATIM, block.kind());
        assertEquals(Para.Form.VERSE, block.rich().form());
        assertEquals(List.of("床前明月光，", "疑是地上霜。"), block.lines());
    }

    @Test
    void givesAnHtmlBlockInAQuotationTheQuotationForm() {
        DraftBlock block = read("> <div>引用里的段落。</div>\n").get(0);
        assertEquals(Para.Form.quotation(1), block.rich().form());
    }
}
