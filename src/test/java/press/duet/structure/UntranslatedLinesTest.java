package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines a text leaves untranslated between its pairs (a word list, comprehension questions, clauses
 * whose Chinese the copy lost) stand alone: they are never glued to the next translation as one wide
 * bead. Texts written for this test, each in a layout real pages have.
 */
class UntranslatedLinesTest {
    @Test
    void aWordListMostlyWithoutTranslationsStandsWordByWordBeforeTheStory() {
        Structured structured = PageUnits.structure(
                "灯塔看守人", "The Lighthouse Keeper", "", "Words to know:", "", "harbour", "", "lighthouse", "灯塔", "", "storm", "", "sailor", "",
                "rope", "", "lantern", "", "wave", "", "island", "岛屿", "", "keeper", "看守人", "",
                "Every night the old keeper climbed the stairs of the lighthouse and lit the great lamp for the ships.",
                "每天晚上,老看守人都会爬上灯塔的楼梯,为过往的船只点亮那盏大灯。", "",
                "One winter a storm broke the glass, and the keeper held a small lantern in the window until morning.",
                "有一年冬天,一场风暴打碎了玻璃,看守人把一盏小灯举在窗前,一直举到天亮。", "",
                "The sailors who came home safely that night carried him down to the harbour on their shoulders.",
                "那天夜里平安回家的水手们把他扛在肩上,一直抬到了港口。");
        List<String> units = PageUnits.units(structured);
        for (String word : List.of("harbour", "storm", "sailor", "rope", "lantern", "wave")) {
            assertTrue(units.contains(" ⇔ " + word), word + " is glued to a translation: " + units);
        }
        assertTrue(units.contains("灯塔 ⇔ lighthouse"), units.toString());
        assertTrue(units.stream().anyMatch(u -> u.startsWith("每天晚上") && u.endsWith("⇔ Every night the old keeper climbed the"
                + " stairs of the lighthouse and lit the great lamp for the ships.")), units.toString());
    }

    @Test
    void questionsInOneLanguageBetweenThePairsOfAStoryStandAlone() {
        Structured structured = PageUnits.structure(
                "The boy found a small dog in the rain outside the school and carried it home under his coat.",
                "男孩在学校外面的雨中发现了一只小狗,把它裹在外套里抱回了家。",
                "Q: Where did the boy find the dog?",
                "A: Outside the school, in the rain.",
                "His mother said they could keep the dog only if he walked it every morning before school.",
                "他妈妈说,只有他每天早上上学前遛狗,他们才能把狗留下。",
                "Q: What did the boy have to do every morning?",
                "A: He had to walk the dog.",
                "So every morning, in sun or snow, the boy and the dog went out together before breakfast.",
                "于是每天早上,无论晴天还是下雪,男孩和小狗都在早饭前一起出门。",
                "Q: Did the boy keep his promise?",
                "A: Yes, he did.");
        List<String> units = PageUnits.units(structured);
        for (String line : List.of("Q: Where did the boy find the dog?", "A: He had to walk the dog.", "A: Yes, he did.")) {
            assertTrue(units.contains(" ⇔ " + line), line + " is glued to a translation: " + units);
        }
        assertTrue(units.contains("他妈妈说,只有他每天早上上学前遛狗,他们才能把狗留下。 ⇔ His mother said they could keep the dog"
                + " only if he walked it every morning before school."), units.toString());
        assertEquals(9, units.size(), units.toString());
    }

    @Test
    void aTurnOpensWithItsSpeakersLabelAndAColon() {
        for (String turn : List.of("Q: Where did the boy find the dog?", "A: Outside the school.", "Tom: I'm late again.",
                "Aunt May: Come in!", "问：你去哪儿？", "答:去学校。")) {
            assertTrue(AlignmentInput.opensTurn(turn), turn);
        }
        for (String line : List.of("曰：「王如知此，則無望民之多於鄰國也。」", "子曰：學而時習之，不亦說乎？", "The king said: 'Excellent words!'",
                "Article 3: The state organs apply the principle.", "注：本文选自课本。", "The answer: yes")) {
            assertTrue(!AlignmentInput.opensTurn(line), line);
        }
    }

    @Test
    void clausesWhoseChineseTheCopyLostStandAloneAfterTheirTranslatedRule() {
        Structured structured = PageUnits.structure(
                "第一条 本会会员每年缴纳会费一次。",
                "Rule 1 Members of the society pay their fee once a year.",
                "The fee is paid to the treasurer before the end of January, in cash or by bank transfer to the society's account.",
                "A member who has not paid by the end of March is reminded in writing and may not vote at the spring meeting.",
                "第二条 会员大会每年春季召开一次。",
                "Rule 2 The general meeting of members is held once a year in spring.",
                "The secretary sends every member the agenda at least three weeks before the meeting, with the accounts of the past year.",
                "第三条 理事会由五名会员组成,任期两年。",
                "Rule 3 The board consists of five members, who serve for two years.");
        List<String> units = PageUnits.units(structured);
        assertTrue(units.contains("第一条 本会会员每年缴纳会费一次。 ⇔ Rule 1 Members of the society pay their fee once a year."),
                units.toString());
        assertTrue(units.contains("第二条 会员大会每年春季召开一次。 ⇔ Rule 2 The general meeting of members is held once a year in spring."),
                units.toString());
        assertEquals(3, units.stream().filter(u -> u.startsWith(" ⇔ ")).count(), units.toString());
    }
}
