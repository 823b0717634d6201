package press.duet.structure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;
import press.duet.text.Numerals;

/**
 * Recognises chapter heading lines and reads what they say: their rank (a part such as BOOK II or
 * 卷上, a chapter, a section), the number they carry, and any text that runs on after the heading on
 * the same line. The forms: 第一章 / 第1章 / 第十回 / 第三则 / 第二篇, 卷一 / 卷之一 / 卷上, 上篇 /
 * 下篇, a chapter name followed by its number (學而第一, 始計第一), a name with 篇 (勸學篇), Chapter 1
 * / CHAPTER I / CHAP. XII. / Part Two / BOOK II. WEI CHANG, a Roman numeral before a title in
 * capitals or title case (I. LAYING PLANS, I. Laying Plans, I: Laying Plans) or alone (II), the prologue-like words on a short line of their own, and Markdown
 * {@code #} headings.
 *
 * <pre>{@code
 * ChapterHeadings.Reading r = ChapterHeadings.read("CHAPTER I. 1. The Master said, …");
 * // r.number() == 1, r.heading() == "CHAPTER I.", r.runOn() == "1. The Master said, …"
 * }</pre>
 */
final class ChapterHeadings {
    /** How high a heading stands: a part holds chapters, a chapter holds sections. */
    enum Rank { PART, CHAPTER, SECTION }

    /**
     * What a heading line says.
     *
     * @param number the number it carries, or -1 (序言, Preface, 勸學篇)
     * @param heading the heading itself
     * @param runOn the text that follows the heading on its line ("1. The Master said …"), or null
     */
    record Reading(Rank rank, int number, String heading, String runOn) {
    }

    private static final String CHINESE_NUMBER = "[0-9０-９一二三四五六七八九十百千零〇两兩壹贰貳叁參肆伍陆陸柒捌玖拾]+";
    private static final Pattern CHINESE_ORDINAL = Pattern.compile(
            "^([【〔\\[]?)(?:第\\s*)?(" + CHINESE_NUMBER + ")\\s*([章节節回卷部篇幕课課则則集])[】〕\\]]?");
    private static final Pattern CHINESE_VOLUME = Pattern.compile(
            "^([【〔\\[]?)卷\\s*(?:之\\s*)?(" + CHINESE_NUMBER + "|[上中下])(?=$|[\\s:：　】〕\\]])[】〕\\]]?");
    private static final Pattern CHINESE_HALF = Pattern.compile("^()([上中下])篇(?=$|[\\s:：　])");
    private static final Pattern CHINESE_WORD = Pattern.compile(
            "^(序言|序章|序|前言|引言|楔子|尾声|尾聲|后记|後記|跋|附录|附錄)(?=$|[\\s:：　])");
    /** A chapter's name and its number, the whole line: 學而第一, 〈始計〉第一, 勸學篇第一. */
    private static final Pattern NAMED_ORDINAL = Pattern.compile(
            "^[〈《【]?\\p{IsHan}{1,6}?[〉》】]?\\s?第(" + CHINESE_NUMBER + ")$");
    /** A name and its number without 第 (公冶長五): taken only in a text whose other chapters are named so. */
    private static final Pattern NAMED_NUMBER = Pattern.compile(
            "^[〈《【]?\\p{IsHan}{2,6}?[〉》】]?([一二三四五六七八九十]{1,3})$");
    /**
     * A number, a full stop or 、 and a name, the whole line: 01.始计, 2、作战, 十一、九地. Taken only in a
     * text whose such lines count 1, 2, 3 … through the text (a list restarts, chapters go on).
     */
    private static final Pattern NUMBERED_NAME = Pattern.compile(
            "^(?:(\\d{1,3})\\s?[.．、]|([一二三四五六七八九十]{1,3})、)\\s?[〈《]?\\p{IsHan}{1,8}[〉》]?$");
    /** A name with 篇, the whole line: 逍遙遊篇, 〈勸學〉篇. */
    private static final Pattern NAMED_PIECE = Pattern.compile("^[〈《]?\\p{IsHan}{2,6}[〉》]?篇$");

    private static final String ENGLISH_NUMBER = "(\\d+|[IVXLCDM]+|[ivxlcdm]+\\b|[A-Za-z]+(?:-[A-Za-z]+)?)";
    private static final Pattern ENGLISH = Pattern.compile(
            "^(chapter|chap\\.|chap|ch\\.|part|book|canto|act|lesson|unit|section|sect\\.)(?:(?<=\\.)\\s*|\\s+)" + ENGLISH_NUMBER
                    + "(?![\\w-])\\s*([.:]?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "^(prologue|epilogue|preface|preamble|foreword|introduction|afterword|appendix)\\b", Pattern.CASE_INSENSITIVE);
    /** A Roman numeral before a title in capitals, the whole line: I. LAYING PLANS. */
    private static final Pattern ROMAN_TITLE = Pattern.compile("^([IVXLC]+)[.:]\\s+[A-Z][A-Z0-9 ,;:'’&-]*[A-Z.]$");
    /** A Roman numeral alone on its line, perhaps with a full stop: II, XIII. (a chapter's number as its heading). */
    private static final Pattern ROMAN_ALONE = Pattern.compile("^([IVXLC]+)\\.?$");
    /**
     * A Roman numeral before a title in title case, the whole line: I. Laying Plans, VI. Weak Points
     * and Strong, I: Laying Plans. Every word is capitalised but the small words of titles, so "I. The Master said so"
     * is a sentence, not a heading.
     */
    private static final Pattern ROMAN_TITLE_CASE = Pattern.compile(
            "^([IVXLC]+)[.:]\\s+[A-Z][\\p{L}’'-]*(?:\\s+(?:[A-Z][\\p{L}’'-]*|of|the|and|or|by|in|on|to|a|an|for|at|with|from))*$");
    private static final int MAX_TITLE_CASE_WORDS = 7;
    /** A verse number opening the run-on text: "1. The Master said", "5, 6. The Moral Law". */
    private static final Pattern VERSE_NUMBER = Pattern.compile("^\\d{1,3}(?:\\s*,\\s*\\d{1,3})*\\.\\s");
    private static final Pattern CHINESE_SENTENCE = Pattern.compile("[，。！？；「」“”]");

    /** The first letters of the English forms (keywords, prologue words, Roman numerals). */
    private static final String ENGLISH_INITIALS = "cpbalusefiivxd";
    /** The first characters of the Chinese forms longer than a named heading. */
    private static final String CHINESE_INITIALS = "第【〔卷上中下序前引楔尾后後跋附";
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s+\\S");
    private static final Pattern MARKDOWN_OPENING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MARKDOWN_CLOSING = Pattern.compile("\\s+#+\\s*$");
    /** Heading lines are short; a sentence that happens to start with "Part one of …" is not one. */
    private static final int MAX_COLUMNS = 120;
    /** The named forms (學而第一) are whole short lines; longer ones are never tried against them. */
    private static final int MAX_NAMED_LENGTH = 14;
    /** An English title after the number has a few words; more, with a sentence's end, is run-on text. */
    private static final int MAX_TITLE_WORDS = 8;

    private ChapterHeadings() {
    }

    /**
     * A short line that is a heading as it stands (no text running on after it). Every paragraph of a
     * book is asked, so the cheap tests come first: the patterns are anchored at the start and fail at
     * a paragraph's first characters; the width is counted only for a candidate.
     */
    static boolean isHeading(Paragraph p) {
        String text = p.text();
        if (MARKDOWN.matcher(text).lookingAt()) {
            return DisplayColumns.fit(text, MAX_COLUMNS);
        }
        if (endsWithStop(text)) {
            return false;
        }
        Reading reading = read(text);
        return reading != null && reading.runOn() == null && DisplayColumns.fit(text, MAX_COLUMNS);
    }

    /** What the line says as a heading, or null when it is none. Markdown headings are not read here. */
    static Reading read(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first < 0x80) {
            return ENGLISH_INITIALS.indexOf(Character.toLowerCase(first)) >= 0 ? readEnglish(text) : null;
        }
        if (CHINESE_INITIALS.indexOf(first) < 0 && text.length() > MAX_NAMED_LENGTH) {
            return null; // every paragraph is asked: most fail here, at their first character
        }
        Reading reading = readChinese(text, CHINESE_ORDINAL, 3);
        if (reading == null) {
            reading = readChinese(text, CHINESE_VOLUME, 0);
        }
        if (reading == null) {
            reading = readChinese(text, CHINESE_HALF, 0);
        }
        if (reading != null) {
            return reading;
        }
        Matcher word = CHINESE_WORD.matcher(text);
        if (word.lookingAt()) {
            return new Reading(Rank.CHAPTER, -1, text, null);
        }
        if (text.length() <= MAX_NAMED_LENGTH) {
            Matcher named = NAMED_ORDINAL.matcher(text);
            if (named.matches()) {
                return new Reading(Rank.PART, Numerals.chinese(named.group(1)), text, null);
            }
            if (NAMED_PIECE.matcher(text).matches()) {
                return new Reading(Rank.PART, -1, text, null);
            }
        }
        return null;
    }

    /**
     * A chapter name and its number without 第 (公冶長五, 衛靈公十五), as editions that name their
     * chapters 學而第一 drop the 第 here and there; -1 when the line is not one. Only a text with other
     * named chapters may take it for a heading.
     */
    static int namedNumberWithoutOrdinal(String text) {
        if (text.length() > MAX_NAMED_LENGTH || text.isEmpty() || text.charAt(0) < 0x80) {
            return -1;
        }
        Matcher m = NAMED_NUMBER.matcher(text);
        return m.matches() ? Numerals.chinese(m.group(1)) : -1;
    }

    /**
     * The number of a numbered name (01.始计, 十一、九地), -1 when the line is not one. Only a text
     * whose numbered names count on from 1 may take them for headings.
     */
    static int numberedName(String text) {
        if (text.length() > MAX_NAMED_LENGTH || text.isEmpty()) {
            return -1;
        }
        Matcher m = NUMBERED_NAME.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        return m.group(1) != null ? Integer.parseInt(m.group(1)) : Numerals.chinese(m.group(2));
    }

    /** Whether the heading is the named form 學而第一 (a name, 第, a number). */
    static boolean isNamedOrdinal(String text) {
        return text.length() <= MAX_NAMED_LENGTH && !text.isEmpty() && text.charAt(0) >= 0x80
                && !text.startsWith("第") && NAMED_ORDINAL.matcher(text).matches();
    }

    private static Reading readChinese(String text, Pattern pattern, int kindGroup) {
        Matcher m = pattern.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        // Without 第 only a bracketed 章 or one alone on its line: 【十一章】 and 一章 are headings, 三章之後 a
        // sentence, and 【三節】 marks a verse inside a saying (the editions that number 【第三章】 number its verses so).
        boolean ordinal = text.charAt(m.group(1).length()) == '第';
        boolean alone = m.end() == text.strip().length();
        if (pattern == CHINESE_ORDINAL && !ordinal && (m.group(1).isEmpty() && !alone || !m.group(3).equals("章"))) {
            return null;
        }
        String kind = kindGroup > 0 ? m.group(kindGroup) : "卷";
        Rank rank = switch (kind) {
            case "卷", "部", "集" -> Rank.PART;
            case "节", "節" -> Rank.SECTION;
            default -> Rank.CHAPTER;
        };
        if (pattern == CHINESE_HALF) {
            rank = Rank.PART;
        }
        String number = m.group(2);
        int value = switch (number) {
            case "上" -> 1;
            case "中" -> -1;
            case "下" -> 2;
            default -> Numerals.chinese(number);
        };
        String after = text.substring(m.end());
        String rest = after.strip();
        // Run-on text stands apart from the heading: 【第一章】學而時習之…, 第一章　子曰：…; never
        // 第十部分的内容 or 第二篇文章, where the heading's last character begins a word.
        boolean bracketed = !m.group(1).isEmpty();
        boolean apart = bracketed || !after.isEmpty() && ":：　 ".indexOf(after.charAt(0)) >= 0;
        if (!rest.isEmpty() && apart && (CHINESE_SENTENCE.matcher(rest).find() || bracketed && rest.length() > 6)) {
            return new Reading(rank, value, text.substring(0, m.end()).strip(), rest);
        }
        return new Reading(rank, value, text, null);
    }

    private static Reading readEnglish(String text) {
        Matcher m = ENGLISH.matcher(text);
        if (m.lookingAt()) {
            int number = Numerals.english(m.group(2));
            if (number < 0) {
                return null;
            }
            String keyword = m.group(1).toLowerCase(Locale.ROOT);
            if (keyword.endsWith(".") && !Character.isUpperCase(text.charAt(0))) {
                return null; // "ch. 71" and "sect. 3" are references inside a note, not headings
            }
            Rank rank = switch (keyword) {
                case "part", "book", "act" -> Rank.PART;
                case "section", "sect." -> Rank.SECTION;
                default -> Rank.CHAPTER;
            };
            String rest = text.substring(m.end());
            // Run-on text needs the number closed by a full stop or colon and a capital keyword:
            // "CHAP. III. The Master said, …", never "chapter 3 of the report shows …".
            boolean closed = !m.group(3).isEmpty() && Character.isUpperCase(text.charAt(0));
            if (closed && !rest.isEmpty() && isRunOn(rest)) {
                return new Reading(rank, number, text.substring(0, m.end()).strip(), rest);
            }
            return new Reading(rank, number, text, null);
        }
        Matcher roman = ROMAN_TITLE.matcher(text);
        if (!roman.matches() && splitsIntoAtMost(text, MAX_TITLE_CASE_WORDS + 1)) {
            roman = ROMAN_TITLE_CASE.matcher(text);
        }
        if (!roman.matches()) {
            roman = ROMAN_ALONE.matcher(text);
        }
        if (roman.matches()) {
            int number = Numerals.roman(roman.group(1));
            return number < 0 ? null : new Reading(Rank.CHAPTER, number, text, null);
        }
        if (ENGLISH_WORD.matcher(text).lookingAt()) {
            return new Reading(Rank.CHAPTER, -1, text, null);
        }
        return null;
    }

    /**
     * Whether {@code text.split(" ")} has at most {@code most} pieces, counted without making them: the
     * spaces before the last character that is not one, plus one (split drops the empty pieces at the end).
     */
    static boolean splitsIntoAtMost(String text, int most) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int pieces = 1;
        for (int at = text.indexOf(' '); at >= 0 && at < end && pieces <= most; at = text.indexOf(' ', at + 1)) {
            pieces++;
        }
        // "" is one empty piece; a text of spaces alone is none.
        return (text.isEmpty() ? 1 : end == 0 ? 0 : pieces) <= most;
    }

    /**
     * Text after a heading's number is the chapter's own text, not its title, when it opens with a
     * verse number, or is a sentence of more words than a title has, or quotes someone.
     */
    private static boolean isRunOn(String rest) {
        if (VERSE_NUMBER.matcher(rest).lookingAt()) {
            return true;
        }
        int words = rest.split("\\s+").length;
        boolean quotes = rest.indexOf('\'') >= 0 || rest.indexOf('"') >= 0 || rest.indexOf('‘') >= 0
                || rest.indexOf('“') >= 0;
        return words > MAX_TITLE_WORDS || quotes && words > 3 || rest.length() > 80;
    }

    /** The heading's text without Markdown's leading hashes. */
    static String text(Paragraph p) {
        String opened = MARKDOWN_OPENING.matcher(p.text()).replaceFirst("");
        return MARKDOWN_CLOSING.matcher(opened).replaceFirst("");
    }

    private static boolean endsWithStop(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '。' || last == '，' || last == ',' || last == ';' || last == '；'
                || (last == '.' && text.length() > 40);
    }
}
