package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cheap clues that a Chinese paragraph and an English one say the same thing: numbers written in
 * digits, years in Chinese numerals, explicit numbering in either language ({@link Numbering}: 第二章,
 * （二）, CHAP. II), Latin names (a name or term written in Latin letters inside Chinese text),
 * quotation marks, question marks and list markers. Paragraph lengths decide most alignments; anchors settle the close calls.
 *
 * <pre>{@code
 * Anchors zh = Anchors.of("1987 年，Duet 发布了“第一版”。");
 * double bonus = zh.score(Anchors.of("In 1987 Duet released \"the first edition\"."));  // negative: agrees
 * }</pre>
 */
record Anchors(List<String> numbers, List<String> names, boolean quoted, boolean listed, boolean asks) {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final String HAN_DIGITS = "〇一二三四五六七八九";
    private static final Pattern NAME = Pattern.compile("\\b[A-Za-z][A-Za-z'-]+\\b");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[-*•·]\\s|\\d{1,3}[.)、．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)");
    /** A shared anchor is good evidence; a number on one side only is weaker evidence against. */
    private static final double SHARED = 1.2;
    private static final double UNSHARED_NUMBER = 0.4;
    private static final double SHAPE = 0.3;

    static final Anchors NONE = new Anchors(List.of(), List.of(), false, false, false);

    /** What {@link #scan} finds in a text. */
    private static final int FULL_WIDTH_DIGIT = 1;
    private static final int ASCII_DIGIT = 2;
    private static final int ASCII_LETTER = 4;
    private static final int HAN = 8;
    private static final int YEAR = 16;
    /** A character that Chinese numbering needs (第, 卷, an opening bracket): {@link Numbering#inDigits} has work. */
    private static final int NUMBERING_MARK = 32;
    private static final int QUOTE = 64;
    private static final int QUESTION = 128;

    static Anchors of(String text) {
        int found = scan(text);
        String digits = (found & FULL_WIDTH_DIGIT) != 0 ? halfWidthDigits(text) : text;
        if ((found & YEAR) != 0) {
            digits = hanYearsInDigits(digits);
        }
        // Numbering needs one of its marks, a Han numeral at the start or (for Roman numbers) an ASCII
        // letter; the digits written above add none of them. Most Chinese paragraphs have none.
        String plain = (found & (NUMBERING_MARK | ASCII_LETTER)) != 0 || Numbering.opensWithHanNumeral(digits)
                ? Numbering.inDigits(digits) : digits;
        if (plain != text) {
            found = scan(plain);
        }
        List<String> numbers = new ArrayList<>();
        // Without an ASCII digit or letter the patterns cannot match: most paragraphs are spared the search.
        if ((found & ASCII_DIGIT) != 0) {
            Matcher m = NUMBER.matcher(plain);
            while (m.find()) {
                numbers.add(m.group().replace(",", ""));
            }
        }
        List<String> names = new ArrayList<>();
        if ((found & ASCII_LETTER) != 0 && (found & HAN) != 0) {
            Matcher n = NAME.matcher(plain);
            while (n.find()) {
                names.add(n.group().toLowerCase(Locale.ROOT));
            }
        }
        boolean quoted = (found & QUOTE) != 0;
        boolean listed = mayOpenList(plain) && LIST_MARKER.matcher(plain.strip()).find();
        boolean asks = (found & QUESTION) != 0;
        return new Anchors(List.copyOf(numbers), List.copyOf(names), quoted, listed, asks);
    }

    Anchors plus(Anchors other) {
        List<String> n = new ArrayList<>(numbers);
        n.addAll(other.numbers);
        List<String> w = new ArrayList<>(names);
        w.addAll(other.names);
        return new Anchors(n, w, quoted || other.quoted, listed || other.listed, asks || other.asks);
    }

    boolean isEmpty() {
        return this == NONE || numbers.isEmpty() && names.isEmpty() && !quoted && !listed && !asks;
    }

    /**
     * A cost adjustment for aligning this Chinese side with the English {@code english}: negative when
     * they share anchors, positive when numbers or quotation appear on one side only.
     *
     * @param englishText the English side's text, searched for the Latin names of this side
     */
    double score(Anchors english, String englishText) {
        double score = 0;
        int sharedNumbers = 0;
        for (String number : numbers) {
            if (english.numbers.contains(number)) {
                sharedNumbers++;
            }
        }
        score -= SHARED * sharedNumbers;
        score += UNSHARED_NUMBER * ((numbers.size() - sharedNumbers) + (english.numbers.size() - sharedNumbers));
        if (!names.isEmpty()) {
            String lower = englishText.toLowerCase(Locale.ROOT);
            for (String name : names) {
                score += lower.contains(name) ? -SHARED : UNSHARED_NUMBER;
            }
        }
        if (quoted || english.quoted) {
            score += quoted == english.quoted ? -SHAPE : SHAPE;
        }
        if (listed || english.listed) {
            score += listed == english.listed ? -SHAPE : SHAPE;
        }
        if (asks || english.asks) {
            score += asks == english.asks ? -SHAPE : SHAPE;
        }
        return score;
    }

    /**
     * In one pass: whether the text holds a full-width digit, an ASCII digit, an ASCII letter, a Han
     * character, 年, a mark of Chinese numbering, a quotation mark, a question mark.
     */
    private static int scan(String text) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= '0' && c <= '9') {
                    found |= ASCII_DIGIT;
                } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    found |= ASCII_LETTER;
                } else {
                    found |= c == '"' ? QUOTE : c == '?' ? QUESTION : c == '(' ? NUMBERING_MARK : 0;
                }
            } else if (c >= '０' && c <= '９') {
                found |= FULL_WIDTH_DIGIT;
            } else {
                found |= c == '年' ? YEAR : c == '“' || c == '「' || c == '『' ? QUOTE : c == '？' ? QUESTION
                        : c == '第' || c == '卷' || c == '（' ? NUMBERING_MARK : 0;
                int codePoint = text.codePointAt(i);
                if (press.duet.text.Scripts.isHan(codePoint)) {
                    found |= HAN;
                }
                i += Character.charCount(codePoint) - 1;
            }
        }
        return found;
    }

    /** Whether the text's first character other than white space can open a {@link #LIST_MARKER}. */
    private static boolean mayOpenList(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= '0' && c <= '9' || "-*•·（(一二三四五六七八九十".indexOf(c) >= 0;
    }

    /**
     * The text with years in Chinese numerals (一九四九年, 二〇二四年) written in digits, so that they
     * anchor on the English "1949" as years in digits do. Only four numerals before 年 count: a lone
     * 一 or 三 is a word ("一封信"), and numbers with 十 and 百 are rarer in the places anchors help.
     */
    static String hanYearsInDigits(String text) {
        if (text.indexOf('年') < 0) {
            return text;
        }
        // Four numerals before a 年 never overlap another such run (年 is not a numeral), so each 年
        // is looked at on its own: the runs a regular expression would find, without a search per character.
        StringBuilder out = null;
        int copied = 0;
        for (int year = text.indexOf('年', 4); year >= 0; year = text.indexOf('年', year + 1)) {
            if (!isHanDigit(text.charAt(year - 4)) || !isHanDigit(text.charAt(year - 3))
                    || !isHanDigit(text.charAt(year - 2)) || !isHanDigit(text.charAt(year - 1))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, year - 4);
            for (int k = year - 4; k < year; k++) {
                char c = text.charAt(k);
                out.append(c == '零' ? 0 : HAN_DIGITS.indexOf(c));
            }
            copied = year;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isHanDigit(char c) {
        return c == '零' || HAN_DIGITS.indexOf(c) >= 0;
    }

    private static String halfWidthDigits(String text) {
        int first = 0;
        while (first < text.length() && (text.charAt(first) < '０' || text.charAt(first) > '９')) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }
}
