package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Figure;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.SectionBreak;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.model.Table;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** Figures, section breaks and tables stand between the pairs where the source has them, never paired. */
class PlacedBlocksTest {
    private static DraftBlock para(int line, String text, Para.Form form) {
        return new DraftBlock(line, List.of(text), DraftBlock.Kind.PARAGRAPH, 0,
                new DraftBlock.Rich(List.of(List.of(new Inline.Text(text))), form), null);
    }

    private static DraftBlock para(int line, String text) {
        return para(line, text, Para.Form.PARAGRAPH);
    }

    private static DraftBlock figure(int line, BilingualText caption) {
        return DraftBlock.figure(line, new Figure(null, "a park in spring", caption, new SourceLine("lesson.md", line)));
    }

    private static List<Block> blocks(DraftBlock... blocks) {
        List<DraftBlock> all = new ArrayList<>();
        all.add(DraftBlock.heading(1, 1, "第一课 Lesson One"));
        all.addAll(List.of(blocks));
        Draft draft = new Draft("lesson.md", "UTF-8", all, "markdown");
        return Structurer.structure(List.of(draft)).book().chapters().get(0).blocks();
    }

    private static String texts(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            out.append(switch (block) {
                case Pair pair -> (pair.zh() == null ? "-" : pair.zh().text()) + " | " + (pair.en() == null ? "-" : pair.en().text());
                case Figure figure -> "figure";
                case SectionBreak ignored -> "break";
                case Table table -> "table";
                default -> block.toString();
            }).append('\n');
        }
        return out.toString();
    }

    @Test
    void placedBlocksStandBetweenAlternatingPairsInSourceOrder() {
        Table table = new Table(List.of(new Table.Row(List.of(Para.plain("年份"), Para.plain("Year")))), 1);
        List<Block> blocks = blocks(
                para(3, "早上好，今天天气很好。"), para(5, "Good morning, the weather is fine today."),
                figure(7, new BilingualText(new Segment(Lang.ZH_HANS, "公园里的春天"), new Segment(Lang.EN, "Spring in the park"))),
                para(9, "我们去公园散步吧。"), para(11, "Let us take a walk in the park."),
                DraftBlock.sectionBreak(13),
                para(15, "公园里有很多花。"), DraftBlock.table(16, table), para(18, "There are many flowers in the park."));
        assertEquals("""
                早上好，今天天气很好。 | Good morning, the weather is fine today.
                figure
                我们去公园散步吧。 | Let us take a walk in the park.
                break
                公园里有很多花。 | There are many flowers in the park.
                table
                """, texts(blocks));
        Figure figure = (Figure) blocks.get(1);
        assertEquals("公园里的春天", figure.caption().zh().text());
        assertEquals("Spring in the park", figure.caption().en().text());
    }

    @Test
    void aFigureInTheEnglishRunOfBlocksFollowsThePairOfTheEnglishItFollows() {
        List<Block> blocks = blocks(
                para(3, "早上好，今天天气很好，阳光明媚。"), para(4, "我们去公园散步吧，那里有很多花。"), para(5, "公园旁边有一条小河，河水很清。"),
                para(7, "Good morning, the weather is fine and the sun is bright today."),
                figure(8, new BilingualText(new Segment(Lang.ZH_HANS, "公园里的春天 Spring in the park"), null)),
                para(9, "Let us take a walk in the park, where there are many flowers."),
                para(10, "Beside the park runs a little river, and its water is clear."));
        assertEquals("""
                早上好，今天天气很好，阳光明媚。 | Good morning, the weather is fine and the sun is bright today.
                figure
                我们去公园散步吧，那里有很多花。 | Let us take a walk in the park, where there are many flowers.
                公园旁边有一条小河，河水很清。 | Beside the park runs a little river, and its water is clear.
                """, texts(blocks));
        Figure figure = (Figure) blocks.get(1);
        assertEquals("公园里的春天", figure.caption().zh().text(), "a caption holding both languages is cut in two");
        assertEquals("Spring in the park", figure.caption().en().text());
    }

    @Test
    void aMarkdownTableOfPairsPairsRowByRowWhereItStands() {
        String markdown = """
                早上好，今天天气很好。

                Good morning, the weather is fine today.

                | 中文 | English |
                | --- | --- |
                | *你好*。 | *Hello*. |
                | 谢谢。 | Thank you. |

                我们去公园散步吧。

                Let us take a walk in the park.
                """;
        Draft draft = press.duet.read.Readers.read(press.duet.read.Source.of("lesson.md", markdown, java.util.Map.of()),
                null, press.duet.read.Format.MARKDOWN, finding -> { });
        List<Block> blocks = Structurer.structure(List.of(draft)).book().chapters().get(0).blocks();
        assertEquals("""
                早上好，今天天气很好。 | Good morning, the weather is fine today.
                你好。 | Hello.
                谢谢。 | Thank you.
                我们去公园散步吧。 | Let us take a walk in the park.
                """, texts(blocks));
        Pair hello = (Pair) blocks.get(1);
        assertEquals(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("Hello"))), hello.en().paras().get(0).content().get(0));
        assertEquals(new SourceLine("lesson.md", 7), hello.zh().paras().get(0).source());
    }

    @Test
    void aMarkdownFileOfOnlyATableIsItsPairs() {
        Draft draft = press.duet.read.Readers.read(press.duet.read.Source.of("pairs.md", """
                | 中文 | English |
                | --- | --- |
                | 你好。 | Hello. |
                """, java.util.Map.of()), null, press.duet.read.Format.MARKDOWN, finding -> { });
        assertEquals("你好。 | Hello.\n", texts(Structurer.structure(List.of(draft)).book().chapters().get(0).blocks()));
    }

    @Test
    void headingsAndChapterTitlesKeepTheirMarkupAndNotes() {
        String markdown = """
                # 第一章 *春天* Chapter One: *Spring*[^1]

                春天来了，花都开了。

                Spring has come and the flowers are out.

                ## 公园 **The Park**

                我们去公园散步吧。

                Let us take a walk in the park.

                # 第二章 夏天 Chapter Two: Summer

                夏天很热。

                Summer is hot.

                [^1]: A note on the title.
                """;
        Draft draft = press.duet.read.Readers.read(press.duet.read.Source.of("lesson.md", markdown, java.util.Map.of()),
                null, press.duet.read.Format.MARKDOWN, finding -> { });
        press.duet.model.Book book = Structurer.structure(List.of(draft)).book();
        assertEquals(2, book.chapters().size());
        BilingualText title = book.chapters().get(0).title();
        assertEquals("第一章 春天", title.zh().text());
        assertEquals("Chapter One: Spring", title.en().text());
        assertEquals(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("春天"))), title.zh().paras().get(0).content().get(1));
        List<Inline> en = title.en().paras().get(0).content();
        assertInstanceOf(Inline.NoteRef.class, en.get(en.size() - 1), en.toString());
        press.duet.model.Heading heading = (press.duet.model.Heading) book.chapters().get(0).blocks().get(1);
        assertEquals("公园", heading.text().zh().text());
        assertEquals(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("The Park"))), heading.text().en().paras().get(0).content().get(0));
        assertEquals(new SourceLine("lesson.md", 7), heading.text().en().paras().get(0).source());
    }

    @Test
    void listsPairItemByItemKeepingEachSidesMarkerAndQuotationsWithQuotations() {
        List<Block> blocks = blocks(
                para(3, "苹果是红色的水果。", Para.Form.listItem("1.", 1)), para(4, "香蕉是黄色的水果。", Para.Form.listItem("2.", 1)),
                para(6, "Apples are a red fruit.", Para.Form.listItem("a.", 1)),
                para(7, "Bananas are a yellow fruit.", Para.Form.listItem("b.", 1)),
                para(9, "学而时习之，不亦说乎？", Para.Form.quotation(1)),
                para(11, "Is it not pleasant to learn with a constant perseverance and application?", Para.Form.quotation(1)));
        assertEquals(3, blocks.size(), texts(blocks));
        Pair second = (Pair) blocks.get(1);
        assertEquals("香蕉是黄色的水果。", second.zh().text());
        assertEquals(Para.Form.listItem("2.", 1), second.zh().paras().get(0).form());
        assertEquals(Para.Form.listItem("b.", 1), second.en().paras().get(0).form());
        assertEquals(new SourceLine("lesson.md", 7), second.en().paras().get(0).source());
        Pair quotation = (Pair) blocks.get(2);
        assertEquals(Para.Form.quotation(1), quotation.zh().paras().get(0).form());
        assertEquals(Para.Form.quotation(1), quotation.en().paras().get(0).form());
    }

    @Test
    void aSideOfSeveralParagraphsHoldsEachAsItsOwnParaAndVerseKeepsItsBreaks() {
        List<Block> blocks = blocks(
                para(3, "这是一个很长的段落，它的英文翻译分成了两个段落，所以这一边只有一段。"),
                para(5, "This is a long paragraph."), para(6, "Its translation was split in two, so this side has two."));
        Pair pair = (Pair) blocks.get(0);
        assertEquals(2, pair.en().paras().size(), texts(blocks));
        assertNull(null);
        assertInstanceOf(Inline.Text.class, pair.en().paras().get(1).content().get(0));
        assertEquals(Para.Kind.PARAGRAPH, pair.en().paras().get(1).form().kind());
    }
}
