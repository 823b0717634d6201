package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @Test
    void readsTheDatesArticlesPrint() {
        LocalDate expected = LocalDate.of(2024, 1, 16);
        for (String text : new String[] {"Jan 16, 2024", "January 16, 2024", "16 January 2024", "2024-01-16",
                "2024/1/16", "2024.01.16", "2024年1月16日", "Sept. 16, 2024", "January16th,2024"}) {
            LocalDate want = text.startsWith("Sept") ? LocalDate.of(2024, 9, 16) : expected;
            assertEquals(Optional.of(want), DateParser.find(text), text);
        }
    }

    @Test
    void ignoresImpossibleDates() {
        assertTrue(DateParser.find("2024-02-31").isEmpty());
    }

    @Test
    void takesADateLineOnlyWhenItHoldsNothingButADateAndATime() {
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 1, 16)), DateParser.whole("Jan 16, 2024"));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 1, 16)), DateParser.whole("2024年1月16日 08:30 (BJT)"));
        assertEquals(java.util.Optional.empty(), DateParser.whole("Jan 5, 2025 CHAPTER I"));
    }

    @Test
    void readsTheDatesOfPageFurnitureWithWeekdaysAndTimes() {
        LocalDate expected = LocalDate.of(2022, 11, 23);
        for (String text : new String[] {"- Nov 23 Wed 2022 08:46", "2022/11/23", "23 November 2022", "2022-11-23 13:12",
                "Wednesday, November 23, 2022", "2022年11月23日 星期三", "2022年11月23日10時", "二〇二二年十一月二十三日",
                "Nov. 23, 2022, 8:46 a.m. EST"}) {
            assertEquals(Optional.of(expected), DateParser.whole(text.replaceFirst("^- ", "")), text);
        }
        assertEquals(Optional.of(LocalDate.of(2014, 3, 8)), DateParser.whole("2014年3月8日10時"));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 5)), DateParser.whole("2023-03-05 13:12"));
    }

    @Test
    void readsABlogsChineseDateWithTheYearLast() {
        assertEquals(Optional.of(LocalDate.of(2009, 3, 18)), DateParser.whole("星期三, 3月 18, 2009"));
        assertEquals(Optional.of(LocalDate.of(2009, 3, 18)), DateParser.line("星期三, 3月 18, 2009"));
    }

    @Test
    void readsADateLineWithThePlaceOfTheSpeech() {
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("(2019年6月4日，上海国际会议中心)"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("Lancaster House, 4 June 2019"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("Cape Town, June 4, 2019"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("2019年6月4日 南非，开普敦"));
    }

    @Test
    void takesNoHeadlineOrSentenceThatHoldsADateForADateLine() {
        for (String text : java.util.List.of("2019年6月4日开普敦举行了第三次会议。", "2019年6月4日起施行", "On June 4, 2019, 12 ships sailed.",
                "2008-07-05 美国人庆祝独立日 Americans Celebrate Independence Day", "(2019年6月4日，第3号)")) {
            assertEquals(Optional.empty(), DateParser.line(text), text);
        }
    }
    @Test
    void readsDateLinesWithAChineseTimeZoneABracketedLabelOrASiteNameBeforeTheDateAndTime() {
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("2019年6月4日 美国东部标准时间上午07:12"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("东部夏令时间上午10:10 2019年6月4日"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("[日期:2019-06-04]"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("晨报双语 2019-06-04 13:12"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), DateParser.line("Washington, D.C.June 4, 2019"));
        assertEquals(Optional.empty(), DateParser.line("晨报双语 2019-06-04 13:12 开幕"));
        assertEquals(Optional.empty(), DateParser.line("In the U.S.June 4, 2019 was hot."));
    }

    @Test
    void readsADatelineWithTheOccasionBeforeThePlace() {
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2015, 3, 2)), DateParser.line("在作家协会的演讲;伦敦,2015年3月2日"));
    }

    @Test
    void readsTheDateFieldOfAPagesLineOfFieldsUpToItsSeparator() {
        LocalDate expected = LocalDate.of(2019, 6, 4);
        assertEquals(Optional.of(expected), DateParser.line("发表于 2019-6-4 08:15:02 | 只看楼主 |倒序浏览"));
        assertEquals(Optional.of(expected), DateParser.line("发布时间：2019年6月4日   编辑：林秋"));
        // Without a separator a label's date is still followed by a sentence, which is no date line.
        assertEquals(Optional.empty(), DateParser.line("发布时间：2019年6月4日 全市停水"));
    }
}
