package press.duet.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that articles print: "Jan 16, 2024", "16 January 2024", "2024-01-16", "2024/1/16",
 * "2024.01.16" and "2024年1月16日".
 */
final class DateParser {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH_FIRST = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");

    private DateParser() {
    }

    /** The first date found in the text. */
    static Optional<LocalDate> find(String text) {
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        Matcher w = MONTH_FIRST.matcher(text);
        if (w.find()) {
            return month(w.group(1)).flatMap(month -> date(w.group(3), month, w.group(2)));
        }
        Matcher d = DAY_FIRST.matcher(text);
        if (d.find()) {
            return month(d.group(2)).flatMap(month -> date(d.group(3), month, d.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<String> month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (prefix.length() >= 3 && full.startsWith(prefix) || prefix.equals("sept")) {
                return Optional.of(String.valueOf(prefix.equals("sept") ? 9 : month.getValue()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
