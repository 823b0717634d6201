package press.duet.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.Numerals;

/**
 * Explicit numbering written in words or numerals, rewritten in digits so that it anchors as digits
 * do: 第二章, 第十三回, 卷三, （二）, 二、 in Chinese; CHAP. II, Chapter XIV, Book III, a leading "IV." in
 * English. Then 第二章 meets "Chapter 2" and "CHAP. II", and （二） meets "(2)" and "2.".
 *
 * <pre>{@code
 * Numbering.inDigits("第十二章 春");     // "第12章 春"
 * Numbering.inDigits("CHAP. XII. Spring"); // "CHAP. 12. Spring"
 * }</pre>
 */
final class Numbering {
    private Numbering() {
    }

    private static final String HAN_NUMBER = "[零〇一二两三四五六七八九十百千]+";
    /** The numeral is group 2; groups 1 and 3 are what stands around it and is kept. */
    private static final Pattern HAN = Pattern.compile(
            "(第)(" + HAN_NUMBER + ")([章回篇节節则則卷部课課条條])|(卷)(" + HAN_NUMBER + ")()"
                    + "|([（(])(" + HAN_NUMBER + ")([)）])|^()(" + HAN_NUMBER + ")(、)");
    private static final Pattern ROMAN = Pattern.compile(
            "\\b(CHAP\\.?\\s|CHAPTER\\s|Chapter\\s|Chap\\.\\s|BOOK\\s|Book\\s|PART\\s|Part\\s|SECTION\\s|Section\\s)([IVXLC]+)(\\b)"
                    + "|^()([IVXLC]+)(\\.\\s)");
    /** Characters without which {@link #HAN} cannot match (but a numeral opening the text), looked for first. */
    private static final String HAN_MARKS = "第卷（(";
    private static final String HAN_NUMERALS = "零〇一二两三四五六七八九十百千";

    /** The text with its explicit numbering in digits; everything else as it was. */
    static String inDigits(String text) {
        String out = text;
        if (hasAny(text, HAN_MARKS) || opensWithHanNumeral(text)) {
            out = replace(HAN, out, true);
        }
        if (mayHaveRoman(out)) {
            out = replace(ROMAN, out, false);
        }
        return out;
    }

    /** Whether the text opens with a Han numeral (二、 as a list's number). */
    static boolean opensWithHanNumeral(String text) {
        return !text.isEmpty() && HAN_NUMERALS.indexOf(text.charAt(0)) >= 0;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The words before a Roman chapter number that {@link #ROMAN} knows, each starting with a capital. */
    private static final String[] ROMAN_WORDS = {"CHAP", "Chap", "BOOK", "Book", "PART", "Part", "SECTION", "Section"};

    private static boolean mayHaveRoman(String text) {
        int k = 0;
        while (k < text.length() && "IVXLC".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k > 0 && k + 1 < text.length() && text.charAt(k) == '.' && text.charAt(k + 1) == ' ') {
            return true;
        }
        // A search per word: the library's search of a string runs many characters at a time.
        for (String word : ROMAN_WORDS) {
            if (text.indexOf(word) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Pattern pattern, String text, boolean han) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        while (m.find()) {
            int g = 1;
            while (m.group(g + 1) == null) {
                g += 3;
            }
            String numeral = m.group(g + 1);
            int value = han ? hanValue(numeral) : romanValue(numeral);
            String digits = value > 0 ? Integer.toString(value) : numeral;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(g) + digits + m.group(g + 2)));
            changed |= value > 0;
        }
        if (!changed) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value of a Chinese number (十二 12, 二十 20, 一百零五 105), or 0 when it is not one. */
    private static int hanValue(String numeral) {
        return Math.max(0, Numerals.chinese(numeral));
    }

    /** The value of a Roman numeral written the standard way, or 0 when it is not one. */
    private static int romanValue(String numeral) {
        return Math.max(0, Numerals.roman(numeral));
    }
}
