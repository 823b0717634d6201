package press.duet.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.text.DisplayColumns;
import press.duet.text.LanguageIdentifier;

/**
 * Cuts a body into chapters: at Markdown headings of the highest level present (lower levels become
 * sections inside the chapter), at heading lines such as 第一章 or CHAPTER I, and, in a text with
 * neither, at short bilingual title lines (a short Chinese line and a short English one that end no
 * sentence). A heading line followed by its translation makes one bilingual title; a single line
 * holding both languages is cut at the change of script.
 *
 * <pre>{@code
 * List<ChapterText> chapters = ChapterSplitter.split(body, bookTitle, Lang.ZH_HANS);
 * }</pre>
 */
final class ChapterSplitter {
    private static final int SHORT_CHINESE_COLUMNS = 40;
    private static final int SHORT_ENGLISH_COLUMNS = 70;
    /** Consecutive headings without text between them: a list of contents. */
    private static final int CONTENTS_RUN = 3;

    /** What may stand between a heading and its translation on one line: "第一章 春 / Chapter 1 Spring". */

    private ChapterSplitter() {
    }

    static List<ChapterText> split(List<Paragraph> body, BilingualText firstTitle, Lang chinese) {
        int chapterLevel = body.stream().filter(Paragraph::isMarkedHeading).mapToInt(Paragraph::level).min().orElse(0);
        ChapterHeadings.Reading[] headings = chapterLevel == 0 ? headingLines(body) : new ChapterHeadings.Reading[body.size()];
        ChapterHeadings.Rank chineseRank = chapterRank(body, headings, true);
        ChapterHeadings.Rank englishRank = chapterRank(body, headings, false);
        boolean anyHeading = chineseRank != null || englishRank != null;
        Set<Integer> titleLines = chapterLevel == 0 && !anyHeading
                ? bilingualTitleLines(body, firstTitle.zh() != null && firstTitle.en() != null ? 1 : 2) : Set.of();
        List<ChapterText> chapters = new ArrayList<>();
        BilingualText title = firstTitle;
        int number = -1;
        int line = 0;
        List<Paragraph> current = new ArrayList<>();
        boolean sawHeading = false;
        int i = 0;
        while (i < body.size()) {
            Paragraph p = body.get(i);
            boolean chapterHeading = chapterLevel > 0 ? p.level() == chapterLevel
                    : startsChapter(p, headings[i], chineseRank, englishRank) || titleLines.contains(i);
            if (!chapterHeading) {
                if (p.level() > chapterLevel && chapterLevel > 0) {
                    current.add(p.atLevel(Math.min(4, p.level() - chapterLevel)));
                } else if (chapterLevel == 0 && headings[i] != null) {
                    current.add(p.atLevel(1)); // a heading of lower rank than the chapters': a section
                } else {
                    current.add(p);
                }
                i++;
                continue;
            }
            if (!current.isEmpty() || sawHeading) {
                chapters.add(new ChapterText(title, current, number, line));
            }
            line = p.line();
            sawHeading = true;
            current = new ArrayList<>();
            Paragraph next = i + 1 < body.size() ? body.get(i + 1) : null;
            boolean nextIsTranslation = next != null && p.lang().isPresent() && next.lang().isPresent()
                    && p.isChinese() != next.isChinese()
                    && (chapterLevel > 0 ? next.level() == chapterLevel
                            : startsChapter(next, headings[i + 1], chineseRank, englishRank) || titleLines.contains(i));
            title = nextIsTranslation ? title(p, next, chinese) : title(p, null, chinese);
            number = number(p, headings[i], chapterLevel);
            if (number < 0 && nextIsTranslation) {
                number = number(next, headings[i + 1], chapterLevel);
            }
            i += nextIsTranslation ? 2 : 1;
        }
        if (!current.isEmpty() || sawHeading || chapters.isEmpty()) {
            chapters.add(new ChapterText(title, current, number, line));
        }
        return chapters;
    }

    /**
     * The number a chapter heading carries, -1 when none: a heading line's as read, a marked heading's
     * (Markdown's {@code #}, an e-book's table of contents) read from its text, so that the chapters of
     * two editions can be matched by their numbers whatever format marks them.
     */
    private static int number(Paragraph p, ChapterHeadings.Reading heading, int chapterLevel) {
        if (heading != null) {
            return heading.number();
        }
        if (chapterLevel == 0) {
            return -1;
        }
        ChapterHeadings.Reading read = ChapterHeadings.read(ChapterHeadings.text(p));
        return read == null ? -1 : read.number();
    }

    private static boolean startsChapter(Paragraph p, ChapterHeadings.Reading heading, ChapterHeadings.Rank chineseRank,
                                         ChapterHeadings.Rank englishRank) {
        ChapterHeadings.Rank rank = p.isChinese() ? chineseRank : englishRank;
        return heading != null && rank != null && heading.rank().compareTo(rank) <= 0;
    }

    /**
     * What each paragraph says as a heading (null for text). A chapter name without 第 (公冶長五) is a
     * heading only in a text with at least two named ones (學而第一, 為政第二), as the editions that
     * drop the 第 here and there have. A run of three or more headings of one rank with no text
     * between them is a table of contents, not chapters: it stays text, all but its last heading when
     * text follows (the contents list runs straight into the first chapter).
     */
    private static ChapterHeadings.Reading[] headingLines(List<Paragraph> body) {
        ChapterHeadings.Reading[] headings = new ChapterHeadings.Reading[body.size()];
        int named = 0;
        for (int i = 0; i < body.size(); i++) {
            Paragraph p = body.get(i);
            if (ChapterHeadings.isHeading(p)) {
                headings[i] = ChapterHeadings.read(p.text());
                named += headings[i] != null && ChapterHeadings.isNamedOrdinal(p.text()) ? 1 : 0;
            }
        }
        if (named >= 2) {
            for (int i = 0; i < body.size(); i++) {
                int n = headings[i] == null ? ChapterHeadings.namedNumberWithoutOrdinal(body.get(i).text()) : -1;
                if (n > 0) {
                    headings[i] = new ChapterHeadings.Reading(ChapterHeadings.Rank.PART, n, body.get(i).text(), null);
                }
            }
        }
        numberedNames(body, headings);
        int i = 0;
        while (i < body.size()) {
            int end = i;
            while (end < body.size() && headings[end] != null && headings[end].rank() == headings[i].rank()) {
                end++;
            }
            if (end - i >= CONTENTS_RUN) {
                // The run's last heading heads the text that follows it (the first chapter after the list).
                int last = end < body.size() ? end - 1 : end;
                for (int k = i; k < last; k++) {
                    headings[k] = null;
                }
            }
            i = Math.max(end, i + 1);
        }
        return headings;
    }

    /**
     * Numbered names (01.始计, 02.作战 …) are headings, of a section's rank, when the text has at least
     * three and they count on one by one through it (from 2 when the first is the text's title line):
     * a numbered list starts again at 1 in each place it stands, the chapters of a book go on.
     */
    private static void numberedNames(List<Paragraph> body, ChapterHeadings.Reading[] headings) {
        List<Integer> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            int n = headings[i] == null ? ChapterHeadings.numberedName(body.get(i).text()) : -1;
            if (n > 0) {
                if (!numbers.isEmpty() && n != numbers.get(numbers.size() - 1) + 1) {
                    return;
                }
                lines.add(i);
                numbers.add(n);
            }
        }
        if (lines.size() < 3) {
            return;
        }
        for (int k = 0; k < lines.size(); k++) {
            int i = lines.get(k);
            headings[i] = new ChapterHeadings.Reading(ChapterHeadings.Rank.SECTION, numbers.get(k), body.get(i).text(), null);
        }
    }

    /**
     * The rank of the chapters in one language's headings (Chinese or not): the highest there is when
     * its first heading opens them (BOOK I before its CHAP.s: the others stand inside it), else the
     * highest that heads at least two chapters, else the rank of the first heading (第1章 before a
     * single 卷三: the 卷 cannot hold the chapter before it). Each language has its own, as the two
     * name the same level differently: 始計第一 is a named chapter, its translation "Chapter I.".
     */
    private static ChapterHeadings.Rank chapterRank(List<Paragraph> body, ChapterHeadings.Reading[] headings,
                                                    boolean chinese) {
        int[] counts = new int[ChapterHeadings.Rank.values().length];
        ChapterHeadings.Rank first = null;
        ChapterHeadings.Rank top = null;
        for (int i = 0; i < headings.length; i++) {
            ChapterHeadings.Reading heading = headings[i];
            if (heading == null || body.get(i).isChinese() != chinese) {
                continue;
            }
            counts[heading.rank().ordinal()]++;
            first = first == null ? heading.rank() : first;
            top = top == null || heading.rank().compareTo(top) < 0 ? heading.rank() : top;
        }
        if (first == null || first == top) {
            return top;
        }
        for (ChapterHeadings.Rank rank : ChapterHeadings.Rank.values()) {
            if (counts[rank.ordinal()] >= 2) {
                return rank;
            }
        }
        return first;
    }

    /**
     * The indexes of the Chinese-or-English line that opens each short bilingual title pair, when the
     * text has at least {@code minimum} such pairs each followed by a longer paragraph: two, as one
     * alone could be an exchange of short lines; one when the text opened with such a pair as its title.
     */
    private static Set<Integer> bilingualTitleLines(List<Paragraph> body, int minimum) {
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i + 2 < body.size(); i++) {
            Paragraph a = body.get(i);
            Paragraph b = body.get(i + 1);
            if (a.lang().isEmpty() || b.lang().isEmpty() || a.isChinese() == b.isChinese()) {
                continue;
            }
            if (isShortTitle(a) && isShortTitle(b) && !isShortTitle(body.get(i + 2))) {
                found.add(i);
                i++;
            }
        }
        return found.size() >= minimum ? found : Set.of();
    }

    /**
     * Whether a paragraph is short and ends no sentence, so that it may be a title. A sentence that
     * ends inside closing quotation marks or brackets (曰：「有以異乎？」, said, 'Yes.') still ends one:
     * a line of dialogue is no title.
     */
    private static boolean isShortTitle(Paragraph p) {
        String text = p.text();
        int limit = p.isChinese() ? SHORT_CHINESE_COLUMNS : SHORT_ENGLISH_COLUMNS;
        int end = text.length();
        while (end > 1 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        char last = text.charAt(end - 1);
        return DisplayColumns.fit(text, limit) && "。．.！!？?；;，,：:”’\"…".indexOf(last) < 0
                && text.indexOf('\n') < 0;
    }

    /** Closing quotation marks and brackets, which may follow a sentence's last stop. */
    private static final String CLOSERS = "」』”’\"')）]】》〉";

    /**
     * Chapters that translate each other, as a book that gives each chapter in Chinese and then in
     * English (第一章, Chapter 1, 第二章, Chapter 2 …) or the whole Chinese text before the whole English
     * one, become one chapter each: its title from both headings, its paragraphs the Chinese then the
     * English ones, for the pairer to align as blocks. Any other sequence is matched by the numbers of
     * its headings (a preface in one language before them), else stays as it is. Within each chapter,
     * sections given page by page in each language are put with their translations
     * ({@link SectionStreams}).
     */
    static List<ChapterText> mergeTranslated(List<ChapterText> chapters, BilingualText bookTitle, Lang chinese) {
        return mergeTranslatedChapters(chapters, bookTitle, chinese).stream().map(SectionStreams::matched).toList();
    }

    private static List<ChapterText> mergeTranslatedChapters(List<ChapterText> chapters, BilingualText bookTitle,
                                                             Lang chinese) {
        int n = chapters.size();
        if (n < 2) {
            return chapters;
        }
        for (ChapterText chapter : chapters) {
            // A title in both languages already belongs to a bilingual chapter; the pattern is not this one.
            if (!chapter.title().equals(bookTitle) && chapter.title().zh() != null && chapter.title().en() != null) {
                return chapters;
            }
        }
        List<Boolean> languages = chapters.stream().map(ChapterSplitter::chineseOnly).toList();
        if (languages.contains(null)) {
            return chapters;
        }
        boolean interleaved = n % 2 == 0;
        boolean halves = n % 2 == 0;
        for (int i = 0; i < n; i++) {
            interleaved &= languages.get(i) == (i % 2 == 0 ? languages.get(0) : !languages.get(0));
            halves &= languages.get(i) == (i < n / 2 ? languages.get(0) : !languages.get(0));
        }
        if (!interleaved && !halves) {
            return mergeByNumbers(chapters, languages, bookTitle, chinese);
        }
        List<ChapterText> merged = new ArrayList<>();
        for (int k = 0; k < n / 2; k++) {
            ChapterText a = interleaved ? chapters.get(2 * k) : chapters.get(k);
            ChapterText b = interleaved ? chapters.get(2 * k + 1) : chapters.get(k + n / 2);
            boolean aChinese = languages.get(interleaved ? 2 * k : k);
            ChapterText pair = merge(aChinese ? a : b, aChinese ? b : a, bookTitle, chinese);
            if (pair == null) {
                return chapters; // a heading in the other language than its chapter's text: not this pattern
            }
            merged.add(pair);
        }
        return merged;
    }

    /**
     * The Chinese and English chapters of one text matched by their headings' numbers (第二章 with
     * Chapter 2, 學而第一 with BOOK I) when neither pattern above holds: a translator's preface or a
     * chapter given in one language only stays as it is, in its place.
     */
    private static List<ChapterText> mergeByNumbers(List<ChapterText> chapters, List<Boolean> languages,
                                                    BilingualText bookTitle, Lang chinese) {
        List<ChapterText> zh = new ArrayList<>();
        List<ChapterText> en = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            (languages.get(i) ? zh : en).add(chapters.get(i));
        }
        List<ChapterMatcher.Match> matches = ChapterMatcher.match(zh, en);
        if (matches == null) {
            return chapters;
        }
        List<ChapterText> merged = new ArrayList<>();
        for (ChapterMatcher.Match match : matches) {
            if (!match.paired()) {
                merged.add(match.zh() >= 0 ? zh.get(match.zh()) : en.get(match.en()));
                continue;
            }
            ChapterText pair = merge(zh.get(match.zh()), en.get(match.en()), bookTitle, chinese);
            if (pair == null) {
                return chapters;
            }
            merged.add(pair);
        }
        return merged;
    }

    /**
     * One chapter of a Chinese chapter and its English translation: the title from both headings, the
     * Chinese paragraphs then the English ones; null when a heading is not in its chapter's language.
     */
    private static ChapterText merge(ChapterText zh, ChapterText en, BilingualText bookTitle, Lang chinese) {
        List<Paragraph> paragraphs = sectionBySection(zh.paragraphs(), en.paragraphs());
        // Each heading names its own language's side; a side before any heading has the book's title.
        Segment zhTitle = zh.title().equals(bookTitle) || zh.title().zh() == null ? null
                : new Segment(chinese, zh.title().zh().text());
        Segment enTitle = en.title().equals(bookTitle) ? null : en.title().en();
        if (zhTitle == null && !zh.title().equals(bookTitle) || enTitle == null && !en.title().equals(bookTitle)) {
            return null;
        }
        // A side before any heading is named by the book's title in its language, when the book has one:
        // a page's Chinese title over the Chinese block and the English title heading the English block.
        if (zhTitle == null && enTitle != null && bookTitle.zh() != null) {
            zhTitle = bookTitle.zh();
        } else if (enTitle == null && zhTitle != null && bookTitle.en() != null) {
            enTitle = bookTitle.en();
        }
        BilingualText title = zhTitle == null && enTitle == null ? bookTitle : new BilingualText(zhTitle, enTitle);
        return new ChapterText(title, paragraphs, zh.number() >= 0 ? zh.number() : en.number(),
                zh.line() == 0 || en.line() == 0 ? Math.max(zh.line(), en.line()) : Math.min(zh.line(), en.line()));
    }

    /**
     * The paragraphs of a chapter's two sides, one after the other; or, when both sides have their
     * section headings, as many and at the same levels (a post's Chinese with its 小結, then its English
     * with its End Note), section by section: both headings, then the Chinese text, then the English,
     * so that each section is aligned with its translation and a heading with its own.
     */
    private static List<Paragraph> sectionBySection(List<Paragraph> zh, List<Paragraph> en) {
        List<List<Paragraph>> zhSections = sections(zh);
        List<List<Paragraph>> enSections = sections(en);
        List<Paragraph> out = new ArrayList<>(zh.size() + en.size());
        boolean sameSections = zhSections.size() > 1 && zhSections.size() == enSections.size();
        for (int k = 1; sameSections && k < zhSections.size(); k++) {
            sameSections = zhSections.get(k).get(0).level() == enSections.get(k).get(0).level();
        }
        if (!sameSections) {
            out.addAll(zh);
            out.addAll(en);
            return out;
        }
        for (int k = 0; k < zhSections.size(); k++) {
            List<Paragraph> a = zhSections.get(k);
            List<Paragraph> b = enSections.get(k);
            int headings = k == 0 ? 0 : 1;
            out.addAll(a.subList(0, headings));
            out.addAll(b.subList(0, headings));
            out.addAll(a.subList(headings, a.size()));
            out.addAll(b.subList(headings, b.size()));
        }
        return out;
    }

    /** The paragraphs cut before each marked heading; the first part (perhaps empty) has none. */
    private static List<List<Paragraph>> sections(List<Paragraph> paragraphs) {
        List<List<Paragraph>> sections = new ArrayList<>();
        sections.add(new ArrayList<>());
        for (Paragraph p : paragraphs) {
            if (p.isMarkedHeading()) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(p);
        }
        return sections;
    }

    /**
     * True for a chapter in Chinese, false for one in English, null for anything else. A chapter of one
     * language may hold a stray line of the other (a note's untranslated remark, a quoted name) as long
     * as its own language outnumbers it four times over; the merge aligns that line as one-sided.
     */
    private static Boolean chineseOnly(ChapterText chapter) {
        long chinese = chapter.paragraphs().stream().filter(Paragraph::isChinese).count();
        long english = chapter.paragraphs().stream().filter(Paragraph::isEnglish).count();
        if (chinese > 4 * english) {
            return true;
        }
        return english > 4 * chinese ? false : null;
    }

    /** The title of a heading line and its translation, or of one line, cut at the change of script. */
    static BilingualText title(Paragraph a, Paragraph b, Lang chinese) {
        if (b == null) {
            if (a.marks().isEmpty()) {
                return splitMixed(ChapterHeadings.text(a), chinese);
            }
            Paragraph heading = a.rewritten(ChapterHeadings.text(a));
            int[] cut = MixedTitle.cut(heading.text());
            if (cut == null) {
                return oneSide(heading.text(), titleSide(chinese, heading), chinese);
            }
            return new BilingualText(titleSide(chinese, heading.part(cut[0], cut[1], true, false)),
                    titleSide(Lang.EN, heading.part(cut[2], cut[3], false, true)));
        }
        Paragraph zh = a.isChinese() ? a : b;
        Paragraph en = a.isChinese() ? b : a;
        return new BilingualText(titleSide(chinese, zh.rewritten(ChapterHeadings.text(zh))),
                titleSide(Lang.EN, en.rewritten(ChapterHeadings.text(en))));
    }

    /** A side of a title, its markup kept (its place is set where the title is placed). */
    private static Segment titleSide(Lang lang, Paragraph p) {
        if (p.marks().isEmpty()) {
            return new Segment(lang, p.text());
        }
        press.duet.model.Para para = p.toPara("");
        return new Segment(lang, List.of(new press.duet.model.Para(para.form(), para.content(), press.duet.model.SourceLine.NONE)));
    }

    /**
     * "第一章 春 Chapter 1 Spring" → 第一章 春 / Chapter 1 Spring; "The Night Market 夜市" → 夜市 / The
     * Night Market. A line with only one language keeps the line whole on its language's side, and so
     * does a Chinese title that opens with an English name ("Apple Watch 新功能介绍"): see {@link MixedTitle#cut}.
     */
    static BilingualText splitMixed(String text, Lang chinese) {
        int[] cut = MixedTitle.cut(text);
        if (cut != null) {
            return new BilingualText(new Segment(chinese, text.substring(cut[0], cut[1])),
                    new Segment(Lang.EN, text.substring(cut[2], cut[3])));
        }
        return oneSide(text, new Segment(Lang.EN, text), chinese);
    }

    /** A title on the side of its language: {@code side} holds its text, in English until told otherwise. */
    private static BilingualText oneSide(String text, Segment side, Lang chinese) {
        boolean isChinese = LanguageIdentifier.identify(text).map(Lang::isChinese).orElse(false);
        return isChinese ? new BilingualText(new Segment(chinese, side.paras()), null)
                : new BilingualText(null, new Segment(Lang.EN, side.paras()));
    }
}
