package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Pair;

/**
 * A Chinese verse set beside a translator's prose paragraphs is cut into the lines each paragraph
 * renders; a translator's verse stays whole. The text is the 道德经's chapters 6 and 9 with James
 * Legge's translation (1891), both in the public domain.
 */
class VerseByParagraphsTest {
    private static final String CHAPTER_NINE = """
            第九章

            持而盈之，不如其已；
            揣而锐之，不可长保。
            金玉满堂，莫之能守；
            富贵而骄，自遗其咎。
            功遂身退天之道。

            Chapter 9

            1. It is better to leave a vessel unfilled, than to attempt to carry it when it is full. If you keep feeling a point that has been sharpened, the point cannot long preserve its sharpness.

            2. When gold and jade fill the hall, their possessor cannot keep them safe. When wealth and honours lead to arrogancy, this brings its evil on itself. When the work is done, and one's name is becoming distinguished, to withdraw into obscurity is the way of Heaven.
            """;

    private static final String CHAPTER_SIX = """
            第六章

            谷神不死，是谓玄牝。
            玄牝之门，是谓天地根。
            绵绵若存，用之不勤。

            Chapter 6

            The valley spirit dies not, aye the same;
            The female mystery thus do we name.
            Its gate, from which at first they issued forth,
            Is called the root from which grew heaven and earth.
            Long and unbroken does its power remain,
            Used gently, and without the touch of pain.
            """;

    /** The pairs of every chapter that hold both languages and are no chapter heading. */
    private static List<Pair> bodyPairs(String text) {
        return StructurerTest.structure("道德经\nThe Tao Teh King\n\n" + text).book().chapters().stream()
                .flatMap(chapter -> StructurerTest.pairs(chapter).stream())
                .filter(pair -> pair.isComplete() && !pair.zh().text().startsWith("第")).toList();
    }

    @Test
    void cutsAChineseVerseByTheTranslatorsParagraphs() {
        List<Pair> pairs = bodyPairs(CHAPTER_SIX + "\n" + CHAPTER_NINE);
        List<Pair> nine = pairs.subList(pairs.size() - 2, pairs.size());
        assertEquals("持而盈之，不如其已；\n揣而锐之，不可长保。", nine.get(0).zh().text());
        assertEquals(1, nine.get(0).en().paras().size());
        assertEquals("金玉满堂，莫之能守；\n富贵而骄，自遗其咎。\n功遂身退天之道。", nine.get(1).zh().text());
        assertEquals(nine.get(0).zh().paras().get(0).source().line() + 2, nine.get(1).zh().paras().get(0).source().line());
    }

    @Test
    void keepsTheTranslatorsVerseWhole() {
        List<Pair> pairs = bodyPairs(CHAPTER_SIX + "\n" + CHAPTER_NINE);
        Pair six = pairs.get(0);
        assertEquals(3, six.zh().paras().size(), pairs.toString());
        assertEquals(1, six.en().paras().size());
        assertEquals(6, six.en().text().split("\n").length);
    }
}
