package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How study pages set out an item (lines written for this test): an English headline in lenticular
 * brackets after its number, its Chinese right after; a label naming a line as the original text.
 */
class StudyPageLinesTest {
    private static List<String> split(String line) {
        return OneLinePairs.split(1, line).stream().map(Paragraph::text).toList();
    }

    @Test
    void aBracketedEnglishHeadlineAfterItsNumberIsCutFromItsChineseWithoutTheBracketsAndTheNumber() {
        assertEquals(List.of("Heavy snow closes mountain roads", "大雪封闭山区道路"), split("3【Heavy snow closes mountain roads】大雪封闭山区道路"));
        assertEquals(List.of("City library opens at night", "市图书馆夜间开放"), split("【City library opens at night】 市图书馆夜间开放"));
    }

    @Test
    void aWordOrTwoInBracketsIsALabelAndNoHeadline() {
        assertEquals(List.of("【English】大雪封闭山区道路"), split("【English】大雪封闭山区道路"));
        String chineseLabel = "【双语新闻】Heavy Snow Closes Mountain Roads";
        assertEquals(1, split(chineseLabel).size(), split(chineseLabel).toString());
    }

    @Test
    void aLabelNamingTheLineAsTheOriginalIsDroppedLikeOneNamingTheTranslation() {
        assertEquals("The snow fell for three days.", LanguageLabel.strip("TEXT:The snow fell for three days."));
        assertEquals("The snow fell for three days.", LanguageLabel.strip("Original: The snow fell for three days."));
        assertEquals("大雪下了三天。", LanguageLabel.strip("原文：大雪下了三天。"));
        assertEquals("Text messages cost more abroad.", LanguageLabel.strip("Text messages cost more abroad."));
    }
}
