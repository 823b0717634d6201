package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Book;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.Readers;
import press.duet.testing.TestTexts;

/** A text file of tab-separated pairs may open with a few head lines without a tab: a title, a byline, a date. */
class TabbedTextTest {
    private static final String ROWS = """
            早上好。\tGood morning.
            今天天气很好。\tThe weather is fine today.
            我们去公园散步吧。\tLet's go for a walk in the park.
            """;

    @TempDir
    Path folder;

    private Structured structure(String name, String text) throws Exception {
        Draft draft = Readers.read(TestTexts.write(folder, name, text), null, null);
        return Structurer.structure(List.of(draft));
    }

    @Test
    void readsATitledTabSeparatedTextAsATableWhoseTitleNamesTheBook() throws Exception {
        Structured result = structure("phrases.txt", "日常用语 Everyday Phrases\n\n" + ROWS);
        assertEquals(Shape.TABLE, result.shape());
        Book book = result.book();
        assertEquals("日常用语", book.metadata().title().zh().text());
        assertEquals("Everyday Phrases", book.metadata().title().en().text());
        List<Pair> pairs = StructurerTest.pairs(book.chapters().get(0));
        assertEquals(3, pairs.size());
        assertTrue(pairs.stream().allMatch(Pair::isComplete), pairs.toString());
        assertEquals("Good morning.", pairs.get(0).en().text());
        assertTrue(result.findings().isEmpty(), result.findings().toString());
    }

    @Test
    void takesTitleBylineAndDateFromTheHeadLines() throws Exception {
        Structured result = structure("phrases.txt", """
                日常用语
                Everyday Phrases
                作者：王小明
                发布时间：2025年3月8日
                """ + ROWS);
        Book book = result.book();
        assertEquals(Shape.TABLE, result.shape());
        assertEquals("日常用语", book.metadata().title().zh().text());
        assertEquals("Everyday Phrases", book.metadata().title().en().text());
        assertEquals(List.of("王小明"), book.metadata().authors());
        assertEquals(LocalDate.of(2025, 3, 8), book.metadata().date());
        assertEquals(3, StructurerTest.pairs(book.chapters().get(0)).size());
    }

    @Test
    void keepsAnOpeningLineThatIsNoTitleAsAnUnpairedParagraph() throws Exception {
        Structured result = structure("phrases.txt", "请跟着录音朗读下面的句子。\n" + ROWS);
        assertEquals(Shape.TABLE, result.shape());
        List<Pair> pairs = StructurerTest.pairs(result.book().chapters().get(0));
        assertEquals(4, pairs.size());
        assertEquals("请跟着录音朗读下面的句子。", pairs.get(0).zh().text());
        assertNull(pairs.get(0).en());
        assertEquals(1, result.findings().size(), result.findings().toString());
    }

    @Test
    void letsAHeadingLineBeforeTheRowsNameTheChapter() throws Exception {
        Structured result = structure("greetings.txt", "第一章 问候\n" + ROWS);
        assertEquals(Shape.TABLE, result.shape());
        Book book = result.book();
        assertEquals("greetings", book.metadata().title().en().text());
        assertEquals("第一章 问候", book.chapters().get(book.chapters().size() - 1).title().zh().text());
        assertEquals(3, StructurerTest.pairs(book.chapters().get(book.chapters().size() - 1)).size());
        assertTrue(result.findings().isEmpty(), result.findings().toString());
    }

    @Test
    void leavesProseWithATabHereAndThereAsText() throws Exception {
        Structured result = structure("prose.txt", """
                春天来了，院子里的杏树开了花。
                Spring has come, and the apricot tree in the yard is in flower.
                孩子们在树下读书。\t他们读得很认真。
                The children read under the tree.
                """);
        assertEquals("text", Readers.read(folder.resolve("prose.txt"), null, null).format());
        assertEquals(Shape.ALTERNATING, result.shape());
    }
}
