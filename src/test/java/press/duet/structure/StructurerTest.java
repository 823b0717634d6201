package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.TextDecoder;
import press.duet.read.TextReaderAccess;
import press.duet.testing.TestTexts;

class StructurerTest {
    static Structured structure(String text) {
        String clean = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, "test.txt").text();
        Draft draft = new Draft("test.txt", "UTF-8", TextReaderAccess.blocks(clean));
        return Structurer.structure(List.of(draft));
    }

    static List<Pair> pairs(Chapter chapter) {
        return chapter.blocks().stream().filter(Pair.class::isInstance).map(Pair.class::cast).toList();
    }

    @Test
    void readsTheArticleShapeTitleLabelPartAndDate() {
        Book book = structure(TestTexts.ARTICLE).book();
        assertEquals("城市里的夜读时光", book.metadata().title().zh().text());
        assertEquals("Night Reading in the City", book.metadata().title().en().text());
        assertEquals("中英对照", book.metadata().label());
        assertEquals(3, book.metadata().part());
        assertEquals(LocalDate.of(2025, 3, 8), book.metadata().date());
    }

    @Test
    void titlesAFileThatHoldsOneChapterByItsHeadingNotByItsName() {
        String chapter = String.join("\n", "第三章 河流", "Chapter 3 The River", "",
                "河水从山上流下来，经过村庄和田野。", "The river comes down from the hills, past the villages and the fields.", "",
                "夜里，渔夫在岸边点起了灯。", "At night the fishermen light their lamps along the bank.");
        Book book = structure(chapter).book();
        assertEquals("第三章 河流", book.metadata().title().zh().text());
        assertEquals("Chapter 3 The River", book.metadata().title().en().text());
        String withTextBefore = String.join("\n", "河水从山上流下来，经过村庄和田野。",
                "The river comes down from the hills, past the villages and the fields.", "", chapter);
        assertEquals("test", structure(withTextBefore).book().metadata().title().joined(" "),
                "a heading among the text's chapters is no title");
    }

    @Test
    void pairsAlternatingLinesOfTheArticleBody() {
        Book book = structure(TestTexts.ARTICLE).book();
        assertEquals(1, book.chapters().size());
        List<Pair> pairs = pairs(book.chapters().get(0));
        assertEquals(3, pairs.size());
        assertTrue(pairs.stream().allMatch(Pair::isComplete));
        assertTrue(pairs.get(0).zh().text().startsWith("夜幕降临以后"));
        assertTrue(pairs.get(0).en().text().startsWith("After dark"));
        assertEquals(Lang.ZH_HANS, pairs.get(0).zh().lang());
    }

    @Test
    void keepsAnEnglishOnlyBodyWithOneFinding() {
        Structured result = structure(TestTexts.ENGLISH_ONLY_ARTICLE);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(3, pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p.zh() == null && p.en() != null));
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertTrue(result.findings().get(0).message().contains("English only"));
        assertEquals("河流的记忆", result.book().metadata().title().zh().text());
    }

    @Test
    void splitsChaptersAtBilingualHeadingLines() {
        Book book = structure(TestTexts.BOOK).book();
        assertEquals(2, book.chapters().size());
        assertEquals("第一章 春", book.chapters().get(0).title().zh().text());
        assertEquals("Chapter 1 Spring", book.chapters().get(0).title().en().text());
        assertEquals("Chapter 2 Summer", book.chapters().get(1).title().en().text());
        assertEquals(2, pairs(book.chapters().get(0)).size());
        assertEquals(2, pairs(book.chapters().get(1)).size());
        assertEquals("四季小记", book.metadata().title().zh().text());
        assertNull(book.metadata().label());
    }

    @Test
    void pairsEnglishFirstTextsAndKeepsTheUnpairedParagraphWithAFinding() {
        Structured result = structure(TestTexts.ENGLISH_FIRST);
        Book book = result.book();
        assertEquals(Lang.EN, book.metadata().first());
        assertEquals("茶馆", book.metadata().title().zh().text());
        List<Pair> pairs = pairs(book.chapters().get(0));
        assertEquals(4, pairs.size());
        assertEquals("The tea house opens at six, before the market wakes.", pairs.get(0).en().text());
        assertEquals("茶馆六点开门，比集市醒得还早。", pairs.get(0).zh().text());
        Pair alone = pairs.get(2);
        assertNull(alone.en());
        assertTrue(alone.zh().text().startsWith("这一段没有英文译文"));
        assertEquals(1, result.findings().size());
        assertTrue(result.findings().get(0).toString().startsWith("test.txt:13: paragraph has no English partner"),
                result.findings().get(0).toString());
    }

    @Test
    void reflowsHardWrappedEnglishAndChinese() {
        String text = """
                The river turned east after the old mill, and the path followed it
                through fields of barley that had not yet been cut that summer.

                河水过了老磨坊就向东拐去，小路跟着它穿过一片片还没有收割的
                大麦田，一直通到远处的村庄。
                """;
        List<Pair> pairs = pairs(structure(text).book().chapters().get(0));
        assertEquals(1, pairs.size());
        assertEquals("The river turned east after the old mill, and the path followed it "
                + "through fields of barley that had not yet been cut that summer.", pairs.get(0).en().text());
        assertEquals("河水过了老磨坊就向东拐去，小路跟着它穿过一片片还没有收割的大麦田，一直通到远处的村庄。",
                pairs.get(0).zh().text());
    }

    @Test
    void keepsShortLinesOfOneBlockAsSeparateParagraphs() {
        String text = """
                你好。
                Hello.
                再见。
                Goodbye.
                """;
        List<Pair> pairs = pairs(structure(text).book().chapters().get(0));
        assertEquals(2, pairs.size());
        assertEquals("Goodbye.", pairs.get(1).en().text());
    }

    @Test
    void recognisesManyHeadingStyles() {
        String text = """
                第1章 开端
                第一段正文。
                The opening paragraph of the first chapter, which says very little.
                CHAPTER II
                第二章的正文。
                The body of the second chapter.
                卷三 归来
                Part Three: The Return
                归来的正文。
                The body of the return.
                """;
        Book book = structure(text).book();
        List<String> titles = book.chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(List.of("第1章 开端", "CHAPTER II", "卷三 归来 / Part Three: The Return"), titles);
        assertTrue(book.chapters().stream().allMatch(c -> pairs(c).size() == 1 && pairs(c).get(0).isComplete()));
    }

    @Test
    void letsTheFirstParagraphLeadWhenTheStepsEachWayTie() {
        String text = """
                The ferry leaves the pier at dawn, when the water is still grey.
                渡轮在黎明时分离开码头，那时水面还是灰色的。
                Fishermen wave from their boats as it passes the lighthouse.
                渡轮经过灯塔时，渔民们在船上向它挥手。
                By noon the island is a thin line on the horizon.
                """;
        List<Pair> pairs = pairs(structure(text).book().chapters().get(0));
        assertEquals(3, pairs.size());
        assertTrue(pairs.get(0).en().text().startsWith("The ferry") && pairs.get(0).zh().text().startsWith("渡轮在黎明"));
        assertTrue(pairs.get(1).en().text().startsWith("Fishermen") && pairs.get(1).zh().text().startsWith("渡轮经过"));
        assertNull(pairs.get(2).zh(), "the untranslated last paragraph stands alone");
    }

    @Test
    void keepsLinesOfSimilarWidthThatEndSentencesAsParagraphs() {
        String text = """
                雨季来得比往年早，四月初就开始下个不停，街上到处都是积水。
                街上的人都撑着伞，匆匆忙忙地走过积水的路面，谁也不说话。
                书店老板把门口的旧书搬进屋里，怕它们被雨水打湿了封面。
                The rainy season came early this year and it rained all April long.
                People hurried across the flooded pavements under their umbrellas.
                The bookshop owner carried the old books inside, away from the rain.
                """;
        List<Pair> pairs = pairs(structure(text).book().chapters().get(0));
        assertEquals(3, pairs.size(), pairs.toString());
        assertTrue(pairs.get(2).zh().text().startsWith("书店老板") && pairs.get(2).en().text().startsWith("The bookshop"));
    }

    @Test
    void splitsATitleLineWrittenInBothLanguages() {
        Book book = structure("山中来信 Letters from the Mountains\n\n山里的春天来得晚。\n\nSpring comes late in the mountains.\n").book();
        assertEquals("山中来信", book.metadata().title().zh().text());
        assertEquals("Letters from the Mountains", book.metadata().title().en().text());
        assertEquals(1, pairs(book.chapters().get(0)).size());
    }

    @Test
    void numbersTheChaptersOfASeriesByTheirParts() {
        List<Draft> drafts = new java.util.ArrayList<>();
        for (int part : new int[] {10, 1, 2}) {
            String text = "山居笔记 [" + part + "]\n\nNotes from a Mountain Home [" + part + "]\n\n第" + part
                    + "篇的正文。\n\nThe body of part " + part + ".\n";
            drafts.add(new Draft("s" + part + ".txt", "UTF-8", TextReaderAccess.blocks(text)));
        }
        Book book = Structurer.structure(drafts).book();
        assertEquals(List.of("山居笔记 [1]", "山居笔记 [2]", "山居笔记 [10]"),
                book.chapters().stream().map(c -> c.title().zh().text()).toList());
        assertEquals("山居笔记", book.metadata().title().zh().text());
    }

    @Test
    void pairsAChineseParagraphThatQuotesALongWebAddress() {
        Structured result = structure("""
                第一章 资料

                Chapter 1 Sources

                项目的说明都放在网站上，地址是 https://example.org/manuals/parallel-texts/first-steps-with-the-tool.html 欢迎查看。

                The project's notes are all on its website, at https://example.org/manuals/parallel-texts/first-steps-with-the-tool.html and you are welcome to look.

                他笑着说：“有问题就写信。”

                He smiled and said, "Write if you have questions."
                """);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(2, pairs.size(), pairs.toString());
        assertTrue(pairs.stream().allMatch(Pair::isComplete), pairs.toString());
        assertTrue(pairs.get(0).zh().text().startsWith("项目的说明"));
        assertEquals(List.of(), result.findings());
    }

    @Test
    void leavesAddressesOutOfTheLengthsItComparesSoAQuotedUrlRaisesNoDoubt() {
        Structured result = structure("""
                第一章 链接

                更多的资料可以在项目的网站上找到，地址是 https://example.org/documentation/bilingual-publishing/getting-started-with-parallel-texts.html 欢迎访问。

                More material can be found on the project's website at https://example.org/documentation/bilingual-publishing/getting-started-with-parallel-texts.html and you are welcome to visit.

                他说：“这个工具非常好用。”她回答：“是吗？我还没用过。”然后两个人都笑了。

                He said, "This tool is very easy to use." She replied, "Really? I haven't used it yet." Then they both laughed.
                """);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(2, pairs.size(), pairs.toString());
        assertTrue(pairs.stream().allMatch(Pair::isComplete), pairs.toString());
        assertEquals(List.of(), result.findings());
    }
}
