package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.report.DuetException;
import press.duet.testing.TestTexts;

class FormatReadersTest {
    @TempDir
    Path folder;

    private Draft read(String name, String text) throws Exception {
        return Readers.read(TestTexts.write(folder, name, text), null, null);
    }

    /** The block without its markup: what a plain-text reader would give. */
    private static DraftBlock plain(DraftBlock block) {
        return new DraftBlock(block.line(), block.lines(), block.kind(), block.level());
    }

    @Test
    void readsMarkdownHeadingsParagraphsListsQuotesAndCodeWithTheirLines() throws Exception {
        Draft draft = read("notes.md", """
                # 标题

                第一段，**加粗**的字
                接着写。

                - 第一项
                - 第二项

                > 引用的话。

                ```
                第一行
                第二行
                ```
                """);
        assertEquals("markdown", draft.format());
        List<DraftBlock> blocks = draft.blocks();
        assertEquals(plain(DraftBlock.heading(1, 1, "标题")), plain(blocks.get(0)));
        assertEquals(new DraftBlock(3, List.of("第一段，加粗的字", "接着写。"), DraftBlock.Kind.PARAGRAPH, 0), plain(blocks.get(1)));
        assertEquals(List.of("第一项"), blocks.get(2).lines());
        assertEquals("•", blocks.get(2).rich().form().marker());
        assertEquals(List.of("第二项"), blocks.get(3).lines());
        assertEquals(List.of("引用的话。"), blocks.get(4).lines());
        assertEquals(new DraftBlock(11, List.of("第一行", "第二行"), DraftBlock.Kind.VERBATIM, 0), plain(blocks.get(5)));
    }

    @Test
    void readsATextFileWhoseEveryLineHasATabAsATable() throws Exception {
        Draft draft = read("pairs.txt", "你好\tHello\n再见\tGoodbye\n");
        assertEquals("table", draft.format());
        assertEquals(DraftBlock.row(2, List.of("再见", "Goodbye")), draft.blocks().get(1));
    }

    @Test
    void keepsATextFileWithAnOccasionalTabAsText() throws Exception {
        Draft draft = read("prose.txt", "你好\tHello\n这一行没有制表符。\n");
        assertEquals("text", draft.format());
    }

    @Test
    void forcesTheMarkdownReaderOnATxtFile() throws Exception {
        Draft draft = Readers.read(TestTexts.write(folder, "a.txt", "## 第一章\n\n正文。\n"), null, Format.MARKDOWN);
        assertEquals(DraftBlock.heading(1, 2, "第一章"), plain(draft.blocks().get(0)));
    }

    @Test
    void rejectsACsvWithAnUnclosedQuoteNamingTheLine() throws Exception {
        Path file = TestTexts.write(folder, "bad.csv", "你好,Hello\n\"再见,Goodbye\n");
        DuetException e = assertThrows(DuetException.class, () -> Readers.read(file, null, null));
        assertEquals(file + ":2: a quoted field is never closed", e.getMessage());
    }

    @Test
    void rejectsAFileWithNoText() throws Exception {
        Path file = TestTexts.write(folder, "empty.md", "\n\n---\n\n");
        DuetException e = assertThrows(DuetException.class, () -> Readers.read(file, null, null));
        assertTrue(e.getMessage().startsWith(file + ": the file is empty"), e.getMessage());
    }
}
