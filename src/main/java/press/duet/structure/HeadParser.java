package press.duet.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.text.ChineseVariety;

/**
 * Reads the opening lines of an article or book: the title (in one or both languages, with a label
 * such as 中英对照 and a part number such as [5] taken off), a "Published on …" or "发布时间 …" line
 * and a byline, as news sites and bilingual readers print them.
 */
final class HeadParser {
    private static final String LABELS = "中英对照|中英對照|中英双语|中英雙語|英汉对照|英漢對照|汉英对照|漢英對照|双语|雙語|bilingual";
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^[\\[【（(]?\\s*(" + LABELS + ")\\s*[\\]】）)]?\\s*[:：|｜·\\-—]*\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "\\s*[\\[【（(]\\s*(" + LABELS + ")\\s*[\\]】）)]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile("\\s*[\\[【［(（]\\s*(\\d{1,4})\\s*[\\]】］)）]\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(published on|published|posted on|posted|updated on|updated|date|发布时间|發布時間|发布日期|發佈日期|发表于|發表於|日期|时间|時間)\\s*[:：]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(by|author|authors|作者|文|译者|譯者|translated by|translator)\\s*[:：]?\\s+(.{1,80})$|^(作者|译者|譯者|文)[:：]\\s*(.{1,80})$",
            Pattern.CASE_INSENSITIVE);
    /** Where a subtitle begins: "标题——副标题", "标题：副标题", "Title: Subtitle", "Title — Subtitle". */
    private static final Pattern ZH_SUBTITLE = Pattern.compile("——|：|\\s—\\s");
    private static final Pattern EN_SUBTITLE = Pattern.compile(":\\s|\\s[—–-]\\s");
    /** Longest title line, in display columns; the seed's English title is about 180. */
    private static final int MAX_TITLE_COLUMNS = 260;
    /** How many opening paragraphs may belong to the head. */
    private static final int HEAD_WINDOW = 6;

    private HeadParser() {
    }

    static Head parse(List<Paragraph> paragraphs) {
        return parse(paragraphs, false);
    }

    /**
     * The head of a text whose first paragraph its author marked as the title (a Markdown file's only
     * level-1 heading): it is the title even when it reads like a chapter heading ("# 第一课 问候").
     */
    static Head parseWithTitle(List<Paragraph> paragraphs) {
        return parse(paragraphs, true);
    }

    private static Head parse(List<Paragraph> paragraphs, boolean firstIsTitle) {
        Segment zhTitle = null;
        Segment enTitle = null;
        String label = null;
        Integer part = null;
        LocalDate date = null;
        List<String> authors = new ArrayList<>();
        int index = 0;
        while (index < paragraphs.size() && index < HEAD_WINDOW) {
            Paragraph p = paragraphs.get(index);
            Optional<LocalDate> dated = dateLine(p.text());
            boolean declared = firstIsTitle && index == 0 && p.lang().isPresent();
            if (!declared && date == null && dated.isPresent()) {
                date = dated.get();
            } else if (!declared && isByline(p.text())) {
                authors.addAll(authorsOf(p.text()));
            } else if (!declared && (ChapterHeadings.isHeading(p) || p.lang().isEmpty() || p.level() > 0)) {
                // A chapter heading, a line of no language or a marked-up heading begins the body.
                break;
            } else if (declared || looksLikeTitle(p, index, zhTitle != null || enTitle != null)) {
                TitleLine title = titleLine(p.text());
                BilingualText both = index == 0 ? ChapterSplitter.splitMixed(title.text(), Lang.ZH_HANS) : null;
                if (both != null && both.zh() != null && both.en() != null) {
                    // One title line in both languages: "山中来信 Letters from the Mountains".
                    zhTitle = new Segment(ChineseVariety.of(both.zh().text()), both.zh().text());
                    enTitle = both.en();
                } else if (p.isChinese() && zhTitle == null) {
                    zhTitle = new Segment(p.lang().get(), title.text());
                } else if (p.isEnglish() && enTitle == null) {
                    enTitle = new Segment(Lang.EN, title.text());
                } else {
                    break;
                }
                label = label != null ? label : title.label();
                part = part != null ? part : title.part();
            } else {
                break;
            }
            index++;
        }
        // The title keeps its subtitle, as the writers show the title whole; the subtitle is also
        // recorded on its own for readers of the metadata.
        Segment zhSubtitle = null;
        Segment enSubtitle = null;
        if (zhTitle != null) {
            Lang lang = zhTitle.lang();
            zhSubtitle = subtitleOf(zhTitle.text(), ZH_SUBTITLE).map(text -> new Segment(lang, text)).orElse(null);
        }
        if (enTitle != null) {
            enSubtitle = subtitleOf(enTitle.text(), EN_SUBTITLE).map(text -> new Segment(Lang.EN, text)).orElse(null);
        }
        BilingualText title = zhTitle == null && enTitle == null ? null : new BilingualText(zhTitle, enTitle);
        BilingualText subtitle = zhSubtitle == null && enSubtitle == null ? null : new BilingualText(zhSubtitle, enSubtitle);
        return new Head(title, label, part, date, authors, index, subtitle);
    }

    /** The part of a title after its first colon or dash, when both halves have some length. */
    private static Optional<String> subtitleOf(String text, Pattern separator) {
        Matcher m = separator.matcher(text);
        if (m.find() && m.start() >= 2 && text.length() - m.end() >= 2) {
            return Optional.of(text.substring(m.end()).strip());
        }
        return Optional.empty();
    }

    private record TitleLine(String text, String label, Integer part) {
    }

    private static TitleLine titleLine(String line) {
        String text = line;
        String label = null;
        Integer part = null;
        Matcher m = PART.matcher(text);
        if (m.find()) {
            part = Integer.valueOf(m.group(1));
            text = text.substring(0, m.start());
        }
        m = LEADING_LABEL.matcher(text);
        if (m.find() && m.end() < text.length()) {
            label = m.group(1);
            text = text.substring(m.end());
        }
        m = TRAILING_LABEL.matcher(text);
        if (m.find() && m.start() > 0) {
            label = label != null ? label : m.group(1);
            text = text.substring(0, m.start());
        }
        return new TitleLine(text.strip(), label, part);
    }

    /**
     * A title is short and is no sentence: it does not end with a full stop, unless a label or part
     * number marks it. The first paragraph qualifies on those terms; a later one only as the other
     * language of a title already found.
     */
    private static boolean looksLikeTitle(Paragraph p, int index, boolean titleFound) {
        if (index > 0 && !titleFound) {
            return false;
        }
        String text = p.text();
        if (ParagraphSplitter.columns(text) > MAX_TITLE_COLUMNS) {
            return false;
        }
        TitleLine line = titleLine(text);
        boolean marked = line.label() != null || line.part() != null;
        if (marked) {
            return true;
        }
        if (line.text().isEmpty() || endsLikeSentence(line.text())) {
            return false;
        }
        int limit = p.isChinese() ? 80 : 160;
        return ParagraphSplitter.columns(text) <= limit;
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return "。．.；;，,：:”’\"".indexOf(last) >= 0;
    }

    private static Optional<LocalDate> dateLine(String text) {
        if (text.length() > 80) {
            return Optional.empty();
        }
        Matcher m = DATE_LINE.matcher(text);
        // A date line holds a date and perhaps a time, not a sentence that happens to follow it.
        if (m.matches()) {
            return DateParser.whole(m.group(2));
        }
        return Optional.empty();
    }

    /** A byline or a date line: lines that stand on their own, never joined with the next. */
    static boolean isHeadLine(String text) {
        return isByline(text) || dateLine(text).isPresent();
    }

    /**
     * A byline names people: no sentence punctuation, short, and each Chinese name a few characters
     * without spaces (so that "作者：林秋" joined with the next line by a Markdown paragraph is no byline).
     */
    private static boolean isByline(String text) {
        Matcher m = BYLINE.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String names = m.group(2) != null ? m.group(2) : m.group(4);
        if (names.length() > 60 || names.chars().anyMatch(c -> "。！？!?；;…".indexOf(c) >= 0) || names.strip().endsWith(".")) {
            return false;
        }
        for (String name : authorsOf(text)) {
            boolean chinese = name.codePoints().anyMatch(press.duet.text.Scripts::isHan);
            if (chinese && (name.length() > 10 || name.chars().anyMatch(Character::isWhitespace))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> authorsOf(String line) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return List.of();
        }
        String names = m.group(2) != null ? m.group(2) : m.group(4);
        List<String> authors = new ArrayList<>();
        for (String name : names.split("\\s*(?:,|，|、|;|；| and | & |和)\\s*")) {
            if (!name.isBlank()) {
                authors.add(name.strip());
            }
        }
        return authors;
    }
}
