package press.duet.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that articles and page furniture print: "Jan 16, 2024", "16 January 2024", "2024-01-16",
 * "2024/1/16", "2024.01.16", "2024年1月16日", "二〇二四年一月十六日", with a weekday between ("Nov 23 Wed
 * 2022", "Wednesday, November 23, 2022", "2022年11月23日 星期三") and a time after ("08:46", "10時").
 */
final class DateParser {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?";
    /** "Nov 23 Wed 2022", "July 4th, 2008", and as a text that lost its spaces gives it, "July4th,2008". */
    private static final Pattern MONTH_FIRST = Pattern.compile("([A-Za-z]{3,9})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?(?:\\s+(?i:" + WEEKDAY + "),?)?\\s+|,)(\\d{4})");
    private static final String CHINESE_DIGITS = "一二三四五六七八九";
    private static final Pattern CHINESE_NUMERALS = Pattern.compile(
            "([〇零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*[日号號]");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    /** A blog's date in Chinese with the year last: "12月 22, 2004" (after "星期三, "). */
    private static final Pattern CHINESE_MONTH_YEAR_LAST = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?\\s*[,，]\\s*(\\d{4})");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(published on|published|posted on|posted|updated on|updated|last updated|date|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表于|發表於|发布于|發布於"
                    + "|发表时间|發表時間|更新时间|更新時間|日期|时间|時間)\\s*[:：]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** Where a field of a page's line of fields ends: a bar, or a run of spaces wider than one between words. */
    private static final Pattern FIELD_END = Pattern.compile("\\s*[|｜]|\\s{3,}|\\u3000+");
    /** What may stand before a date that is a line of its own: "- Nov 23 Wed 2022 08:46", "· 2022/11/23". */
    private static final Pattern DATE_LEAD = Pattern.compile("^[\\s\\-—–·•|｜]+");
    /** The brackets around a line of date and place: "(2020年3月2日，北京)". */
    private static final Pattern OUTER_BRACKETS = Pattern.compile("^[(（\\[【]\\s*(.*?)\\s*[)）\\]】]$");
    /** A place beside a date: words without digits or the marks of a sentence. */
    private static final Pattern PLACE = Pattern.compile("[^\\d。！？!?；;：:“”\"《》]{2,40}");
    /** What parts a place from its date, or an occasion from its place: "在英語聯盟的演講;倫敦,2009年12月10日". */
    private static final Pattern COMMA = Pattern.compile("\\s*[,，、;；]\\s*");

    private DateParser() {
    }

    /**
     * A time zone in Chinese words: "美国东部标准时间", "东部夏令时间", "北京时间", "格林尼治時間" (a
     * region or a zone, then 标准/夏令/日光 and 时间).
     */
    private static final String ZONE_NAME = "(?:美国|美國)?(?:东部|東部|西部|中部|山地|太平洋|北京|香港|台北|臺北|东京|東京|格林尼治|格林威治|当地|當地)"
            + "(?:标准|標準|夏令|日光)?(?:时间|時間)";

    /** What may stand beside a date on a date line: a time, a time zone, brackets. */
    private static final Pattern TIME_AND_ZONE = Pattern.compile("[\\d:：.,，\\s()（）+\\-|｜]*(?i:(am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|cst|bjt|hkt|edt|est|pst|pdt|bst|cet"
            + "|" + ZONE_NAME + "|时|時|点|點|分|秒|上午|下午|凌晨|早上|中午|晚上|星期[一二三四五六日天]|周[一二三四五六日]|週[一二三四五六日]|禮拜[一二三四五六日天]|礼拜[一二三四五六日天]|"
            + WEEKDAY + ")[\\d:：.,，\\s()（）+\\-|｜]*)*");

    /**
     * The date of a text that is a date and nothing more (but a time and a time zone): "Jan 16, 2024",
     * "2024年1月16日 08:30". A date followed by a sentence gives nothing.
     */
    static Optional<LocalDate> whole(String text) {
        for (Pattern pattern : List.of(NUMERIC, CHINESE_NUMERALS, MONTH_FIRST, DAY_FIRST, CHINESE_MONTH_YEAR_LAST)) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
                return TIME_AND_ZONE.matcher(rest.strip()).matches() ? find(m.group()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first date found in the text. */
    static Optional<LocalDate> find(String text) {
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        Matcher c = CHINESE_NUMERALS.matcher(text);
        if (c.find()) {
            return date(chineseNumber(c.group(1), true), chineseNumber(c.group(2), false), chineseNumber(c.group(3), false));
        }
        Matcher w = MONTH_FIRST.matcher(text);
        if (w.find()) {
            return month(w.group(1)).flatMap(month -> date(w.group(3), month, w.group(2)));
        }
        Matcher d = DAY_FIRST.matcher(text);
        if (d.find()) {
            return month(d.group(2)).flatMap(month -> date(d.group(3), month, d.group(1)));
        }
        Matcher y = CHINESE_MONTH_YEAR_LAST.matcher(text);
        if (y.find()) {
            return date(y.group(3), y.group(1), y.group(2));
        }
        return Optional.empty();
    }

    /**
     * The date of a head's date line: a label and a date ("发布时间：2024年1月16日 08:30"), a date and
     * nothing more ("- Nov 23 Wed 2022 08:46"), or a date with the place where the words were given
     * ("(2020年3月2日，北京)", "Chatham House, 2 March 2020", "New Delhi, 19 September 2011").
     */
    static Optional<LocalDate> line(String text) {
        if (text.length() > 80) {
            return Optional.empty();
        }
        Matcher bracketedLine = OUTER_BRACKETS.matcher(text.strip());
        Matcher m = DATE_LINE.matcher(bracketedLine.matches() ? bracketedLine.group(1) : text);
        // A date line holds a date and perhaps a time, not a sentence that happens to follow it.
        if (m.matches()) {
            // A page's line of fields goes on after its date: "发表于 2020-5-14 09:50:19 | 只看该作者".
            return whole(FIELD_END.split(m.group(2), 2)[0]);
        }
        Optional<LocalDate> alone = whole(DATE_LEAD.matcher(text).replaceFirst(""));
        return alone.isPresent() ? alone : withPlace(text);
    }

    /**
     * Whether a date line carries a label ("更新时间：…", "Posted on …"): the page's date of publishing or
     * updating, where a bare date line under a title is the text's own.
     */
    static boolean labelled(String text) {
        Matcher bracketed = OUTER_BRACKETS.matcher(text.strip());
        return DATE_LINE.matcher(bracketed.matches() ? bracketed.group(1) : text).matches();
    }

    /**
     * A date and a place apart from it by a comma or a space, the date first or last: the place has
     * no digits and no marks of a sentence, so a headline that opens with a date is no date line.
     */
    private static Optional<LocalDate> withPlace(String line) {
        Matcher bracketed = OUTER_BRACKETS.matcher(line.strip());
        String text = bracketed.matches() ? bracketed.group(1) : line.strip();
        for (Pattern pattern : List.of(NUMERIC, CHINESE_NUMERALS, MONTH_FIRST, DAY_FIRST)) {
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                continue;
            }
            String before = text.substring(0, m.start());
            String after = text.substring(m.end());
            boolean first = before.isBlank();
            String place = first ? after : before;
            // After a place and its date, a time may follow: "中国日报 2023-03-05 13:12".
            if (!first && !after.isBlank() && !TIME_AND_ZONE.matcher(after.strip()).matches() || place.isBlank()) {
                return Optional.empty();
            }
            // A place's abbreviation may end it, the date glued on: "Washington, D.C.April 26, 2010".
            boolean apart = first ? place.matches("^\\s*[,，、;；\\s].*") || COMMA.matcher(place).find()
                    : place.matches(".*(?:[,，、;；\\s]|\\b[A-Z]\\.)\\s*$");
            String words = COMMA.matcher(place.strip()).replaceAll(" ").replaceAll("^[,，、;；\\s]+|[,，、;；\\s]+$", "");
            return apart && PLACE.matcher(words).matches() ? find(m.group()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "二〇二四" digit by digit, or "十六" as a number up to 31. */
    private static String chineseNumber(String text, boolean digits) {
        if (digits) {
            StringBuilder out = new StringBuilder();
            text.chars().forEach(ch -> out.append(digit(ch)));
            return out.toString();
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return String.valueOf(digit(text.charAt(0)));
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return String.valueOf(tens * 10 + units);
    }

    private static int digit(int ch) {
        return ch == '〇' || ch == '零' ? 0 : CHINESE_DIGITS.indexOf(ch) + 1;
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
