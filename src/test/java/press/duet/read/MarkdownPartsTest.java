package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.report.Finding;

/**
 * A Markdown file read a part at a time gives the blocks and the warnings of the file read whole:
 * the parts are cut only where nothing reaches across, and a fence left open is read with the next.
 */
class MarkdownPartsTest {
    /** Chapters with notes of their own, a note defined far from its reference, a fence holding a heading line, and more. */
    private static final String BOOK = String.join("\n",
            "# 书名", // 1
            "", // 2
            "## 第一章", // 3
            "", // 4
            "他读了*静夜思*。[^a]", // 5
            "", // 6
            "He read *Quiet Night*.[^b]", // 7
            "", // 8
            "[^a]: 李白的诗。", // 9
            "[^b]: A poem by Li Bai.", // 10
            "", // 11
            "## 第二章", // 12
            "", // 13
            "```text", // 14
            "代码", // 15
            "", // 16
            "## 不是标题", // 17
            "```", // 18
            "", // 19
            "- 第一项", // 20
            "- 第二项", // 21
            "", // 22
            "> 引用。", // 23
            "", // 24
            "见书末注。[^end]", // 25
            "", // 26
            "## 第三章", // 27
            "", // 28
            "<div>第二段。</div>", // 29
            "", // 30
            "| 中文 | English |", // 31
            "|---|---|", // 32
            "| 一 | one |", // 33
            "", // 34
            "点[这里](javascript:alert(1))。", // 35
            "", // 36
            "## 第四章", // 37
            "", // 38
            "[^end]: 书末的注。", // 39
            "", // 40
            "## 第五章", // 41
            "", // 42
            "点[那里](javascript:alert(2))。[^lost]", // 43
            "");

    private final List<Finding> findings = new ArrayList<>();

    private List<DraftBlock> read(String markdown) {
        return Readers.read(Source.of("book.md", markdown), null, Format.MARKDOWN, findings::add).blocks();
    }

    @Test
    void cutsAtHeadingsAfterBlankLinesButNotInsideANoteFromItsReferenceToItsDefinition() {
        List<String> lines = List.of(BOOK.split("\n", -1));
        // 第二章 and the fence's heading line are cuts (the fence is mended when read); 第三章 and 第四章
        // lie between [^end] and its definition.
        assertEquals(List.of(0, 2, 11, 16, 40), MarkdownParts.starts(lines));
    }

    @Test
    void readsInPartsWhatItReadsWhole() {
        List<DraftBlock> inParts = read(BOOK);
        List<String> warningsInParts = findings.stream().map(Finding::toString).toList();
        findings.clear();
        // A link reference definition holds for the whole file, so a file that has one is read whole.
        List<DraftBlock> whole = read(BOOK + "\n[whole]: https://example.org/\n");
        assertEquals(whole, inParts);
        assertEquals(findings.stream().map(Finding::toString).toList(), warningsInParts);
        assertTrue(warningsInParts.contains("book.md:43: the link to \"javascript:alert(2)\" is not kept"
                + " (only http, https, mailto and # links are); its text is"), warningsInParts.toString());
        assertTrue(inParts.stream().anyMatch(b -> b.lines().contains("## 不是标题")), "the fence's heading line is code");
        assertTrue(inParts.stream().noneMatch(b -> b.lines().stream().anyMatch(l -> l.startsWith("[^end]"))),
                "the note defined two chapters on is a note: " + inParts);
    }

    @Test
    void readsWholeAFileWithABlockThatEndsOnlyAtItsClosingTagOrALinkDefinition() {
        for (String reaching : List.of("<!-- a comment", "<pre>", "<script src=a.js>", "[site]: https://example.org",
                "  [site]:\n  https://example.org", "a label that does not close [^here")) {
            List<String> lines = List.of(("# 一\n\n" + reaching + "\n\n## 二\n\n文字。\n").split("\n", -1));
            assertEquals(List.of(0), MarkdownParts.starts(lines), reaching);
        }
        // Inline HTML and two notes, each on one line, reach across nothing.
        assertEquals(List.of(0, 4), MarkdownParts.starts(List.of("# 一", "", "文字 <em>a</em>。[^1]", "", "## 二", "[^2]: 注。")));
    }

    @Test
    void findsEveryLabelOfALineAndReadsWholeAFileWithAnEscapedOne() {
        // Two references on one line, the second's definition after the next heading: no cut there.
        List<String> lines = List.of("# 一", "", "甲[^a]乙[^b]，[链接](https://example.org)。", "", "## 二", "", "[^a]: 注。",
                "", "## 三", "", "[^B]: 注。", "", "## 四", "");
        assertEquals(List.of(0, 12), MarkdownParts.starts(lines));
        assertEquals(List.of(0), MarkdownParts.starts(List.of("# 一", "", "文字[^a\\b]。", "", "## 二", "")));
    }

    @Test
    void doesNotCutWhereTheLineBeforeIsNotBlankAsCommonMarkSeesIt() {
        // An ideographic space is no blank line to CommonMark; a heading after text in an HTML block is its text.
        assertEquals(List.of(0), MarkdownParts.starts(List.of("<div>", "\u3000", "## 二")));
        assertEquals(List.of(0), MarkdownParts.starts(List.of("<div>", "## 二")));
    }
}
