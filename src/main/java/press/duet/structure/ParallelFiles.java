package press.duet.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.read.Declared;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Aligns two files (or two editions) that translate each other, one Chinese and one English: chapter
 * by chapter, matching the chapters by their numbers, titles, kinds and lengths ({@link EditionMatcher}:
 * 學而第一 with BOOK I, a preface with a preface, a chapter one edition splits with both its parts)
 * when both have chapters and the matching stands; else in order when both have the same number of
 * chapters (titles taken from each side), else body against body, with a chapter starting wherever
 * either side starts one. A chapter only one side has is kept, unpaired, and reported. The title of
 * each file's head gives that language's side of the book title.
 *
 * <pre>{@code
 * List<Chapter> chapters = ParallelFiles.chapters(zhFile, enFile, bookTitle, Lang.ZH_HANS, findings).chapters();
 * }</pre>
 */
final class ParallelFiles {
    private ParallelFiles() {
    }

    /** The book title: the Chinese file's Chinese title and the English file's English one, else what either has. */
    static BilingualText title(HeadSplit zh, HeadSplit en, Lang chinese) {
        BilingualText zhTitle = zh.head().title();
        BilingualText enTitle = en.head().title();
        Segment zhSide = zhTitle != null && zhTitle.zh() != null ? zhTitle.zh() : enTitle != null ? enTitle.zh() : null;
        Segment enSide = enTitle != null && enTitle.en() != null ? enTitle.en() : zhTitle != null ? zhTitle.en() : null;
        if (zhSide == null && enSide == null) {
            return null;
        }
        return new BilingualText(zhSide == null ? null : new Segment(chinese, zhSide.text()), enSide);
    }

    /**
     * The title with each side an edition's own head leaves out taken from what that edition declares
     * (an e-book's package title): the Chinese side from the Chinese edition's, the English side from
     * the English edition's, each only when it is in that language; null when neither gives anything.
     */
    static BilingualText withDeclared(BilingualText title, Declared zh, Declared en, Lang chinese) {
        Segment zhSide = title == null ? null : title.zh();
        Segment enSide = title == null ? null : title.en();
        BilingualText zhDeclared = declaredTitle(zh);
        BilingualText enDeclared = declaredTitle(en);
        if (zhSide == null && zhDeclared != null && zhDeclared.zh() != null) {
            zhSide = new Segment(chinese, zhDeclared.zh().text());
        }
        if (enSide == null && enDeclared != null && enDeclared.en() != null) {
            enSide = enDeclared.en();
        }
        return zhSide == null && enSide == null ? null : new BilingualText(zhSide, enSide);
    }

    private static BilingualText declaredTitle(Declared declared) {
        String title = declared.title();
        return title == null || title.isBlank() ? null : FileNameTitle.named(title.strip());
    }

    /** The chapters of the parallel book, and how the two files' chapters were matched (none when they were not). */
    record Matched(List<Chapter> chapters, List<ChapterMatch> matches) {
    }

    static Matched chapters(HeadSplit zh, HeadSplit en, BilingualText bookTitle, Lang chinese,
                            List<Finding> findings) {
        List<ChapterText> zhChapters = ChapterSplitter.split(zh.body(), bookTitle, chinese);
        List<ChapterText> enChapters = ChapterSplitter.split(en.body(), bookTitle, chinese);
        ChapterPairer pairer = new ChapterPairer(zh.draft().source(), en.draft().source(), chinese, null, true, findings);
        java.util.Set<Paragraph> arguments = ChapterArguments.of(enChapters, zhChapters, bookTitle);
        List<Chapter> chapters = new ArrayList<>();
        List<EditionMatcher.Match> matches = zhChapters.size() >= 2 && enChapters.size() >= 2
                ? EditionMatcher.match(zhChapters, enChapters) : null;
        if (matches != null && decides(matches, zhChapters, enChapters)) {
            List<ChapterMatch> rows = new ArrayList<>();
            for (EditionMatcher.Match match : matches) {
                List<ChapterText> zhSide = zhChapters.subList(match.zhFrom(), match.zhFrom() + match.zhCount());
                List<ChapterText> enSide = enChapters.subList(match.enFrom(), match.enFrom() + match.enCount());
                rows.add(row(zhSide, enSide, match.confidence()));
                if (match.zhCount() == 1 && match.enCount() == 1) {
                    chapters.add(paired(zhSide.get(0), enSide.get(0), bookTitle, pairer, arguments));
                } else if (match.paired()) {
                    chapters.add(split(zhSide, enSide, bookTitle, pairer, arguments));
                } else {
                    boolean chineseAlone = match.zhCount() > 0;
                    ChapterText alone = chineseAlone ? zhSide.get(0) : enSide.get(0);
                    chapters.add(alone(alone, chineseAlone, chineseAlone ? zh : en, chinese, findings));
                }
                if (match.paired() && match.confidence() < DOUBTFUL_MATCH) {
                    reportDoubtful(zhSide, enSide, match.confidence(), zh.draft().source(), findings);
                }
            }
            return new Matched(chapters, rows);
        }
        return new Matched(unmatched(zhChapters, enChapters, bookTitle, pairer, arguments), List.of());
    }

    /** Below this probability a match of two chapters is reported: the editions may not agree there. */
    static final double DOUBTFUL_MATCH = 0.5;

    /**
     * Whether the chapter matching stands: the numbers of the headings decide it (at least two equal,
     * and half of the numbered chapters of the edition with fewer), or the matched chapters hold at
     * least half of each edition's text. Otherwise the editions' chapters do not correspond (one cuts
     * the text where the other does not), and the text is aligned body against body.
     */
    private static boolean decides(List<EditionMatcher.Match> matches, List<ChapterText> zh, List<ChapterText> en) {
        if (ChapterMatcher.match(zh, en) != null) {
            return true;
        }
        long zhTotal = 0;
        long enTotal = 0;
        long zhPaired = 0;
        long enPaired = 0;
        for (EditionMatcher.Match match : matches) {
            long zhLength = length(zh.subList(match.zhFrom(), match.zhFrom() + match.zhCount()));
            long enLength = length(en.subList(match.enFrom(), match.enFrom() + match.enCount()));
            zhTotal += zhLength;
            enTotal += enLength;
            zhPaired += match.paired() ? zhLength : 0;
            enPaired += match.paired() ? enLength : 0;
        }
        return zhPaired * 2 >= zhTotal && enPaired * 2 >= enTotal;
    }

    private static long length(List<ChapterText> chapters) {
        long length = 0;
        for (ChapterText chapter : chapters) {
            for (Paragraph p : chapter.paragraphs()) {
                length += p.profile().length();
            }
        }
        return length;
    }

    private static ChapterMatch row(List<ChapterText> zh, List<ChapterText> en, double confidence) {
        long words = 0;
        for (ChapterText chapter : en) {
            for (Paragraph p : chapter.paragraphs()) {
                words += wordsIn(p.text());
            }
        }
        return new ChapterMatch(zh.stream().map(c -> ChapterFeatures.sideOf(c.title(), true)).toList(),
                en.stream().map(c -> ChapterFeatures.sideOf(c.title(), false)).toList(), length(zh), words, confidence);
    }

    /** The words of an English text: runs of letters or digits. */
    private static int wordsIn(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }

    private static void reportDoubtful(List<ChapterText> zh, List<ChapterText> en, double confidence, String source,
                                       List<Finding> findings) {
        String zhTitles = String.join(" + ", zh.stream().map(c -> ChapterFeatures.sideOf(c.title(), true)).toList());
        String enTitles = String.join(" + ", en.stream().map(c -> ChapterFeatures.sideOf(c.title(), false)).toList());
        findings.add(new Finding(new Place(source, zh.get(0).line()), String.format(java.util.Locale.ROOT,
                "chapter \"%s\" matched with \"%s\" only with confidence %.2f (duet inspect shows the chapter matching)",
                zhTitles, enTitles, confidence)));
    }

    /**
     * One chapter of a chapter one edition splits in two and the whole chapter of the other: the
     * paragraphs aligned across the split, the second part's heading kept as a section heading where
     * its text begins.
     */
    private static Chapter split(List<ChapterText> zh, List<ChapterText> en, BilingualText bookTitle,
                                 ChapterPairer pairer, java.util.Set<Paragraph> arguments) {
        List<Paragraph> zhAll = new ArrayList<>();
        List<Paragraph> enAll = new ArrayList<>();
        zh.forEach(c -> zhAll.addAll(plain(c.paragraphs())));
        en.forEach(c -> enAll.addAll(plain(c.paragraphs())));
        boolean chineseSplit = zh.size() == 2;
        ChapterText second = chineseSplit ? zh.get(1) : en.get(1);
        int secondStart = (chineseSplit ? zh : en).get(0).paragraphs().size();
        List<Block> blocks = new ArrayList<>();
        boolean headed = false;
        for (ChapterPairer.Aligned aligned : pairer.alignBeads(zhAll, enAll, withinChapters(zh, en, arguments))) {
            Aligner.Bead bead = aligned.bead();
            int from = chineseSplit ? bead.zhStart() : bead.enStart();
            int count = chineseSplit ? bead.zhCount() : bead.enCount();
            if (!headed && count > 0 && from + count > secondStart) {
                blocks.add(new Heading(1, second.title()));
                headed = true;
            }
            blocks.add(aligned.pair());
        }
        if (!headed) {
            blocks.add(new Heading(1, second.title()));
        }
        ChapterText zhFirst = zh.get(0);
        ChapterText enFirst = en.get(0);
        if (zhFirst.title().equals(bookTitle) || enFirst.title().equals(bookTitle)) {
            return new Chapter(zhFirst.title().equals(bookTitle) ? enFirst.title() : zhFirst.title(), blocks);
        }
        return chapter(zhFirst.title(), enFirst.title(), blocks);
    }

    /** Chapters that no matching decides: in order when both files have as many, else body against body. */
    private static List<Chapter> unmatched(List<ChapterText> zhChapters, List<ChapterText> enChapters,
                                           BilingualText bookTitle, ChapterPairer pairer,
                                           java.util.Set<Paragraph> arguments) {
        List<Chapter> chapters = new ArrayList<>();
        if (zhChapters.size() == enChapters.size()) {
            for (int i = 0; i < zhChapters.size(); i++) {
                chapters.add(paired(zhChapters.get(i), enChapters.get(i), bookTitle, pairer, arguments));
            }
            return chapters;
        }
        // Different numbers of chapters: align body against body, and start a chapter wherever a pair
        // holds the first paragraph of a chapter on either side, titled from that side (or both).
        List<Paragraph> zhAll = new ArrayList<>();
        Map<Integer, List<BilingualText>> zhStarts = starts(zhChapters, zhAll, bookTitle);
        List<Paragraph> enAll = new ArrayList<>();
        Map<Integer, List<BilingualText>> enStarts = starts(enChapters, enAll, bookTitle);
        BilingualText title = bookTitle;
        BilingualText titleEn = null;
        List<Block> blocks = new ArrayList<>();
        AlignmentInput.Bounds bounds = ChapterBounds.of(zhChapters, enChapters, bookTitle, arguments);
        for (ChapterPairer.Aligned aligned : pairer.alignBeads(zhAll, enAll, bounds)) {
            Aligner.Bead bead = aligned.bead();
            List<BilingualText> zhTitles = titlesIn(zhStarts, bead.zhStart(), bead.zhCount());
            List<BilingualText> enTitles = titlesIn(enStarts, bead.enStart(), bead.enCount());
            if (!zhTitles.isEmpty() || !enTitles.isEmpty()) {
                if (!blocks.isEmpty() || !title.equals(bookTitle)) {
                    chapters.add(titleEn == null ? new Chapter(title, blocks) : chapter(title, titleEn, blocks));
                    blocks = new ArrayList<>();
                }
                // Headings with no text of their own before this pair stay, as empty chapters.
                for (int k = 0; k + 1 < zhTitles.size(); k++) {
                    chapters.add(new Chapter(zhTitles.get(k), List.of()));
                }
                for (int k = 0; k + 1 < enTitles.size(); k++) {
                    chapters.add(new Chapter(enTitles.get(k), List.of()));
                }
                BilingualText zhTitle = zhTitles.isEmpty() ? null : zhTitles.get(zhTitles.size() - 1);
                BilingualText enTitle = enTitles.isEmpty() ? null : enTitles.get(enTitles.size() - 1);
                title = zhTitle == null ? enTitle : zhTitle;
                titleEn = zhTitle == null ? null : enTitle;
            }
            blocks.add(aligned.pair());
        }
        if (!blocks.isEmpty() || chapters.isEmpty() || !title.equals(bookTitle)) {
            chapters.add(titleEn == null ? new Chapter(title, blocks) : chapter(title, titleEn, blocks));
        }
        // Headings after the last paragraph on either side.
        titlesIn(zhStarts, zhAll.size(), 1).forEach(t -> chapters.add(new Chapter(t, List.of())));
        titlesIn(enStarts, enAll.size(), 1).forEach(t -> chapters.add(new Chapter(t, List.of())));
        return chapters;
    }

    /**
     * Two chapters that translate each other, aligned section by section when both number their
     * sections (the 論語's [1.2] against Legge's CHAP. II.), else whole; titled from both headings.
     */
    private static Chapter paired(ChapterText a, ChapterText b, BilingualText bookTitle, ChapterPairer pairer,
                                  java.util.Set<Paragraph> arguments) {
        List<Block> pairs = new ArrayList<>();
        List<ChapterText> zhSections = NumberedSections.of(a.paragraphs());
        List<ChapterText> enSections = NumberedSections.of(b.paragraphs());
        List<ChapterMatcher.Match> matches = zhSections.size() < 2 || enSections.size() < 2 ? null
                : ChapterMatcher.match(zhSections, enSections);
        if (matches == null) {
            pairer.alignBeads(plain(a.paragraphs()), plain(b.paragraphs()), withinChapters(List.of(a), List.of(b), arguments))
                    .forEach(aligned -> pairs.add(aligned.pair()));
        } else {
            for (ChapterMatcher.Match match : matches) {
                List<Paragraph> zh = match.zh() >= 0 ? plain(zhSections.get(match.zh()).paragraphs()) : List.of();
                List<Paragraph> en = match.en() >= 0 ? plain(enSections.get(match.en()).paragraphs()) : List.of();
                if (match.paired() && zhSections.get(match.zh()).number() >= 0 && enSections.get(match.en()).number() >= 0) {
                    // The two numbers that matched the sections ([1.2], CHAP. II.) face each other, sure as
                    // the match: their lengths say nothing, and aligned they looked doubtful.
                    pairs.add(pairer.paired(zh.get(0), en.get(0), 1.0));
                    zh = zh.subList(1, zh.size());
                    en = en.subList(1, en.size());
                }
                pairs.addAll(pairer.align(zh, en));
            }
        }
        // A side whose text precedes any heading carries only the book's title: the other side's
        // heading names the chapter then.
        if (a.title().equals(bookTitle) || b.title().equals(bookTitle)) {
            return new Chapter(a.title().equals(bookTitle) ? b.title() : a.title(), pairs);
        }
        return chapter(a.title(), b.title(), pairs);
    }

    /** What these chapters (taken whole, in order) tell the aligner: {@link ChapterBounds}, the chapters' own starts left out. */
    private static AlignmentInput.Bounds withinChapters(List<ChapterText> zh, List<ChapterText> en,
                                                        java.util.Set<Paragraph> arguments) {
        return ChapterBounds.of(zh, en, null, arguments);
    }

    /**
     * A chapter only one file has (a translator's preface, an introduction): kept whole, its
     * paragraphs without partners, and reported once rather than paragraph by paragraph.
     */
    private static Chapter alone(ChapterText chapter, boolean chineseSide, HeadSplit file, Lang chinese,
                                 List<Finding> findings) {
        List<Block> pairs = new ArrayList<>();
        for (Paragraph p : plain(chapter.paragraphs())) {
            Segment side = Paragraph.side(chineseSide ? chinese : Lang.EN, p, file.draft().source());
            pairs.add(chineseSide ? new Pair(side, null) : new Pair(null, side));
        }
        int line = chapter.paragraphs().isEmpty() ? 0 : chapter.paragraphs().get(0).line();
        findings.add(new Finding(new Place(file.draft().source(), line), "chapter \"" + chapter.title().joined(" / ")
                + "\" has no counterpart in the other file; its " + pairs.size()
                + (pairs.size() == 1 ? " paragraph is" : " paragraphs are") + " published without translation"));
        return new Chapter(chapter.title(), pairs);
    }

    /**
     * Collects the chapters' paragraphs into {@code all}, and the titles of the chapters that open with a
     * heading by the index of their first paragraph (a chapter with none takes the next one's; text
     * before any heading carries the book's title, which starts nothing).
     */
    private static Map<Integer, List<BilingualText>> starts(List<ChapterText> chapters, List<Paragraph> all,
                                                           BilingualText bookTitle) {
        Map<Integer, List<BilingualText>> starts = new HashMap<>();
        for (ChapterText chapter : chapters) {
            if (!chapter.title().equals(bookTitle)) {
                starts.computeIfAbsent(all.size(), k -> new ArrayList<>()).add(chapter.title());
            }
            all.addAll(plain(chapter.paragraphs()));
        }
        return starts;
    }

    private static List<BilingualText> titlesIn(Map<Integer, List<BilingualText>> starts, int from, int count) {
        List<BilingualText> titles = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            titles.addAll(starts.getOrDefault(i, List.of()));
        }
        return titles;
    }

    /** The Chinese side from the Chinese file's title, the English side from the English file's. */
    private static BilingualText merged(BilingualText zh, BilingualText en) {
        Segment zhSide = zh.zh() != null ? zh.zh() : en.zh();
        Segment enSide = en.en() != null ? en.en() : zh.en();
        return new BilingualText(zhSide, enSide);
    }

    /**
     * Whether merging would lose a side: both titles have text in the same language, and it differs.
     * Then the chapter keeps the Chinese file's title and the English file's becomes a heading in it.
     */
    private static boolean clash(BilingualText zh, BilingualText en) {
        return differs(zh.zh(), en.zh()) || differs(zh.en(), en.en());
    }

    private static boolean differs(Segment a, Segment b) {
        return a != null && b != null && !a.text().equals(b.text());
    }

    /** A chapter of the two titles and the pairs, losing neither title. */
    private static Chapter chapter(BilingualText zhTitle, BilingualText enTitle, List<Block> pairs) {
        if (!clash(zhTitle, enTitle)) {
            return new Chapter(merged(zhTitle, enTitle), pairs);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, enTitle));
        blocks.addAll(pairs);
        return new Chapter(zhTitle, blocks);
    }

    /**
     * Section headings inside a chapter are aligned like paragraphs across files (a heading usually
     * faces its translation); they lose their heading style but never their text.
     */
    private static List<Paragraph> plain(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> p.isMarkedHeading() ? p.atLevel(0) : p).toList();
    }
}
