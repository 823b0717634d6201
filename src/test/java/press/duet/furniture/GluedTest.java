package press.duet.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Furniture glued to the end of a paragraph in pasted texts of our own, and the sentences that keep their words. */
class GluedTest {
    @Test
    void takesPageInformationOffTheEndOfAParagraph() {
        Glued credit = Glued.tail("老人坐在河边的长椅上看报纸，十月二日摄于城南公园。 Photo: Lin Qiu, Morning Post 照片：晨报林秋");
        assertEquals("Photo: Lin Qiu, Morning Post 照片：晨报林秋", credit.removed());
        assertEquals("老人坐在河边的长椅上看报纸，十月二日摄于城南公园。", credit.kept());
        // A copy cut off in mid-word, with the site's source line run on in Chinese.
        Glued source = Glued.tail("The river was high that spring, and the old ferryman said it had not been so since his youth, when he fir来源:网络 作者:未知");
        assertEquals("来源:网络 作者:未知", source.removed());
        assertEquals(FurnitureKind.PAGE_INFO, source.kind());
    }

    @Test
    void takesAPagesTypeSizeWidgetOffTheEndOfTheLineBesideIt() {
        Glued cut = Glued.tail("城南图书馆借阅规则        【字体:");
        assertEquals("【字体:", cut.removed());
        assertEquals("城南图书馆借阅规则", cut.kept());
        assertEquals(FurnitureKind.MENU, cut.kind());
        assertEquals("河边的老渡口", Glued.tail("河边的老渡口 [字号：大 中 小]").kept());
        // A sentence about the type keeps its words: the widget stands apart, at the end, with no text after its choices.
        assertNull(Glued.tail("这本书的字体：大而清楚，老人也能读"));
        assertNull(Glued.tail("他问编辑部的字号：是不是太小了"));
    }

    @Test
    void keepsSentencesThatEndWithTheSameWords() {
        for (String sentence : List.of(
                "这句话有一个很古老的来源：一本失传的书",
                "She asked the editor: was the story true",
                "他想知道这张照片：是谁在什么时候拍的",
                "The story came from an old book. Source: unknown to all of us, and we asked everyone in town.",
                "A sentence with no colon at all, long enough to be read.")) {
            assertNull(Glued.tail(sentence), sentence);
        }
        List<Cut> cuts = Furniture.find(List.of("The path winds up into the hills, past the old temple. Source: 晨报"), line -> false);
        assertEquals(1, cuts.size());
        assertEquals("The path winds up into the hills, past the old temple.", cuts.get(0).kept());
    }

    @Test
    void readsAReadingWhoseTranslationOpensInLowerCase() {
        List<Cut> cuts = Furniture.find(List.of("zǐ bù xué , duàn jī zhù。and when her child would not learn, she broke the shuttle."),
                line -> false);
        assertEquals(FurnitureKind.READING, cuts.get(0).kind());
        assertEquals("and when her child would not learn, she broke the shuttle.", cuts.get(0).kept());
    }
}
