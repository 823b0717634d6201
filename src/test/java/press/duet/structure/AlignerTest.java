package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {
    private static List<String> shape(List<Aligner.Bead> beads) {
        return beads.stream().map(b -> b.zhCount() + "-" + b.enCount()).toList();
    }

    @Test
    void alignsEqualCountsOneToOneWithHighConfidence() {
        List<Aligner.Bead> beads = Aligner.align(
                List.of("春天来得很慢。", "孩子们在河边放风筝，笑声比风还轻。", "夏夜的院子里，老人摇着蒲扇讲故事。"),
                List.of("Spring comes slowly.", "Children fly kites by the river, their laughter lighter than the wind.",
                        "On summer nights in the courtyard, old people wave their fans and tell stories."));
        assertEquals(List.of("1-1", "1-1", "1-1"), shape(beads));
        assertTrue(beads.stream().allMatch(b -> b.confidence() > 0.05), beads.toString());
    }

    @Test
    void findsAMergeWhereTheEnglishJoinedTwoParagraphs() {
        List<Aligner.Bead> beads = Aligner.align(
                List.of("第一段很短。", "第二段也不长，但比第一段多几个字。", "第三段是一段相当长的文字，讲的是一个人怎样在城市里找到自己的位置，又怎样慢慢地学会和孤独相处。"),
                List.of("The first paragraph is short, and the second is not long either, though it has a few more words than the first.",
                        "The third is a fairly long passage about how a person finds a place in the city and slowly learns to live with loneliness."));
        assertEquals(List.of("2-1", "1-1"), shape(beads));
    }

    @Test
    void givesOneClassicalParagraphAllOfItsTranslation() {
        List<Aligner.Bead> beads = Aligner.align(
                List.of("学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？"),
                List.of("Is it not a pleasure to learn and to practise what you have learned?",
                        "Is it not a joy to have friends come from afar?",
                        "Is he not a gentleman who feels no resentment when others do not know him?"));
        assertEquals(List.of("1-3"), shape(beads));
    }

    @Test
    void givesAClassicalParagraphMoreVersesThanTheAverageWhenItsTranslationNeedsThem() {
        // Four paragraphs, nine numbered verses: the second paragraph takes six of them, more than the
        // ratio of the counts (2.25) plus one allowed any bead to hold.
        List<Aligner.Bead> beads = Aligner.align(
                List.of("子曰：君子不器。",
                        "子貢問君子。子曰：先行其言，而後從之。子曰：君子周而不比，小人比而不周。子曰：學而不思則罔，思而不學則殆。子曰：攻乎異端，斯害也已。子曰：由，誨女知之乎！知之為知之，不知為不知，是知也。",
                        "子曰：人而無信，不知其可也。",
                        "子曰：見義不為，無勇也。"),
                List.of("1. The Master said, 'The accomplished scholar is not a utensil.'",
                        "2. Tsze-kung asked what constituted the superior man. The Master said, 'He acts before he speaks, and afterwards speaks according to his actions.'",
                        "3. The Master said, 'The superior man is catholic and not partisan. The mean man is partisan and not catholic.'",
                        "4. The Master said, 'Learning without thought is labour lost; thought without learning is perilous.'",
                        "5. The Master said, 'The study of strange doctrines is injurious indeed!'",
                        "6. The Master said, 'Yu, shall I teach you what knowledge is?",
                        "7. When you know a thing, to hold that you know it; and when you do not know a thing, to allow that you do not know it; this is knowledge.'",
                        "8. The Master said, 'I do not know how a man without truthfulness is to get on.'",
                        "9. The Master said, 'To see what is right and not to do it is want of courage.'"));
        assertEquals(List.of("1-1", "1-6", "1-1", "1-1"), shape(beads));
    }

    @Test
    void leavesTheChineseAfterAnEnglishThatStopsEarlyAlone() {
        // The English copy ends after its second paragraph: the totals say 0.7 English characters a
        // Chinese one, which would teach the aligner to glue the untranslated paragraphs to the two.
        List<Aligner.Bead> beads = Aligner.align(
                List.of("今晚，我们很荣幸地欢迎远道而来的朋友们。",
                        "我谨代表全体市民，向各位嘉宾表示热烈的欢迎和衷心的感谢。",
                        "过去三年，我们的城市和各位朋友的家乡建立了密切的合作关系，两地的学生每年都互相访问，学习对方的语言和文化。",
                        "明天，代表团将参观新建的图书馆和港口，并与当地的企业家座谈，了解这里的经济发展和市民的生活。",
                        "我希望大家在这里度过愉快的几天，也希望我们的友谊像这条河一样源远流长，一代一代地传下去。"),
                List.of("Tonight we are honoured to welcome friends who have come a long way.",
                        "On behalf of all our citizens, I extend a warm welcome and heartfelt thanks to our guests."));
        assertEquals(List.of("1-1", "1-1", "1-0", "1-0", "1-0"), shape(beads));
    }

    @Test
    void keepsAnUntranslatedHeadlineApartFromTheParagraphUnderIt() {
        List<Aligner.Bead> beads = Aligner.align(
                List.of("河边小镇的灯笼节吸引了数千名游客，他们沿着河岸散步，观看烟花，品尝当地的小吃。",
                        "镇上的老图书馆今年迎来了一百周年，馆长说，许多居民从小就在这里借书，现在又带着孩子来。"),
                List.of("Lantern Festival Draws Crowds",
                        "The lantern festival in the riverside town drew thousands of visitors, who walked along the bank,"
                                + " watched the fireworks and tasted the local snacks.",
                        "Old Library Turns One Hundred",
                        "The town's old library celebrates its hundredth year; the librarian says many residents borrowed"
                                + " books here as children and now bring their own."));
        assertEquals(List.of("0-1", "1-1", "0-1", "1-1"), shape(beads));
    }

    @Test
    void tellsTitlesFromLinesOfProse() {
        assertTrue(AlignmentInput.readsAsTitle("Old Library Turns One Hundred"));
        assertTrue(AlignmentInput.readsAsTitle("我的自我介紹"));
        assertTrue(AlignmentInput.readsAsTitle("一、過去五年工作回顧"));
        assertTrue(!AlignmentInput.readsAsTitle("The library turned one hundred."));
        assertTrue(!AlignmentInput.readsAsTitle("1. The Master said, 'Is it not pleasant to learn with"));
        assertTrue(!AlignmentInput.readsAsTitle("a constant perseverance and application"));
        assertTrue(!AlignmentInput.readsAsTitle("床前明月光，"));
        assertTrue(!AlignmentInput.readsAsTitle("Glittering like hoar-frost\nto my wondering eyes"));
    }

    @Test
    void leavesAnUntranslatedParagraphAloneWithFullConfidence() {
        List<Aligner.Bead> beads = Aligner.align(List.of(), List.of("Only English here.", "And here."));
        assertEquals(List.of("0-1", "0-1"), shape(beads));
        assertEquals(1.0, beads.get(0).confidence());
    }

    @Test
    void letsSharedNumbersDecideBetweenParagraphsOfSimilarLength() {
        // Lengths alone fit both ways; the years say which English paragraph translates which.
        List<String> zh = List.of("1998 年，他离开了家乡。", "2004 年，他又回来了。");
        List<String> en = List.of("In 1998 he left his home town.", "In 2004 he came back again.");
        List<Aligner.Bead> beads = Aligner.align(zh, en);
        assertEquals(List.of("1-1", "1-1"), shape(beads));
        Anchors a = Anchors.of(zh.get(0));
        assertTrue(a.score(Anchors.of(en.get(0)), en.get(0)) < 0);
        assertTrue(a.score(Anchors.of(en.get(1)), en.get(1)) > 0);
    }

    @Test
    void findsLatinNamesInChineseTextAgainInTheEnglish() {
        Anchors zh = Anchors.of("我们用 Duet 把书排成 EPUB。");
        String en = "We set the book as an EPUB with Duet.";
        assertEquals(List.of("duet", "epub"), zh.names());
        assertTrue(zh.score(Anchors.of(en), en.toLowerCase()) < -2);
    }

    @Test
    void givesALowConfidenceToAPairWhoseLengthsDisagreeGrossly() {
        LengthModel model = new LengthModel(3.0, LengthModel.DEFAULT_VARIANCE);
        assertTrue(model.confidence(20, 60) > 0.9);
        assertTrue(model.confidence(5, 400) < 0.001);
    }

    @Test
    void readsYearsInChineseNumeralsAsDigits() {
        assertEquals("1949年，2024年，一封信，三五成群", Anchors.hanYearsInDigits("一九四九年，二〇二四年，一封信，三五成群"));
        assertTrue(Anchors.of("一九三二年，船长修好了那座桥。").score(Anchors.of("In 1932 the captain repaired the bridge."),
                "in 1932 the captain repaired the bridge.") < 0);
    }

    @Test
    void givesAConfidenceBetweenNoneAndFullEvenToAParagraphThatRepeatsANameAThousandTimes() {
        // The name's weight overflows while the lengths cannot go together: the pair is doubtful, not no number.
        String chinese = "春天来了花都开了孩子们在河边放风筝笑声比风还要轻KPHO".repeat(1000);
        String english = "KPHO Spring has come, the flowers are out, and children fly kites by the river.";
        for (Aligner.Bead bead : Aligner.align(List.of(chinese), List.of(english))) {
            assertTrue(bead.confidence() >= 0 && bead.confidence() <= 1, bead.toString());
        }
    }
}
