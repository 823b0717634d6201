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
                "2024/1/16", "2024.01.16", "2024年1月16日", "Sept. 16, 2024"}) {
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
}
