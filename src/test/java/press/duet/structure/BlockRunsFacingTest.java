package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which runs of blocks text (each story's English block, then its Chinese block) face each other,
 * after an editor's introduction in Chinese: the introduction stands alone and every block still faces
 * its own translation. Taken two by two, the introduction faced the first English block and every
 * block after it its neighbour's translation.
 */
class BlockRunsFacingTest {
    private static final String PAGE = """
            英语小故事两篇

            每天读一点英文小故事，轻松记住常用单词。下面两篇短文都配有中文翻译，适合初学者朗读。

            1. The Old Fisherman

            The old fisherman went down to the sea before sunrise, as he had done every morning for forty years.

            He pulled his small boat onto the water, and the gulls followed him far out past the rocks.

            1. 老渔夫

            老渔夫在日出之前来到海边，四十年来他每天早晨都是这样。

            他把小船推进水里，海鸥一路跟着他，飞过了远处的礁石。

            2. The Evening Market

            In the evening the market was full of people buying fish, bread and vegetables for their suppers.

            A little girl waited at the corner with a basket of flowers, and smiled at everyone who passed her.

            2. 傍晚的集市

            傍晚的集市上挤满了人，他们买鱼、面包和蔬菜准备晚饭。

            一个小女孩提着一篮鲜花等在街角，向每个路过的人微笑。
            """;

    /** The page's runs of one language, as the pairer cuts them (paragraphs in one language, in order). */
    private static List<List<Paragraph>> runs(String page) {
        List<List<Paragraph>> runs = new ArrayList<>();
        Boolean chinese = null;
        int line = 0;
        for (String text : page.split("\n\n")) {
            line += 2;
            Paragraph p = new Paragraph(line, text.strip());
            if (chinese == null || chinese != p.isChinese()) {
                runs.add(new ArrayList<>());
                chinese = p.isChinese();
            }
            runs.get(runs.size() - 1).add(p);
        }
        return runs;
    }

    @Test
    void anIntroductionBeforeTheBlocksStandsAloneAndShiftsNothing() {
        String page = PAGE.substring(PAGE.indexOf("每天读"));
        List<List<Paragraph>> runs = runs(page);
        assertEquals(5, runs.size(), runs.toString());
        // The introduction alone, then each English block with the Chinese block after it.
        assertArrayEquals(new boolean[] {false, true, false, true, false}, BlockRuns.pairedWithNext(runs));
    }

    @Test
    void blocksThatPairTwoByTwoKeepThatPairing() {
        List<List<Paragraph>> runs = runs(PAGE.substring(PAGE.indexOf("1. The Old Fisherman")));
        assertEquals(4, runs.size(), runs.toString());
        assertArrayEquals(new boolean[] {true, false, true, false}, BlockRuns.pairedWithNext(runs));
    }
}
