package press.duet.text;

import java.util.Locale;
import java.util.Map;

/**
 * Reads the numbers that chapter headings and numbered paragraphs carry: Chinese numerals (十三,
 * 二十, 一百零五, 兩, the financial forms 壹貳參, full-width and ASCII digits), Roman numerals (XII,
 * iv) and English number words (two, twenty-one, third). Each reader gives -1 for what is not a
 * number it knows, so a caller can try them in turn.
 *
 * <pre>{@code
 * int thirteen = Numerals.chinese("十三");   // 13
 * int twelve = Numerals.roman("XII");        // 12
 * }</pre>
 */
public final class Numerals {
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20));

    private Numerals() {
    }

    /**
     * A Chinese numeral or a run of digits: 一 … 九, 十, 百, 千 and 零/〇 as a place keeper (一百零五 is
     * 105), digit by digit when there are no place words (一九四九 is 1949); -1 when it is not one.
     */
    public static int chinese(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        boolean placeWords = false;
        StringBuilder plainDigits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                plainDigits.append((char) ('0' + d));
                continue;
            }
            int place = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                default -> -1;
            };
            if (place < 0) {
                return -1;
            }
            placeWords = true;
            section += (digit < 0 ? 1 : digit) * place;
            digit = -1;
        }
        if (!placeWords) {
            return plainDigits.length() > 6 ? -1 : Integer.parseInt(plainDigits.toString());
        }
        total += section + Math.max(digit, 0);
        return total;
    }

    private static int digitOf(char c) {
        int index = CHINESE_DIGITS.indexOf(c);
        if (index >= 0) {
            return index;
        }
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '零' -> 0;
            case '两', '兩' -> 2;
            case '壹' -> 1;
            case '贰', '貳' -> 2;
            case '叁', '參' -> 3;
            case '肆' -> 4;
            case '伍' -> 5;
            case '陆', '陸' -> 6;
            case '柒' -> 7;
            case '捌' -> 8;
            case '玖' -> 9;
            default -> -1;
        };
    }

    /**
     * A Roman numeral in either case (XIV, iv), read by the subtractive rule; -1 when it is not one,
     * and for letters that only look like one ("MILD", "DIM"): the numeral must be written the
     * standard way, as its value would be.
     */
    public static int roman(String text) {
        if (text.isEmpty() || text.length() > 15) {
            return -1;
        }
        int total = 0;
        int previous = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int value = switch (Character.toUpperCase(text.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> -1;
            };
            if (value < 0) {
                return -1;
            }
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total > 0 && total < 4000 && toRoman(total).equalsIgnoreCase(text) ? total : -1;
    }

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    /** The standard Roman numeral for 1 to 3999. */
    public static String toRoman(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_LETTERS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /**
     * An English number as a heading writes it: digits, a Roman numeral, or words up to ninety-nine
     * ("Twenty-One", "third"); -1 when it is none of them.
     */
    public static int english(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 6 ? -1 : Integer.parseInt(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Integer word = WORDS.get(lower);
        if (word != null) {
            return word;
        }
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Integer tens = WORDS.get(lower.substring(0, dash));
            Integer ones = WORDS.get(lower.substring(dash + 1));
            if (tens != null && ones != null && tens % 10 == 0 && tens >= 20 && ones < 10) {
                return tens + ones;
            }
        }
        return roman(text);
    }
}
