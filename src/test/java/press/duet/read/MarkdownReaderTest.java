package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.duet.model.Inline;
import press.duet.model.Inline.Style;
import press.duet.model.Lang;
import press.duet.model.Note;
import press.duet.model.Para;
import press.duet.model.SourceLine;
import press.duet.report.Finding;

/** The Markdown reader's blocks, forms, inlines and notes, one behaviour per test. */
class MarkdownReaderTest {
    private final List<Finding> findings = new ArrayList<>();

    private List<DraftBlock> read(String markdown) {
        return read(markdown, Map.of());
    }

    private List<DraftBlock> read(String markdown, Map<String, byte[]> files) {
        return Readers.read(Source.of("lesson.md", markdown, files), null, Format.MARKDOWN, findings::add).blocks();
    }

    private List<String> warnings() {
        return findings.stream().map(Finding::toString).toList();
    }

    private static Inline text(String value) {
        return new Inline.Text(value);
    }

    private static Inline styled(Style style, Inline... content) {
        return new Inline.Styled(style, List.of(content));
    }

    private static DraftBlock.Rich rich(Para.Form form, List<Inline>... lines) {
        return new DraftBlock.Rich(List.of(lines), form);
    }

    @Test
    void keepsEmphasisStrongCodeAndStrikethroughAsInlinesWhoseTextIsTheLine() {
        List<DraftBlock> blocks = read("他读了*静夜思*和**李白**的`code`，~~旧~~新。\n");
        DraftBlock block = blocks.get(0);
        assertEquals(List.of("他读了静夜思和李白的code，旧新。"), block.lines());
        assertEquals(rich(Para.Form.PARAGRAPH, List.of(text("他读了"), styled(Style.EMPHASIS, text("静夜思")), text("和"),
                styled(Style.STRONG, text("李白")), text("的"), new Inline.Code("code"), text("，"),
                styled(Style.STRIKETHROUGH, text("旧")), text("新。"))), block.rich());
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void splitsMarkupThatSpansASoftBreakIntoOnePartPerLine() {
        DraftBlock block = read("*first line\nsecond* end\n").get(0);
        assertEquals(DraftBlock.Kind.PARAGRAPH, block.kind());
        assertEquals(List.of("first line", "second end"), block.lines());
        assertEquals(rich(Para.Form.PARAGRAPH, List.of(styled(Style.EMPHASIS, text("first line"))),
                List.of(styled(Style.EMPHASIS, text("second")), text(" end"))), block.rich());
    }

    @Test
    void keepsWebMailAndInBookLinksWithTheirTargets() {
        DraftBlock block = read("See [the site](https://example.org/a?b=1), [mail](mailto:li@example.org),"
                + " [above](#top) and <https://duet.press>.\n").get(0);
        List<Inline> line = block.rich().lines().get(0);
        assertEquals(new Inline.Link("https://example.org/a?b=1", List.of(text("the site"))), line.get(1));
        assertEquals(new Inline.Link("mailto:li@example.org", List.of(text("mail"))), line.get(3));
        assertEquals(new Inline.Link("#top", List.of(text("above"))), line.get(5));
        assertEquals(new Inline.Link("https://duet.press", List.of(text("https://duet.press"))), line.get(7));
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void dropsAJavascriptOrFileLinkKeepingItsTextWithAWarningNamingTheLine() {
        DraftBlock block = read("标题\n\n点[这里](javascript:alert(1))或[那里](file:///etc/passwd)。\n").get(1);
        assertEquals(List.of(List.of(text("点这里或那里。"))), block.richLines());
        assertNull(block.rich(), "a paragraph left with no markup is plain text");
        assertEquals(List.of(
                "lesson.md:3: the link to \"javascript:alert(1)\" is not kept (only http, https, mailto and # links are); its text is",
                "lesson.md:3: the link to \"file:///etc/passwd\" is not kept (only http, https, mailto and # links are); its text is"),
                warnings());
    }

    @Test
    void resolvesAFootnoteIntoTheNoteItsReferenceCarriesAndNeverPairsTheDefinition() {
        List<DraftBlock> blocks = read("这是正文[^1]。\n\nThis is the text.[^note]\n\n[^1]: 这是*注释*。\n\n[^note]: A note\n    on two lines.\n");
        assertEquals(2, blocks.size());
        Note chinese = new Note("1", List.of(new Para(Para.Form.PARAGRAPH,
                List.of(text("这是"), styled(Style.EMPHASIS, text("注释")), text("。")), new SourceLine("lesson.md", 5))));
        assertEquals(List.of(text("这是正文"), new Inline.NoteRef(chinese), text("。")), blocks.get(0).rich().lines().get(0));
        assertEquals("这是正文。", blocks.get(0).lines().get(0));
        Inline.NoteRef english = (Inline.NoteRef) blocks.get(1).rich().lines().get(0).get(1);
        assertEquals("A note on two lines.", english.note().text());
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void warnsOfAReferenceWithoutItsNoteAndANoteWithoutAReferenceKeepingBothAsWritten() {
        List<DraftBlock> blocks = read("正文[^missing]。\n\n[^lonely]: 没人引用。\n");
        assertEquals(List.of("正文[^missing]。"), blocks.get(0).lines());
        assertEquals(List.of("[^lonely]: 没人引用。"), blocks.get(1).lines());
        assertEquals(List.of(
                "lesson.md:1: the note [^missing] is referred to but never defined; the reference stays as written",
                "lesson.md:3: the note [^lonely] is defined but never referred to; it stays in the text as written"),
                warnings());
    }

    @Test
    void readsANoteThatRefersBackToItselfOnce() {
        List<DraftBlock> blocks = read("正文[^a]。\n\n[^a]: 见[^b]。\n\n[^b]: 又见[^a]。\n");
        Note a = ((Inline.NoteRef) blocks.get(0).rich().lines().get(0).get(1)).note();
        Note b = ((Inline.NoteRef) a.content().get(0).content().get(1)).note();
        assertEquals("又见[^a]。", b.text());
        assertEquals(1, blocks.size());
    }

    @Test
    void givesListItemsTheirMarkersAndDepthsWithoutPuttingTheMarkerIntoTheText() {
        List<DraftBlock> blocks = read("3. 第三\n4. 第四\n   - 里面\n     1) 更深\n\n- Bullet\n");
        assertEquals(List.of("第三", "第四", "里面", "更深", "Bullet"), blocks.stream().map(b -> b.lines().get(0)).toList());
        assertEquals(List.of(Para.Form.listItem("3.", 1), Para.Form.listItem("4.", 1), Para.Form.listItem("•", 2),
                        Para.Form.listItem("1)", 3), Para.Form.listItem("•", 1)),
                blocks.stream().map(DraftBlock::form).toList());
    }

    @Test
    void givesTheSecondParagraphOfAListItemTheParagraphForm() {
        List<DraftBlock> blocks = read("- 第一段\n\n  第二段\n- 下一项\n");
        assertEquals(List.of(Para.Form.listItem("•", 1), Para.Form.PARAGRAPH, Para.Form.listItem("•", 1)),
                blocks.stream().map(DraftBlock::form).toList());
    }

    @Test
    void givesQuotationsTheirDepth() {
        List<DraftBlock> blocks = read("> 引用。\n>\n> > 引用里的引用。\n");
        assertEquals(Para.Form.quotation(1), blocks.get(0).rich().form());
        assertEquals(Para.Form.quotation(2), blocks.get(1).rich().form());
        assertEquals(List.of("引用里的引用。"), blocks.get(1).lines());
    }

    @Test
    void keepsTheLinesOfAParagraphWithHardBreaksAsVerse() {
        DraftBlock block = read("床前明月光，\\\n疑是地上霜。<br>\n举头望明月，\n").get(0);
        assertEquals(DraftBlock.Kind.VERBATIM, block.kind());
        assertEquals(Para.Form.VERSE, block.rich().form());
        assertEquals(List.of("床前明月光，", "疑是地上霜。", "举头望明月，"), block.lines());
    }

    @Test
    void readsCodeBlocksInTheCodeForm() {
        DraftBlock block = read("```\nprint(1)\nprint(2)\n```\n").get(0);
        assertEquals(DraftBlock.Kind.VERBATIM, block.kind());
        assertEquals(Para.Form.CODE, block.rich().form());
        assertEquals(List.of("print(1)", "print(2)"), block.lines());
    }

    @Test
    void makesAThematicBreakASectionBreakBlock() {
        List<DraftBlock> blocks = read("前。\n\n---\n\n后。\n");
        assertEquals(List.of(DraftBlock.Kind.PARAGRAPH, DraftBlock.Kind.BREAK, DraftBlock.Kind.PARAGRAPH),
                blocks.stream().map(DraftBlock::kind).toList());
        assertEquals(3, blocks.get(1).line());
    }

    @Test
    void keepsHeadingsWithTheirInlines() {
        DraftBlock heading = read("## 第一章 *春*\n").get(0);
        assertEquals(DraftBlock.Kind.HEADING, heading.kind());
        assertEquals(2, heading.level());
        assertEquals(List.of("第一章 春"), heading.lines());
        assertEquals(rich(Para.Form.PARAGRAPH, List.of(text("第一章 "), styled(Style.EMPHASIS, text("春")))), heading.rich());
    }

    @Test
    void makesTheSafeInlineHtmlTagsInlines() {
        DraftBlock block = read("<ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp>字<rt>zì</rt></ruby>是<span lang=\"en\">Li Ming</span>"
                + "的<b>粗</b><i>斜</i>H<sub>2</sub>O x<sup>2</sup>\n").get(0);
        assertEquals(List.of("汉字是Li Ming的粗斜H2O x2"), block.lines());
        assertEquals(List.of(new Inline.Ruby("汉", "hàn"), new Inline.Ruby("字", "zì"), text("是"),
                new Inline.Span(Lang.EN, List.of(text("Li Ming"))), text("的"), styled(Style.STRONG, text("粗")),
                styled(Style.EMPHASIS, text("斜")), text("H"), styled(Style.SUBSCRIPT, text("2")), text("O x"),
                styled(Style.SUPERSCRIPT, text("2"))), block.rich().lines().get(0));
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void dropsAnyOtherInlineTagKeepingItsTextWithAWarningNamingTheLine() {
        DraftBlock block = read("第一行\n有<font color=\"red\">红字</font>和<script>x</script>。\n").get(0);
        assertEquals(List.of("第一行", "有红字和x。"), block.lines());
        assertEquals(List.of(
                "lesson.md:2: the HTML tag <font> is dropped; its text is kept (Duet keeps " + InlineHtml.KEPT + ")",
                "lesson.md:2: the HTML tag <script> is dropped; its text is kept (Duet keeps " + InlineHtml.KEPT + ")"),
                warnings());
    }

    @Test
    void readsHtmlBlocksForTheirTextAndNeverLosesAParagraph() {
        List<DraftBlock> blocks = read("第一段。\n\n<div>第二段。</div>\n\n<p>第三段，<em>强调</em>。</p><p>第四段。</p>\n");
        assertEquals(List.of("第一段。", "第二段。", "第三段，强调。", "第四段。"), blocks.stream().map(b -> b.lines().get(0)).toList());
        assertEquals(styled(Style.EMPHASIS, text("强调")), blocks.get(2).rich().lines().get(0).get(1));
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void namesTheTagsAnHtmlBlockLosesAndLeavesOutItsScripts() {
        List<DraftBlock> blocks = read("前。\n\n<table><tr><td>格</td></tr></table>\n\n<script>alert(1)</script>\n");
        assertEquals(List.of("前。", "格"), blocks.stream().map(b -> b.lines().get(0)).toList());
        assertEquals(List.of(
                "lesson.md:3: the HTML block's <table>, <tbody>, <tr>, <td> are dropped; their text is kept (Duet keeps " + InlineHtml.KEPT + ")",
                "lesson.md:5: the HTML block's <script> is left out: a reader shows no text of it"), warnings());
    }

    @Test
    void readsATwoColumnTableOfOneLanguageEachAsRows() {
        List<DraftBlock> blocks = read("| 中文 | English |\n|---|---|\n| 你好 | *Hello* |\n| 再见 | Goodbye |\n");
        assertEquals(List.of(DraftBlock.Kind.ROW, DraftBlock.Kind.ROW, DraftBlock.Kind.ROW), blocks.stream().map(DraftBlock::kind).toList());
        assertEquals(List.of("你好", "Hello"), blocks.get(1).lines());
        assertEquals(3, blocks.get(1).line());
        assertEquals(List.of(List.of(text("你好")), List.of(styled(Style.EMPHASIS, text("Hello")))), blocks.get(1).rich().lines());
    }

    @Test
    void keepsAnyOtherTableAsATable() {
        List<DraftBlock> blocks = read("| 年 | 人口 | Note |\n|---|---|---|\n| 2020 | 14亿 | census |\n");
        DraftBlock block = blocks.get(0);
        assertEquals(DraftBlock.Kind.TABLE, block.kind());
        press.duet.model.Table table = (press.duet.model.Table) block.item();
        assertEquals(1, table.headerRows());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("2020", "14亿", "census"), table.rows().get(1).cells().stream().map(Para::text).toList());
    }

    @Test
    void keepsATwoColumnTableWhoseColumnsMixLanguagesAsATable() {
        List<DraftBlock> blocks = read("| a | b |\n|---|---|\n| 你好 | Hello |\n| Goodbye | 再见 |\n");
        assertEquals(DraftBlock.Kind.TABLE, blocks.get(0).kind());
    }

    @Test
    void warnsOfAnImageInsideAParagraphAndKeepsItsAltText() {
        DraftBlock block = read("看![长城](wall.png)这张。\n").get(0);
        assertEquals(List.of("看长城这张。"), block.lines());
        assertEquals(List.of("lesson.md:1: an image inside a paragraph is kept as its alternative text"
                + " (a figure is an image alone in its paragraph)"), warnings());
    }
}
