package press.duet.read.html;

import org.jsoup.nodes.Element;
import press.duet.text.Numerals;

/**
 * The markers of an ordered list's items as the page sets them: numbers from {@code start} (counting
 * down when {@code reversed}), an item's {@code value}, and the {@code type} a, A, i or I.
 */
final class ListMarkers {
    private ListMarkers() {
    }

    static int start(Element list) {
        int start = number(list.attr("start"), Integer.MIN_VALUE);
        if (start != Integer.MIN_VALUE) {
            return start;
        }
        if (list.hasAttr("reversed")) {
            return (int) list.children().stream().filter(e -> e.normalName().equals("li")).count();
        }
        return 1;
    }

    static int step(Element list) {
        return list.hasAttr("reversed") ? -1 : 1;
    }

    static int value(Element item, int otherwise) {
        return number(item.attr("value"), otherwise);
    }

    /** The marker of the item numbered {@code number}: "3.", "c.", "iii.". */
    static String marker(Element list, int number) {
        String type = list.attr("type").strip();
        String shown = switch (type) {
            case "a" -> letters(number);
            case "A" -> letters(number).toUpperCase(java.util.Locale.ROOT);
            case "i" -> roman(number);
            case "I" -> roman(number).toUpperCase(java.util.Locale.ROOT);
            default -> Integer.toString(number);
        };
        return shown + ".";
    }

    private static String letters(int number) {
        if (number < 1) {
            return Integer.toString(number);
        }
        StringBuilder out = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return out.toString();
    }

    private static String roman(int number) {
        return number < 1 || number > 3999 ? Integer.toString(number) : Numerals.toRoman(number).toLowerCase(java.util.Locale.ROOT);
    }

    private static int number(String text, int otherwise) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
