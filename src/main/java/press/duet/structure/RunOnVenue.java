package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.report.Dropped;

/**
 * An English title line with its venue run on, the line break before the hall lost in the copy:
 * "Remarks by the President at the Summit on Trade Harbour Hall and Conference Center". The venue is
 * known from the head: a hall or place line the furniture dropped, in English, or in Chinese with its
 * English name in brackets after it where the text names it ("海港大厅(Harbour Hall and Conference Center)").
 */
final class RunOnVenue {
    /** An English name in brackets: "(Harbour Hall and Conference Center)". */
    private static final Pattern BRACKETED = Pattern.compile("[(（]\\s*([A-Z][A-Za-z0-9 .,'’&\\-]{3,80}?)\\s*[)）]");
    /** Words a title never ends with: the venue's cut must leave a whole phrase ("… on a" is none). */
    private static final Pattern FUNCTION_WORD_END = Pattern.compile(
            "(?i)\\b(?:a|an|the|of|on|at|in|to|for|by|and|or|with|from|into|about|its|their|our)$");
    /** What must be left of the title, in words. */
    private static final int MIN_TITLE_WORDS = 3;

    private RunOnVenue() {
    }

    /** The title without the venue run on at its end; the title as it is when none is. */
    static String without(String title, List<Paragraph> head, List<Dropped> dropped) {
        for (String venue : venues(head, dropped)) {
            if (venue.split("\\s+").length >= 2 && title.endsWith(" " + venue)) {
                String rest = title.substring(0, title.length() - venue.length()).strip();
                if (rest.split("\\s+").length >= MIN_TITLE_WORDS && !FUNCTION_WORD_END.matcher(rest).find()) {
                    return rest;
                }
            }
        }
        return title;
    }

    /** The English names of the head's dropped place and hall lines. */
    private static List<String> venues(List<Paragraph> head, List<Dropped> dropped) {
        List<String> venues = new ArrayList<>();
        for (Dropped d : dropped) {
            String line = d.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.codePoints().noneMatch(press.duet.text.Scripts::isHan)) {
                venues.add(line);
                continue;
            }
            for (Paragraph p : head) {
                int at = p.text().indexOf(line);
                if (at >= 0) {
                    Matcher m = BRACKETED.matcher(p.text()).region(at + line.length(), p.text().length());
                    if (m.lookingAt()) {
                        venues.add(m.group(1).strip());
                    }
                }
            }
        }
        return venues.stream().filter(v -> !v.toLowerCase(Locale.ROOT).equals(v)).toList();
    }
}
