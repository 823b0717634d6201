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
}
