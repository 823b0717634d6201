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
