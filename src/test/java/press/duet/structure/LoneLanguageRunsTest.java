package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.report.Finding;

/**
 * Text whose paragraphs of one language all stand alone between those of the other, beside a long
 * run of the other language (an essay in Chinese only, then practice sentences in alternation), is
 * paired as alternating text, and no bead glues many untranslated paragraphs to one translation.
 */
class LoneLanguageRunsTest {
    /** An essay in Chinese only, headed in places, that nobody translated. */
    private static final List<String> ESSAY = List.of(
            "城市的早晨总是从一家小小的早点铺开始。天还没有亮,老板就已经把炉子生好,锅里的豆浆冒着白气,路过的人都会停下来买一碗。",
            "早点铺的来历",
            "这家铺子开了三十多年,最早只是一辆手推车,后来换成了一间门面。老板说,他父亲那一代人起早贪黑,才攒下了这份家业。",
            "街坊的记忆",
            "住在附近的老人们说,孩子们上学前都要来这里吃一根油条,放学后又来买一块烧饼。许多人搬走以后,回来探亲时还会专门绕过来看看。",
            "今天的变化",
            "如今街道两旁开了许多新店,年轻人更喜欢咖啡和面包,可是每到周末,铺子门口依然排起长队,有人说这是城市里最后的老味道。",
            "下面是几个练习句子");

    /** English first, each sentence followed by its Chinese. */
    private static final String[][] PRACTICE = {
            {"每天早上他都骑自行车去上班。", "He rides his bicycle to work every morning."},
            {"这座桥是一百年前建成的。", "This bridge was built a hundred years ago."},
            {"我们打算明年夏天去海边旅行。", "We are planning a trip to the seaside next summer."}};

    private static List<Paragraph> paragraphs(List<String> texts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        texts.forEach(t -> paragraphs.add(new Paragraph(paragraphs.size() + 1, t)));
        return paragraphs;
    }

    private static List<Block> pair(List<Paragraph> paragraphs, List<Finding> findings) {
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "早点铺"), null);
        return new ChapterPairer("t.txt", Lang.ZH_HANS, null, true, findings).pair(new ChapterText(title, paragraphs));
    }

    @Test
    void essayInOneLanguageBeforeAlternatingSentencesLeavesTheEssayAloneAndPairsTheSentences() {
        List<String> texts = new ArrayList<>(ESSAY);
        for (String[] pair : PRACTICE) {
            texts.add(pair[1]);
            texts.add(pair[0]);
        }
        List<Paragraph> paragraphs = paragraphs(texts);
        assertEquals(Shape.ALTERNATING, ChapterPairer.detect(paragraphs));
        List<Finding> findings = new ArrayList<>();
        List<Block> blocks = pair(paragraphs, findings);
        int right = 0;
        int aloneChinese = 0;
        for (Block block : blocks) {
            Pair p = (Pair) block;
            if (p.isComplete()) {
                boolean gold = false;
                for (String[] g : PRACTICE) {
                    gold |= g[0].equals(p.zh().text()) && g[1].equals(p.en().text());
                }
                assertTrue(gold, "wrong pair: " + p.zh().text() + " ⇔ " + p.en().text());
                right++;
            } else {
                assertEquals(null, p.en(), "an English sentence left alone");
                aloneChinese++;
            }
        }
        assertEquals(PRACTICE.length, right);
        assertEquals(ESSAY.size(), aloneChinese);
        assertEquals(ESSAY.size(), findings.stream().filter(f -> f.message().contains("no English partner")).count());
    }

    @Test
    void oneTerseParagraphBeforeItsTranslationsParagraphsIsStillABlock() {
        List<Paragraph> paragraphs = paragraphs(List.of(
                "子曰、學而不厭、誨人不倦、何有於我哉。",
                "1. The Master said, 'To learn without tiring of it,",
                "2. 'and to teach others without growing weary:",
                "3. 'which of these can be said of me?'"));
        assertEquals(Shape.BLOCKS, ChapterPairer.detect(paragraphs));
    }

    @Test
    void manyUntranslatedParagraphsAreNotGluedToTheOneTranslatedAfterThem() {
        List<String> chinese = new ArrayList<>(ESSAY.subList(0, 7));
        chinese.add(PRACTICE[0][0]);
        List<Aligner.Bead> beads = Aligner.align(chinese, List.of(PRACTICE[0][1]));
        Aligner.Bead last = beads.get(beads.size() - 1);
        assertEquals(List.of(7, 1, 0, 1), List.of(last.zhStart(), last.zhCount(), last.enStart(), last.enCount()));
        assertEquals(8, beads.size(), "each essay paragraph is a bead of its own: " + beads);
    }
    @Test
    void aLongHeadBeforeASpeechInAlternationDoesNotMakeTheSectionBlocks() {
        List<String> texts = new ArrayList<>(List.of(
                "市长在早点铺开业典礼上的讲话",
                "五月三日,市长来到老街,为重新开张的早点铺剪彩,并向街坊们讲话。以下是讲话全文:",
                "Remarks by the Mayor at the Reopening of the Breakfast Shop",
                "Old Street, May 3",
                "市长在早点铺开业典礼上的讲话",
                "老街",
                "五月三日"));
        for (String[] pair : PRACTICE) {
            texts.add(pair[1]);
            texts.add(pair[0]);
        }
        assertEquals(Shape.ALTERNATING, ChapterPairer.detect(paragraphs(texts)));
    }
}
