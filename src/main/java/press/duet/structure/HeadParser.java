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
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * Reads the opening lines of an article or book: the title (in one or both languages, with a label
 * such as 中英对照 and a part number such as [5] taken off), a "Published on …" or "发布时间 …" line
 * and a byline, as news sites and bilingual readers print them.
 */
final class HeadParser {
    private static final String LABELS = "中英文版全文|中英版全文|中英文全文|中英全文|中英文版|中英版|中英文对照|中英文對照|中英对照|中英對照|中英双语|中英雙語|英汉对照|英漢對照|汉英对照|漢英對照|双语对照|雙語對照|双语全文|雙語全文|双语|雙語|bilingual";
    /** A label opens a title when a bracket, a separator or a space follows it: "双语新闻" is a phrase, not a label. */
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^[\\[【（(]?\\s*(" + LABELS + ")(?=[\\s\\]】）):：|｜·\\-—《“\"])\\s*[\\]】）)]?\\s*[:：|｜·\\-—]*\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "\\s*[\\[【（(]\\s*(" + LABELS + ")\\s*[\\]】）)]\\s*$", Pattern.CASE_INSENSITIVE);
    /** An English title's note that the page gives the whole text: "… - Full Speech Text", "… (Full Transcript)". */
    private static final Pattern TRAILING_FULL_TEXT = Pattern.compile(
            "\\s*(?:[-–—:|]\\s+|[(\\[]\\s*)(?:(?:the\\s+)?full\\s+(?:speech\\s+|english\\s+)?(?:text|transcript)|full\\s+speech|transcript)\\s*[)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A column named with a bilingual label before the title, parted from it by a dash or a bar:
     * "英汉对照法律资源--宪法", "双语美文——标题", "中英对照阅读 | 标题". (A colon after such a name may
     * begin a title about that very genre: {@link TitlePrefix#withoutColumn} reads those.)
     */
    private static final Pattern LABELLED_COLUMN = Pattern.compile(
            "^[\\[【（(]?\\s*(" + LABELS + ")\\p{IsHan}{1,6}[\\]】）)]?\\s*(?:--|——|[|｜])\\s*", Pattern.CASE_INSENSITIVE);
    /** A part number after the title, in digits or Chinese numerals: "[5]", "(15)", "（十五）". */
    private static final Pattern PART = Pattern.compile("\\s*[\\[【［(（]\\s*(\\d{1,4}|[一二三四五六七八九十百]{1,4})\\s*[\\]】］)）]\\s*$");
    /** A series or column name in 《》 before the title: "《双语阅读》：标题", "《中英对照读新闻》 标题". */
    private static final Pattern SERIES = Pattern.compile("^《([^《》]{1,24})》\\s*(?:[:：|｜·\\-—]+\\s*|\\s+|(?=" + LABELS + "))");
    private static final Pattern LABEL_ANYWHERE = Pattern.compile(LABELS, Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[(（\\[【][^()（）\\[\\]【】]*[)）\\]】]");
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[，。！？；,]");
    /** A quoted theme at a title's end: no sentence mark inside the quotation marks. */
    private static final Pattern QUOTED_THEME = Pattern.compile("(?:“[^“”。！？.!?，,；;]{2,60}”|\"[^\"。！？.!?，,；;]{2,60}\")$");
    /** The lines between a title and its date or byline (a place, an office) are short. */
    static final int MAX_NOTE_COLUMNS = 80;
    /** How far down a page's body may begin. */
    static final int BODY_WINDOW = 16;
    /** Where a subtitle begins: "标题——副标题", "标题：副标题", "Title: Subtitle", "Title — Subtitle". */
    static final Pattern ZH_SUBTITLE = Pattern.compile("——|：|\\s—\\s");
    static final Pattern EN_SUBTITLE = Pattern.compile(":\\s|\\s[—–-]\\s");
    /** Longest title line, in display columns; the seed's English title is about 180. */
    static final int MAX_TITLE_COLUMNS = 260;
    /** How many opening paragraphs may belong to the head. */
    static final int HEAD_WINDOW = 6;
    /** An e-text's title page has a few lines: a title, a description, "by", a name. */
    private static final int MIN_TITLE_PAGE_LINES = 3;

    private HeadParser() {
    }

    static Head parse(List<Paragraph> paragraphs) {
        return parse(paragraphs, false, 0, List.of());
    }

    /**
     * The head of a text whose first paragraph its author marked as the title (a Markdown file's only
     * level-1 heading): it is the title even when it reads like a chapter heading ("# 第一课 问候").
     */
    static Head parseWithTitle(List<Paragraph> paragraphs) {
        return parse(paragraphs, true, 0, List.of());
    }

    /**
     * The head of a text copied from a page.
     *
     * @param infoLine     the line of the first line of page information (来源, 时间 …) that was dropped
     *                     from the text above its body, or 0: the title is the line just above it
     * @param droppedLines the lines dropped from the text as page furniture, in order: a title may
     *                     follow the last of them above the body
     */
    static Head parse(List<Paragraph> paragraphs, boolean firstIsTitle, int infoLine, List<Integer> droppedLines) {
        Segment zhTitle = null;
        Segment enTitle = null;
        String label = null;
        String series = null;
        Integer part = null;
        LocalDate date = null;
        LocalDate pageDate = null;
        List<String> authors = new ArrayList<>();
        List<String> translators = new ArrayList<>();
        List<String> signers = new ArrayList<>();
        if (!firstIsTitle) {
            Optional<Head> release = PressReleaseHead.of(paragraphs);
            if (release.isPresent()) {
                return release.get();
            }
        }
        int titleStart = firstIsTitle ? 0 : TitleStart.of(paragraphs, infoLine, droppedLines);
        List<Integer> notes = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        int zhTitleAt = -1;
        int enTitleAt = -1;
        int headLinesAbove = 0;
        int index = titleStart;
        while (index < paragraphs.size() && index < titleStart + HEAD_WINDOW + notes.size()) {
            Paragraph p = paragraphs.get(index);
            boolean titled = zhTitle != null || enTitle != null;
            Optional<String> name = titled && index + 1 < paragraphs.size()
                    ? Byline.bilingualName(p.text(), paragraphs.get(index + 1).text()) : Optional.empty();
            if (name.isPresent() && !authors.contains(name.get())) {
                // The author's name in both languages on two lines under the title: "贾宝泉" / "Jia Baoquan".
                authors.add(name.get());
                index += 2;
                continue;
            }
            if (titled && index == titleStart + 1 && index + 1 < paragraphs.size() && p.isChinese()
                    && Byline.isBareName(p.text()) && !authors.contains(p.text().strip())) {
                // A poet's or an author's name alone under the title: "静夜思" / "李白".
                authors.add(p.text().strip());
                index++;
                continue;
            }
            if (!titled && !firstIsTitle && RepeatedTitle.restatedBelow(paragraphs, index)) {
                // "第一篇:标题" over "标题": a page's numbering of the piece, the title restated; the line below is the title.
                notes.add(index);
                headLinesAbove++;
                index++;
                continue;
            }
            int lastHeadLine = titled ? lastHeadLine(paragraphs, index) : -1;
            boolean titleSlotOpen = p.isChinese() ? zhTitle == null : p.isEnglish() && enTitle == null;
            if (lastHeadLine > index && dateLine(p.text()).isEmpty() && Byline.of(p.text()).isEmpty()
                    && !(titleSlotOpen && looksLikeTitle(p, index - titleStart, true))) {
                // A place, an office or a name without a label between the title and its date or byline.
                notes.add(index);
                index++;
                continue;
            }
            Optional<LocalDate> dated = dateLine(p.text());
            Optional<Byline.Credits> credits = Byline.of(p.text());
            // Under the title, a line naming the speech and its speaker: "——谢锋大使在…的主旨演讲".
            Optional<String> speaker = titled && !titleSlotOpen && credits.isEmpty() ? SpeakerInTitle.name(p.text()) : Optional.empty();
            boolean declared = firstIsTitle && index == 0 && p.lang().isPresent();
            if (!declared && dated.isPresent()) {
                // The first date line gives the date; a second (the same date in the other language) is the head's too.
                // "更新时间：…" is when the page was put up, which a bare date line of the text's own outranks.
                if (DateParser.labelled(p.text())) {
                    pageDate = pageDate != null ? pageDate : dated.get();
                } else {
                    date = date != null ? date : dated.get();
                }
                // A date line above the title ("(2011-03-09)", then the title) leaves the title the head's first line.
                headLinesAbove += titled ? 0 : 1;
            } else if (!declared && credits.isPresent()) {
                headLinesAbove += titled ? 0 : 1;
                credits.get().authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
                credits.get().translators().stream().filter(t -> !translators.contains(t)).forEach(translators::add);
                credits.get().signers().stream().filter(t -> !signers.contains(t)).forEach(signers::add);
            } else if (!declared && titled && (p.isChinese() ? zhTitleAt : p.isEnglish() ? enTitleAt : -1) >= 0
                    && RepeatedTitle.isRepeated(paragraphs, index)) {
                // A page that prints its title twice (its heading, then the title again) under a headline of its
                // own: the line given twice is the text's title, the headline above it and the repeat are notes.
                boolean chineseSide = p.isChinese();
                int headline = chineseSide ? zhTitleAt : enTitleAt;
                if (!paragraphs.get(headline).text().equals(p.text())) {
                    notes.add(headline);
                    TitleLine title = titleLine(p.text());
                    if (chineseSide) {
                        zhTitle = new Segment(p.lang().get(), title.text());
                        zhTitleAt = index;
                    } else {
                        enTitle = new Segment(Lang.EN, title.text());
                        enTitleAt = index;
                    }
                    notes.add(index + 1);
                    index += 2;
                } else {
                    notes.add(index);
                    index++;
                }
                continue;
            } else if (!declared && speaker.isPresent()) {
                speakers.add(speaker.get());
            } else if (!declared && (ChapterHeadings.isHeading(p) && titleLine(p.text()).label() == null
                    || p.lang().isEmpty() || p.level() > 0)) {
                // A chapter heading, a line of no language or a marked-up heading begins the body; a page's
                // numbered piece with a bilingual label ("第一篇:…(中英对照)") is the title.
                break;
            } else if (declared || looksLikeTitle(p, index - titleStart - headLinesAbove, zhTitle != null || enTitle != null)) {
                TitleLine title = titleLine(p.text());
                BilingualText both = index == titleStart ? ChapterSplitter.splitMixed(title.text(), Lang.ZH_HANS) : null;
                if (both != null && both.zh() != null && both.en() != null) {
                    // One title line in both languages: "山中来信 Letters from the Mountains".
                    // "《為政》 Wei Zheng": the brackets that mark the Chinese title are not part of it.
                    String zh = both.zh().text().strip().matches("《[^《》]+》") ? both.zh().text().strip().replaceAll("^《|》$", "")
                            : both.zh().text();
                    zhTitle = new Segment(ChineseVariety.of(zh), zh);
                    enTitle = both.en();
                    zhTitleAt = index;
                    enTitleAt = index;
                } else if (p.isChinese() && zhTitle == null) {
                    zhTitle = new Segment(p.lang().get(), title.text());
                    zhTitleAt = index;
                } else if (p.isEnglish() && enTitle == null) {
                    enTitle = new Segment(Lang.EN, title.text());
                    enTitleAt = index;
                } else {
                    break;
                }
                label = label != null ? label : title.label();
                part = part != null ? part : title.part();
                series = series != null ? series : title.series();
            } else {
                break;
            }
            index++;
        }
        if (zhTitle != null && enTitle == null && !firstIsTitle) {
            // A Chinese article followed by its English: the English block opens with its own title line.
            Optional<Paragraph> opening = OtherBlockTitle.of(paragraphs, index, false, part);
            if (opening.isPresent()) {
                enTitle = new Segment(Lang.EN, titleLine(opening.get().text()).text());
            }
        } else if (enTitle != null && zhTitle == null && !firstIsTitle) {
            Optional<Paragraph> opening = OtherBlockTitle.of(paragraphs, index, true, part);
            if (opening.isPresent()) {
                zhTitle = new Segment(opening.get().lang().get(), titleLine(opening.get().text()).text());
            }
        }
        if (zhTitle != null) {
            String bare = TitlePrefix.withoutColumn(zhTitle.text(), paragraphs.subList(index, paragraphs.size()));
            zhTitle = bare.equals(zhTitle.text()) ? zhTitle : new Segment(zhTitle.lang(), bare);
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
        if (titleStart >= MIN_TITLE_PAGE_LINES && authors.isEmpty() && translators.isEmpty()
                && paragraphs.subList(0, titleStart).stream().allMatch(Paragraph::isEnglish)) {
            // An e-text's title page above the title: "with a translation … by / James Legge".
            Byline.Credits page = Byline.titlePage(paragraphs.subList(0, titleStart).stream().map(Paragraph::text).toList());
            authors.addAll(page.authors());
            translators.addAll(page.translators());
        }
        if (authors.isEmpty()) {
            // A speech's title names its speaker: "Remarks by Ambassador Locke at …", "…大使刘晓明在…的讲话".
            SpeakerInTitle.of(speakers, zhTitle, enTitle).ifPresent(authors::add);
        }
        BilingualText title = zhTitle == null && enTitle == null ? null : new BilingualText(zhTitle, enTitle);
        BilingualText subtitle = zhSubtitle == null && enSubtitle == null ? null : new BilingualText(zhSubtitle, enSubtitle);
        return new Head(title, label, part, date, authors, index, subtitle, translators, series, titleStart, notes,
                pageDate, signers);
    }

    /**
     * The index of the last date line or byline among the short lines that follow (no sentences, no
     * headings, as a head's lines are), or -1.
     */
    private static int lastHeadLine(List<Paragraph> paragraphs, int from) {
        int last = -1;
        for (int j = from; j < paragraphs.size() && j < from + HEAD_WINDOW; j++) {
            Paragraph p = paragraphs.get(j);
            if (!DisplayColumns.fit(p.text(), MAX_NOTE_COLUMNS) || endsLikeSentence(p.text())
                    || ChapterHeadings.isHeading(p) || p.lang().isEmpty()) {
                break;
            }
            if (isHeadLine(p.text())) {
                last = j;
            }
        }
        return last;
    }

    /** The part of a title after its first colon or dash, when both halves have some length. */
    static Optional<String> subtitleOf(String text, Pattern separator) {
        Matcher m = separator.matcher(text);
        if (m.find() && m.start() >= 2 && text.length() - m.end() >= 2) {
            return Optional.of(text.substring(m.end()).strip());
        }
        return Optional.empty();
    }

    record TitleLine(String text, String label, Integer part, String series) {
    }

    static TitleLine titleLine(String line) {
        String text = TitlePrefix.withoutPageControls(TitlePrefix.withoutNumberingOrPlace(line));
        String label = null;
        Integer part = null;
        String series = null;
        Matcher m = SERIES.matcher(text);
        // A column's name stands before a Chinese title; before English words, "《為政》 Wei Zheng", the name in 《》 is the title,
        // and so it is before a label and a note alone: "《道德经》汉英对照 (Legge 译本)".
        if (m.find() && m.end() < text.length() - 1 && titleAfterSeries(text.substring(m.end()))) {
            series = m.group(1).strip();
            text = text.substring(m.end());
        }
        m = PART.matcher(text);
        if (m.find()) {
            part = Character.isDigit(m.group(1).charAt(0)) ? Integer.valueOf(m.group(1)) : press.duet.text.Numerals.chinese(m.group(1));
            text = text.substring(0, m.start());
        }
        m = LEADING_LABEL.matcher(text);
        if (m.find() && m.end() < text.length()) {
            label = m.group(1);
            text = text.substring(m.end());
        }
        m = LABELLED_COLUMN.matcher(text);
        if (label == null && m.find() && text.length() - m.end() >= 4) {
            label = m.group(1);
            text = text.substring(m.end());
        }
        m = TRAILING_LABEL.matcher(text);
        if (m.find() && m.start() > 0) {
            label = label != null ? label : m.group(1);
            text = text.substring(0, m.start());
        }
        m = TRAILING_FULL_TEXT.matcher(text);
        if (m.find() && m.start() > 0) {
            text = text.substring(0, m.start());
        }
        return new TitleLine(withoutCapitalsStop(text.strip()), label, part, series);
    }

    /** Whether what follows a name in 《》 holds a Chinese title of its own: Han characters beside a label and a bracketed note. */
    private static boolean titleAfterSeries(String rest) {
        String title = BRACKETED_NOTE.matcher(LABEL_ANYWHERE.matcher(rest).replaceAll("")).replaceAll("");
        return title.codePoints().anyMatch(Scripts::isHan);
    }

    /**
     * A title is short and is no sentence: it does not end with a full stop, unless a label or part
     * number marks it. The first paragraph qualifies on those terms; a later one only as the other
     * language of a title already found.
     */
    static boolean looksLikeTitle(Paragraph p, int index, boolean titleFound) {
        if (index > 0 && !titleFound) {
            return false;
        }
        String text = p.text();
        if (DisplayColumns.of(text) > MAX_TITLE_COLUMNS) {
            return false;
        }
        TitleLine line = titleLine(text);
        boolean marked = line.label() != null || line.part() != null;
        if (marked) {
            return true;
        }
        if (line.text().isEmpty() || endsLikeSentence(line.text()) && !endsWithQuotedTheme(line.text())) {
            return false;
        }
        if (p.isChinese() && ChapterFeatures.onlyNumbering(line.text(), true)) {
            // "一", "第一章", "卷上": the first section's number, not the book's title.
            return false;
        }
        // A Chinese title may carry its theme in 《》 after it; outside the brackets it holds no sentence.
        String outside = text.replaceAll("《[^《》]*》", "");
        int limit = !p.isChinese() ? 160 : outside.length() < text.length() && !SENTENCE_MARKS.matcher(outside).find() ? 130 : 80;
        return DisplayColumns.of(text) <= limit;
    }

    /** An old e-text's title in capitals ends with a full stop ("CONFUCIAN ANALECTS."), which is no sentence's. */
    private static String withoutCapitalsStop(String text) {
        if (text.length() > 3 && text.endsWith(".") && !text.endsWith("..")) {
            long upper = text.chars().filter(Character::isUpperCase).count();
            long lower = text.chars().filter(Character::isLowerCase).count();
            if (upper >= 3 && lower == 0) {
                return text.substring(0, text.length() - 1);
            }
        }
        return text;
    }

    /**
     * A title that ends with its theme in quotation marks, no sentence's end inside them: "…的讲话：“宏观展望
     * 中美关系”", "Remarks: “A Broad Vision”". A quotation that closes a sentence ends with its stop: "。”".
     */
    private static boolean endsWithQuotedTheme(String text) {
        Matcher m = QUOTED_THEME.matcher(text);
        return m.find() && m.start() >= 2;
    }

    static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return "。．.；;，,：:”’\"".indexOf(last) >= 0;
    }

    static Optional<LocalDate> dateLine(String text) {
        return DateParser.line(text);
    }

    /** A byline or a date line: lines that stand on their own, never joined with the next. */
    static boolean isHeadLine(String text) {
        return Byline.of(text).isPresent() || dateLine(text).isPresent();
    }
}
