package press.duet.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as each language writes them: 2024年1月16日 and January 16, 2024. */
public final class DateWords {
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private DateWords() {
    }

    public static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String english(LocalDate date) {
        return ENGLISH.format(date);
    }
}
