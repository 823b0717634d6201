package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Pair;

/**
 * Pairing decisions a careful editor of a parallel text makes and the pairer once got wrong on real
 * pages (texts written for this test, each in the layout of a real case): dialogue is no chapter
 * title, a headline is never glued to its story, a salutation over two lines is one sentence, two
 * passages on one line are two paragraphs even when the first stops without a mark.
 */
class EditorsPairingTest {
    @Test
    void shortLinesOfDialogueThatEndInsideTheirQuotesAreNoChapterTitles() {
        Structured structured = PageUnits.structure(
                "孟子選讀",
                "Readings from Mencius",
                "",
                "王曰：「何以利吾國？」",
                "The king said, 'How shall I profit my kingdom?'",
                "對曰：「王何必曰利？亦有仁義而已矣。上下交征利，而國危矣。未有仁而遺其親者也，未有義而後其君者也。」",
                "The answer was, 'Why must your Majesty speak of profit? There are also benevolence and righteousness,"
                        + " and these are my only topics. When high and low strive for profit, the kingdom is in danger.'",
                "王曰：「善哉言乎！」",
                "The king said, 'Excellent words!'",
                "曰：「王如好樂，與百姓同之；王如好貨，與百姓同之；則王天下不難矣。此非臣之言也，古之道也。」",
                "He said, 'If your Majesty loves music, share it with the people; if you love wealth, share it with"
                        + " them; then to rule the kingdom is not hard. These are not my words but the old way.'");
        assertEquals(1, structured.book().chapters().size(), "dialogue cut the text into chapters");
        List<String> units = PageUnits.units(structured);
        assertEquals(4, units.size(), units.toString());
        assertTrue(PageUnits.pairs(structured).stream().allMatch(Pair::isComplete), units.toString());
        assertEquals("王曰：「何以利吾國？」 ⇔ The king said, 'How shall I profit my kingdom?'", units.get(0));
        assertEquals("王曰：「善哉言乎！」 ⇔ The king said, 'Excellent words!'", units.get(2));
    }

    @Test
    void anUntranslatedHeadlineStandsAloneAboveTheStoryItSharesItsWordsWith() {
        Structured structured = PageUnits.structure(
                "Our weekly selection of world news in two languages, with the English first and its translation below.",
                "Heavy Rain Floods Southern Cities",
                "Heavy rain has flooded several southern cities this week, closing schools and roads and forcing"
                        + " thousands of families to leave their homes.",
                "本周大雨淹没了南方多个城市,学校和道路关闭,数千个家庭被迫离开家园。",
                "Electric Car Sales Grow Quickly in Europe",
                "Sales of electric cars in Europe grew quickly last year, as governments offered money to buyers"
                        + " and companies opened more charging stations.",
                "去年欧洲电动汽车销量增长迅速,各国政府向买家提供补贴,企业也开设了更多充电站。");
        List<String> units = PageUnits.units(structured);
        assertTrue(units.contains(" ⇔ Electric Car Sales Grow Quickly in Europe"), units.toString());
        assertTrue(units.contains(" ⇔ Heavy Rain Floods Southern Cities"), units.toString());
        assertTrue(units.stream().anyMatch(u -> u.startsWith("去年欧洲电动汽车") && u.contains("⇔ Sales of electric cars")),
                units.toString());
    }

    @Test
    void aSalutationOverTwoLinesIsOneSentenceAgainstItsTranslation() {
        Structured structured = PageUnits.structure(
                "尊敬的王校长，",
                "亲爱的老师们、同学们：",
                "Dear President Wang,",
                "Dear Teachers,",
                "Dear Students,",
                "今天我很高兴来到贵校，同大家一起庆祝学校成立一百周年。",
                "I am delighted to be here today to celebrate the hundredth anniversary of your school with you.",
                "一百年来，这所学校培养了一代又一代优秀的学生。",
                "For a hundred years this school has taught one generation of fine students after another.");
        List<String> units = PageUnits.units(structured);
        assertEquals("尊敬的王校长， 亲爱的老师们、同学们： ⇔ Dear President Wang, Dear Teachers, Dear Students,", units.get(0),
                units.toString());
        assertEquals(3, units.size(), units.toString());
    }

    @Test
    void twoPassagesOnOneLineAreTwoParagraphsThoughTheFirstStopsWithoutAMark() {
        Structured structured = PageUnits.structure(
                "体育新闻",
                "",
                "Sports News",
                "",
                "中国队昨天在决赛中获胜。队员们说他们会继续努力，争取明年再次夺冠 The Chinese team won the final yesterday."
                        + " The players said they would keep working to win again next year…",
                "",
                "比赛在北京举行，现场有五万名观众。 The match was held in Beijing before fifty thousand people.");
        List<String> units = PageUnits.units(structured);
        assertEquals(List.of("中国队昨天在决赛中获胜。队员们说他们会继续努力，争取明年再次夺冠 ⇔ The Chinese team won the final"
                + " yesterday. The players said they would keep working to win again next year…",
                "比赛在北京举行，现场有五万名观众。 ⇔ The match was held in Beijing before fifty thousand people."), units);
    }

    @Test
    void aLineOfAHeadlineAndItsTwoWordTranslationIsABilingualTitle() {
        Structured structured = PageUnits.structure(
                "小学生英语作文",
                "English Compositions by Pupils",
                "",
                "Spring Outing 春天的郊游",
                "Last Sunday my class went to the hills outside the town. We saw flowers and birds everywhere.",
                "上个星期天，我们班去了城外的小山。我们到处都看到花和鸟。",
                "Our Library 我们的图书馆",
                "Our school library is on the second floor. It has many books, and I go there every week.",
                "我们学校的图书馆在二楼。那里有很多书，我每个星期都去。");
        List<String> titles = structured.book().chapters().stream()
                .map(c -> c.title().zh().text() + " ⇔ " + c.title().en().text()).toList();
        assertEquals(List.of("春天的郊游 ⇔ Spring Outing", "我们的图书馆 ⇔ Our Library"), titles);
        assertEquals(2, PageUnits.units(structured).size(), PageUnits.units(structured).toString());
    }
}
