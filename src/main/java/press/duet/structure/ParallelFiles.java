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
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Aligns two files that translate each other, one Chinese and one English: chapter by chapter,
 * matching the chapters by the numbers of their headings ({@link ChapterMatcher}: 學而第一 with
 * BOOK I) or, when the numbers do not decide, in order when both have the same number of chapters
 * (titles taken from each side), else body against body, with a chapter starting wherever either side
 * starts one. A chapter only one side has is kept, unpaired, and reported. The title of each file's head gives that
 * language's side of the book title.
 *
 * <pre>{@code
 * List<Chapter> chapters = ParallelFiles.chapters(zhFile, enFile, bookTitle, Lang.ZH_HANS, findings);
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

    static List<Chapter> chapters(HeadSplit zh, HeadSplit en, BilingualText bookTitle, Lang chinese,
                                  List<Finding> findings) {
        List<ChapterText> zhChapters = ChapterSplitter.split(zh.body(), bookTitle, chinese);
        List<ChapterText> enChapters = ChapterSplitter.split(en.body(), bookTitle, chinese);
        ChapterPairer pairer = new ChapterPairer(zh.draft().source(), en.draft().source(), chinese, null, true, findings);
        List<Chapter> chapters = new ArrayList<>();
        List<ChapterMatcher.Match> matches = ChapterMatcher.match(zhChapters, enChapters);
        if (matches != null) {
            for (ChapterMatcher.Match match : matches) {
                if (match.paired()) {
                    chapters.add(paired(zhChapters.get(match.zh()), enChapters.get(match.en()), bookTitle, pairer));
                } else {
                    boolean zhSide = match.zh() >= 0;
                    ChapterText alone = zhSide ? zhChapters.get(match.zh()) : enChapters.get(match.en());
                    chapters.add(alone(alone, zhSide, zhSide ? zh : en, chinese, findings));
                }
            }
            return chapters;
        }
        if (zhChapters.size() == enChapters.size()) {
            for (int i = 0; i < zhChapters.size(); i++) {
                chapters.add(paired(zhChapters.get(i), enChapters.get(i), bookTitle, pairer));
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
        for (ChapterPairer.Aligned aligned : pairer.alignBeads(zhAll, enAll)) {
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
    private static Chapter paired(ChapterText a, ChapterText b, BilingualText bookTitle, ChapterPairer pairer) {
        List<Block> pairs = new ArrayList<>();
        List<ChapterText> zhSections = NumberedSections.of(a.paragraphs());
        List<ChapterText> enSections = NumberedSections.of(b.paragraphs());
        List<ChapterMatcher.Match> matches = zhSections.size() < 2 || enSections.size() < 2 ? null
                : ChapterMatcher.match(zhSections, enSections);
        if (matches == null) {
            pairs.addAll(pairer.align(plain(a.paragraphs()), plain(b.paragraphs())));
        } else {
            for (ChapterMatcher.Match match : matches) {
                List<Paragraph> zh = match.zh() >= 0 ? plain(zhSections.get(match.zh()).paragraphs()) : List.of();
                List<Paragraph> en = match.en() >= 0 ? plain(enSections.get(match.en()).paragraphs()) : List.of();
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
