package press.duet.furniture;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;
import press.duet.text.DrawnRule;
import press.duet.text.Pinyin;
import press.duet.text.Scripts;

/**
 * Shapes of page furniture that no word names: a rule drawn with one repeated character, a link back
 * to the top of the page, a line of page information made of short fields around a date and a count
 * ("天之聪教育 2020-03-03 中国驻英国大使馆 1512次"), a menu copied as a bulleted list of short items above
 * the article, and the heading that counts the pieces of a compilation ("中英翻译文章阅读11篇(完整)").
 *
 * <pre>{@code
 * FurnitureKind kind = PageLines.anywhere("------------------"); // SEPARATOR
 * }</pre>
 */
final class PageLines {
    /** A rule is long: "* * *" and "---" are a text's own section breaks, a row of twenty dashes is the page's. */
    private static final int MIN_RULE_LENGTH = 10;
    private static final Pattern BACK_TO_TOP = Pattern.compile(
            "^[▲△↑⬆︿^\\s]*(top|back to top|to top|go to top|回到顶部|返回顶部|回到頂部|返回頂部|回顶部|回頂部|回到页首|回到頁首|页首|頁首)[\\s▲△↑⬆︿^]*$",
            Pattern.CASE_INSENSITIVE);
    /** A bullet that opens a line of a copied list: "• 读者文摘", "· 首页", "- News". */
    private static final Pattern BULLET = Pattern.compile("^[•●○◦▪▫■□◆◇►▶▸‣⁃·*\\-–]\\s*");
    /** A menu's item is a word or two. */
    private static final int MAX_ITEM_COLUMNS = 16;
    /** Three items one under the other are a list; a menu has more, and stands above the article. */
    private static final int MIN_MENU_ITEMS = 3;
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(\\s*\\d{1,2}\\s*[:：]\\s*\\d{2}(\\s*[:：]\\s*\\d{2})?)?");
    /** A count of readers or views without a word for it: "1512次", "5.86K", "2.26W", "阅读(1,024)". */
    private static final Pattern BARE_COUNT = Pattern.compile("^[(（]?\\d[\\d,.]*\\s*([万萬kKwW]\\+?|次|人)[)）]?$");
    /** The fields of a line of page information are names: short, no sentence, no digits. */
    private static final int MAX_FIELD_COLUMNS = 24;
    private static final int MAX_FIELDS = 6;
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("[\\s|｜]+");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？!?；;，,：:“”\"]");
    /** A compilation's heading counts its pieces: "英语美文11篇", "中英翻译文章阅读11篇(完整)", "演讲稿(精选8篇)". */
    private static final Pattern COMPILATION = Pattern.compile(
            "\\d{1,3}\\s*篇\\s*([(（][^)）]{1,8}[)）])?$|[(（][^)）]{0,6}\\d{1,3}\\s*篇[)）]$");

    /** The heading of a table of contents: "目录", "目 錄", "Contents", "Table of Contents". */
    private static final Pattern CONTENTS = Pattern.compile("^(目\\s*录|目\\s*錄|目\\s*次|(table\\s+of\\s+)?contents)\\s*[:：]?$",
            Pattern.CASE_INSENSITIVE);
    /** A table's entry is a heading: a line a title's length, no sentence. */
    private static final int MAX_ENTRY_COLUMNS = 100;

    /** A page's links to its other pages: "[13][12][10][09]", "1 2 3 4 下一页". */
    private static final Pattern PAGINATION = Pattern.compile(
            "^(\\[\\d{1,4}\\]\\s*){3,}$|^(\\d{1,4}\\s+){2,}\\d{1,4}\\s*(下一页|下一頁|next|»|>|>>)$", Pattern.CASE_INSENSITIVE);
    /** A link drawn with an arrow after a few words: "歷史上的今天------>", "更多 >>", "Read more →". */
    private static final Pattern ARROW_LINK = Pattern.compile("^[^。！？!?.]{1,24}?\\s*(-{2,}>|=+>|→|⇒|>>|»)$");
    /** The source or author a line of page information names: "来源:酷学英语", "作者:英语课", "Source: Daily Light". */
    private static final Pattern SOURCE_FIELD = Pattern.compile("(来源|來源|出处|出處|作者|source|author)\\s*[:：]\\s*([^\\s|｜:：]{2,20})",
            Pattern.CASE_INSENSITIVE);
    /** A widget's words after the site's name: "酷学英语全文朗读" is the site's name and four characters. */
    private static final int MAX_WIDGET_EXTRA = 6;
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    /** A mark alone on a line: one dash or dot, no word to publish. */
    private static final String LONE_MARKS = "-–—=_~·・•";
    private static final int MIN_NUMBERED_LINES = 3;

    private PageLines() {
    }

    /**
     * Marks a table of contents copied with the page: its heading and the entries under it, up to the
     * first line of prose or the first entry that comes again (the body's own first heading). The book
     * makes its own contents from the chapters; the copied one would be published as paragraphs.
     */
    static void markContents(List<String> lines, FurnitureKind[] kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] != null || !CONTENTS.matcher(lines.get(i).strip()).matches()) {
                continue;
            }
            java.util.Set<String> entries = new java.util.HashSet<>();
            int j = i + 1;
            while (j < lines.size()) {
                String text = lines.get(j).strip();
                // An entry and its heading in the body may differ in case and marks: "Chapter I. Laying plans", "Chapter I. LAYING PLANS".
                String key = text.replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(java.util.Locale.ROOT);
                if (!text.isEmpty() && (entries.contains(key) || !DisplayColumns.fit(text, MAX_ENTRY_COLUMNS)
                        || FurnitureLine.sentenceLike(text))) {
                    break;
                }
                if (!text.isEmpty() && !CONTENTS.matcher(text).matches()) {
                    entries.add(key);
                }
                j++;
            }
            if (entries.size() >= 2) {
                for (int k = i; k < j; k++) {
                    kinds[k] = kinds[k] != null || lines.get(k).isBlank() ? kinds[k] : FurnitureKind.CONTENTS;
                }
                i = j - 1;
            }
        }
    }

    /**
     * The pinyin reading glued before the translation on one line ("rén zhī chū , xìnɡ běn shàn 。Men at
     * their birth …", "sān zì jīnɡ - Three Character Classic"): the reading up to its sentence mark or
     * dash, or null when the line opens with no reading
     * or nothing in Latin capitals follows it.
     */
    static String readingFront(String line) {
        int stop = -1;
        boolean marked = false; // a character that may carry a tone mark (Pinyin.mayHoldToneMark), seen in the same pass
        for (int i = 0; i < line.length() && stop < 0; i++) {
            char c = line.charAt(i);
            if (c >= '\u3400' && c <= '\u9FFF') {
                return null; // no pinyin word holds a character of U+3400–U+9FFF (Pinyin.isReadingLine): a Chinese line fails at once
            }
            marked |= c >= '\u00C0' && c <= '\u1FFF';
            boolean dash = (c == '-' || c == '—' || c == '–') && i > 0 && line.charAt(i - 1) == ' ';
            if (c == '。' || c == '.' || c == '!' || c == '?' || c == '！' || c == '？' || dash) {
                stop = i + 1;
            }
        }
        // After a reading's own full stop (。) its translation may open in lower case: "…duàn jī zhù。and when …".
        boolean latinAfterStop = stop > 0 && stop < line.length() && line.charAt(stop - 1) == '。' && Scripts.isLatinLetter(line.charAt(stop));
        if (!marked || stop <= 0 || stop >= line.length() || !capitalAfter(line, stop) && !latinAfterStop) {
            return null;
        }
        String front = line.substring(0, stop);
        return Pinyin.isReadingLine(front) ? front.strip() : null;
    }

    /**
     * Whether the line's text after {@code from}, stripped, opens with a capital: read in place, as
     * most lines (a Chinese paragraph's second sentence) fail at their first character.
     */
    private static boolean capitalAfter(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        return i < line.length() && Character.isUpperCase(line.charAt(i));
    }

    /** A separator rule, a back-to-top link or a line of page information fields, or null. */
    static FurnitureKind anywhere(String line) {
        String text = line.strip();
        if (text.isEmpty() || !DisplayColumns.fit(text, FurnitureLine.MAX_COLUMNS)) {
            return null;
        }
        if (isRule(text)) {
            return FurnitureKind.SEPARATOR;
        }
        if (BACK_TO_TOP.matcher(text).matches()) {
            return FurnitureKind.MENU;
        }
        if (isInfoFields(text)) {
            return FurnitureKind.PAGE_INFO;
        }
        if (PAGINATION.matcher(text).matches() || ARROW_LINK.matcher(text).matches()) {
            return FurnitureKind.MENU;
        }
        if (Pinyin.isReadingLine(text)) {
            return FurnitureKind.READING;
        }
        return null;
    }

    /**
     * Marks the lines that hold a number and nothing more when they count up by the same step of two
     * or more ("5", "10", "15"): the line or page numbers of the copied page. Numbers that count by one
     * may be the text's own section numbers, and stay.
     */
    static void markLineNumbers(List<String> lines, FurnitureKind[] kinds) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == null && BARE_NUMBER.matcher(lines.get(i).strip()).matches()) {
                at.add(i);
            }
        }
        if (at.size() < MIN_NUMBERED_LINES) {
            return;
        }
        int step = number(lines, at.get(1)) - number(lines, at.get(0));
        for (int k = 1; k < at.size(); k++) {
            if (number(lines, at.get(k)) - number(lines, at.get(k - 1)) != step) {
                return;
            }
        }
        if (step >= 2) {
            at.forEach(i -> kinds[i] = FurnitureKind.LINE_NUMBER);
        }
    }

    /**
     * Marks the short lines above the prose that are the name of the page's source or author, as its page
     * information gives it, with at most a few words of a widget after it ("来源:酷学英语" … "酷学英语全文朗读").
     * A title that opens with the name holds more: a colon and its own words.
     */
    static void markSourceNamed(List<String> lines, FurnitureKind[] kinds, int firstProse) {
        List<String> sources = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = kinds[i] == FurnitureKind.PAGE_INFO ? SOURCE_FIELD.matcher(lines.get(i)) : null;
            while (m != null && m.find()) {
                sources.add(m.group(2));
            }
        }
        for (int i = 0; i < (firstProse < 0 ? 0 : firstProse); i++) {
            String text = lines.get(i).strip();
            for (String source : sources) {
                if (kinds[i] == null && text.startsWith(source) && text.length() - source.length() <= MAX_WIDGET_EXTRA
                        && !SENTENCE_MARK.matcher(text).find()) {
                    kinds[i] = FurnitureKind.SITE;
                }
            }
        }
    }

    private static int number(List<String> lines, int index) {
        return Integer.parseInt(lines.get(index).strip());
    }

    /** A compilation's heading that counts its pieces: furniture near the top only, where the site prints it. */
    static FurnitureKind atTop(String line) {
        String text = line.strip();
        return DisplayColumns.fit(text, 60) && COMPILATION.matcher(text).find() && !FurnitureLine.sentenceLike(text)
                ? FurnitureKind.SITE : null;
    }

    /** The line without the bullet a copied list puts before it, or the line itself. */
    static String withoutBullet(String line) {
        String text = line.strip();
        // The pattern opens with one of its marks: a line that opens with another character has none.
        if (text.isEmpty() || BULLET_MARKS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        Matcher m = BULLET.matcher(text);
        return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()).strip() : text;
    }

    /** The marks of {@link #BULLET}, one of which its match opens with. */
    private static final String BULLET_MARKS = "•●○◦▪▫■□◆◇►▶▸‣⁃·*-–";

    /**
     * Marks a dash or a dot alone on a line above all text or below it, where a page's copy begins or
     * ends with the stub of a rule. Between a page's pieces it stays: it parts them as a blank line
     * would, and a heading under it is the piece's own.
     */
    static void markLoneMarks(List<String> lines, FurnitureKind[] kinds) {
        for (int step : new int[] {1, -1}) {
            for (int i = step > 0 ? 0 : lines.size() - 1; i >= 0 && i < lines.size(); i += step) {
                String text = lines.get(i).strip();
                if (text.length() == 1 && LONE_MARKS.indexOf(text.charAt(0)) >= 0) {
                    kinds[i] = kinds[i] != null ? kinds[i] : FurnitureKind.SEPARATOR;
                } else if (!text.isEmpty() && kinds[i] == null) {
                    break;
                }
            }
        }
    }

    /** "------------": one character drawn across the line. */
    static boolean isRule(String text) {
        return DrawnRule.is(text, MIN_RULE_LENGTH);
    }

    /**
     * "天之聪教育 2020-03-03 中国驻英国大使馆 1512次": a date, a count and at most a few short names between
     * spaces or bars, and nothing that reads as a sentence.
     */
    static boolean isInfoFields(String text) {
        Matcher date = DATE.matcher(text);
        if (!date.find() || !DisplayColumns.fit(text, 80)) {
            return false;
        }
        String rest = (text.substring(0, date.start()) + " " + text.substring(date.end())).strip();
        String[] fields = FIELD_SEPARATOR.split(rest);
        if (fields.length < 2 || fields.length > MAX_FIELDS) {
            return false;
        }
        boolean counted = false;
        for (String field : fields) {
            if (BARE_COUNT.matcher(field).matches()) {
                counted = true;
            } else if (!DisplayColumns.fit(field, MAX_FIELD_COLUMNS) || SENTENCE_MARK.matcher(field).find()
                    || field.chars().anyMatch(Character::isDigit) || field.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                return false;
            }
        }
        return counted;
    }

    /**
     * Marks the runs of three or more bulleted short items above the article's first paragraph of
     * prose: a site's menu copied as a list. In the article a bulleted list is text.
     */
    static void markMenus(List<String> lines, FurnitureKind[] kinds, int firstProse) {
        int end = firstProse < 0 ? lines.size() : firstProse;
        int i = 0;
        while (i < end) {
            int j = i;
            while (j < end && (isMenuItem(lines.get(j)) || kinds[j] != null && isBulleted(lines.get(j)))) {
                j++;
            }
            if (j - i >= MIN_MENU_ITEMS) {
                for (int k = i; k < j; k++) {
                    kinds[k] = kinds[k] != null ? kinds[k] : FurnitureKind.MENU;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isBulleted(String line) {
        String text = line.strip();
        return !text.isEmpty() && BULLET.matcher(text).lookingAt() && !withoutBullet(text).equals(text);
    }

    private static boolean isMenuItem(String line) {
        if (!isBulleted(line)) {
            return false;
        }
        String item = withoutBullet(line);
        return DisplayColumns.fit(item, MAX_ITEM_COLUMNS) && !FurnitureLine.sentenceLike(item) && !SENTENCE_MARK.matcher(item).find();
    }
}
