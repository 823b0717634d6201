package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import press.duet.report.Finding;

/**
 * Paragraphs read without the parser ({@link PlainParagraphs}) give exactly the blocks and warnings that
 * commonmark-java gives when it reads them: on thousands of random files made of lines that touch every
 * CommonMark rule near a plain paragraph (containers, fences, HTML blocks, setext underlines, lazy
 * continuations, hard breaks, white space of several kinds), and on every real text and Markdown file of
 * the repository read as Markdown.
 */
class PlainParagraphsTest {
    /** Lines that are plain by {@link PlainParagraphs#isPlainLine}, the stand-in among them. */
    private static final List<String> PLAIN = List.of(
            "春眠不觉晓，处处闻啼鸟。", "他说：“你好！”然后走了。", "x", "The night is long.",
            "He said: \"yes\" (twice) - 50% off! Is it?", "a/b @ c $ d = e + f; g's", "In 1984, he was 12.",
            "Title", "non\u00a0breaking", "www.example.org and http://example.org/a", "mail@example.org", "Bang! Not an image.");
    /** Lines that touch a CommonMark rule next to a plain paragraph. */
    private static final List<String> OTHER = List.of(
            "1984 was a year.", "1. 第一项", "2) second", "- 项目", "* item", "+ item", "-", "  continued",
            "   three spaces", "    indented code", "\tTabbed", "> 引用。", ">", "# 标题", "## Chapter 2",
            "===", "---", "***", "___", "```", "~~~", "```text", "<div>", "</div>", "<div>第二段。</div>", "<pre>",
            "</pre>", "<!-- a comment", "-->", "他<em>强调</em>。", "| 中文 | English |", "|---|---|", "a | b",
            "*强调*的话。", "**strong** words", "`code`", "[link](http://example.org)", "![图](a.png)", "注。[^1]",
            "[^1]: 注的内容。", "[^2]: A note.", "[ref]: http://example.org", "see [ref]", "&amp; more", "a \\* b",
            "~~del~~ ok", "trailing two  ", "trailing one ", " leading space", "\u3000全角空格开头。", "结尾全角\u3000",
            "a  b double", "tab\tinside", "Line ending in backslash\\", "<https://example.org>", "[^1]", "!", " ", "\t");

    private final List<Finding> findings = new ArrayList<>();

    @Test
    void readsRandomFilesAsTheParserReadsThem() {
        Random random = new Random(20261202L);
        int shortcuts = 0;
        int asWritten = 0;
        for (int file = 0; file < 2000; file++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(30);
            for (int i = 0; i < lines; i++) {
                int kind = random.nextInt(10);
                List<String> from = kind < 4 ? PLAIN : OTHER;
                text.append(kind < 7 && kind >= 4 ? "" : from.get(random.nextInt(from.size()))).append('\n');
            }
            assertSameBlocks("random-" + file + ".md", text.toString());
            List<String> split = List.of(text.toString().split("\n", -1));
            PlainParagraphs plain = PlainParagraphs.in(split);
            Map<Node, List<PlainParagraphs.Run>> found = plain.found(parse(plain.standIns()));
            if (found == null) {
                asWritten++;
            } else if (!found.isEmpty()) {
                shortcuts++;
            }
        }
        // Most files have plain paragraphs read without the parser, and some a stand-in read otherwise.
        assertTrue(shortcuts > 1000 && asWritten > 50, shortcuts + " files read with stand-ins, " + asWritten + " as written");
    }

    @Test
    void readsEveryRealTextAndMarkdownFileAsTheParserReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("docs"))),
                Stream.of(Path.of("README.md"), Path.of("examples/duet-guide.md")))) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(md|txt|tab|tsv|csv|srt)$")).sorted().toList();
        }
        assertTrue(files.size() > 40, "real files found: " + files.size());
        for (Path file : files) {
            assertSameBlocks(Source.of(file.toString(), Files.readAllBytes(file)), file.toString());
        }
    }

    @Test
    void findsPlainParagraphsAndOnlyThose() {
        List<String> lines = List.of("春眠不觉晓。", "处处闻啼鸟。", "", "*强调*。", "", "The night is long.", "",
                "- 项目", "", "夜来风雨声。");
        PlainParagraphs plain = PlainParagraphs.in(lines);
        Map<Node, List<PlainParagraphs.Run>> found = plain.found(parse(plain.standIns()));
        assertNotNull(found);
        assertEquals(List.of(List.of("春眠不觉晓。", "处处闻啼鸟。"), List.of("The night is long."), List.of("夜来风雨声。")),
                found.values().stream().flatMap(List::stream).sorted((a, b) -> a.start() - b.start())
                        .map(PlainParagraphs.Run::lines).toList());
        // Inside an open fence a stand-in is code: the part is read as written.
        List<String> fenced = List.of("```", "", "春眠不觉晓。", "");
        PlainParagraphs inFence = PlainParagraphs.in(fenced);
        assertNull(inFence.found(parse(inFence.standIns())));
    }

    @Test
    void plainParagraphsAcrossBlankLinesShareOneStandIn() {
        List<String> lines = List.of("春眠不觉晓。", "", "", "The night is long.", "It rains.", "", "*强调*。", "", "夜来风雨声。", "");
        PlainParagraphs plain = PlainParagraphs.in(lines);
        // The parser reads the first of each run of plain paragraphs, the others as blank lines.
        assertEquals(List.of("x", "", "", "", "", "", "*强调*。", "", "x", ""), plain.standIns());
        Map<Node, List<PlainParagraphs.Run>> found = plain.found(parse(plain.standIns()));
        assertNotNull(found);
        List<List<PlainParagraphs.Run>> shared = found.values().stream()
                .sorted((a, b) -> a.get(0).start() - b.get(0).start()).toList();
        assertEquals(List.of(List.of(new PlainParagraphs.Run(0, List.of("春眠不觉晓。")),
                        new PlainParagraphs.Run(3, List.of("The night is long.", "It rains."))),
                List.of(new PlainParagraphs.Run(8, List.of("夜来风雨声。")))), shared);
        // Each is its own paragraph at its own line, as the parser reads the lines as written.
        String text = String.join("\n", lines);
        assertSameBlocks("shared.md", text);
        List<DraftBlock> blocks = MarkdownReader.read(Source.of("shared.md", text), null, findings::add, true).blocks();
        assertEquals(List.of(1, 4, 7, 9), blocks.stream().map(DraftBlock::line).toList());
    }

    @Test
    void tellsPlainLinesFromLinesWithMarkup() {
        for (String line : List.of("春眠不觉晓，处处闻啼鸟。", "The night is long.", "He said: \"yes\" (twice) - 50% off!", "x")) {
            assertTrue(PlainParagraphs.isPlainLine(line), line);
        }
        for (String line : List.of("", "1984 was a year.", "- 项目", " leading", "trailing ", "结尾\u3000", "\u3000开头",
                "*强调*", "a_b", "a`b", "a[b", "a]b", "a<b", "a>b", "a&b", "a\\b", "a~b", "a|b", "a#b", "a\tb", "a  b", "a\u0000b")) {
            assertFalse(PlainParagraphs.isPlainLine(line), line);
        }
    }

    private void assertSameBlocks(String name, String text) {
        assertSameBlocks(Source.of(name, text), text);
    }

    private void assertSameBlocks(Source source, String shown) {
        String name = source.name();
        findings.clear();
        List<DraftBlock> parsed = MarkdownReader.read(source, null, findings::add, false).blocks();
        List<String> parsedFindings = findings.stream().map(Finding::toString).toList();
        findings.clear();
        List<DraftBlock> shortcut = MarkdownReader.read(source, null, findings::add, true).blocks();
        assertEquals(parsed, shortcut, name + ":\n" + shown);
        assertEquals(parsedFindings, findings.stream().map(Finding::toString).toList(), name);
    }

    private static Node parse(List<String> lines) {
        return MarkdownReader.parse(lines);
    }
}
