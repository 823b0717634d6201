package press.duet.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.report.Finding;

/**
 * Aligns two files that translate each other, one Chinese and one English: chapter by chapter when
 * both have the same number of chapters (titles taken from each side), else body against body, with a
 * chapter starting wherever either side starts one. The title of each file's head gives that
 * language's side of the book title.
 *
 * <pre>{@code
 * List<Chapter> chapters = ParallelFiles.chapters(zhFile, enFile, bookTitle, Lang.ZH_HANS, findings);
 * }</pre>
 */
final class ParallelFiles {
    private ParallelFiles() {
    }

    /** The book title: the Chinese file's title and the English file's title. */
    static BilingualText title(HeadSplit zh, HeadSplit en, Lang chinese) {
        Segment zhTitle = zh.head().title() != null ? zh.head().title().zh() : null;
        Segment enTitle = en.head().title() != null ? en.head().title().en() : null;
        if (zhTitle == null && enTitle == null) {
            return null;
        }
        return new BilingualText(zhTitle == null ? null : new Segment(chinese, zhTitle.text()), enTitle);
    }

    static List<Chapter> chapters(HeadSplit zh, HeadSplit en, BilingualText bookTitle, Lang chinese,
                                  List<Finding> findings) {
        List<ChapterText> zhChapters = ChapterSplitter.split(zh.body(), bookTitle, chinese);
        List<ChapterText> enChapters = ChapterSplitter.split(en.body(), bookTitle, chinese);
        ChapterPairer pairer = new ChapterPairer(zh.draft().source(), chinese, null, true, findings);
        List<Chapter> chapters = new ArrayList<>();
        if (zhChapters.size() == enChapters.size()) {
            for (int i = 0; i < zhChapters.size(); i++) {
                ChapterText a = zhChapters.get(i);
                ChapterText b = enChapters.get(i);
                chapters.add(new Chapter(merged(a.title(), b.title()), pairer.align(plain(a.paragraphs()), plain(b.paragraphs()))));
            }
            return chapters;
        }
        // Different numbers of chapters: align body against body, and start a chapter wherever a pair
        // holds the first paragraph of a chapter on either side, titled from that side (or both).
        List<Paragraph> zhAll = new ArrayList<>();
        Map<Integer, BilingualText> zhStarts = starts(zhChapters, zhAll, bookTitle);
        List<Paragraph> enAll = new ArrayList<>();
        Map<Integer, BilingualText> enStarts = starts(enChapters, enAll, bookTitle);
        BilingualText title = null;
        List<Block> blocks = new ArrayList<>();
        for (ChapterPairer.Aligned aligned : pairer.alignBeads(zhAll, enAll)) {
            Aligner.Bead bead = aligned.bead();
            BilingualText zhTitle = firstStart(zhStarts, bead.zhStart(), bead.zhCount());
            BilingualText enTitle = firstStart(enStarts, bead.enStart(), bead.enCount());
            if (zhTitle != null || enTitle != null) {
                if (!blocks.isEmpty()) {
                    chapters.add(new Chapter(title == null ? bookTitle : title, blocks));
                    blocks = new ArrayList<>();
                }
                title = zhTitle == null ? enTitle : enTitle == null ? zhTitle : merged(zhTitle, enTitle);
            }
            blocks.add(aligned.pair());
        }
        if (!blocks.isEmpty() || chapters.isEmpty()) {
            chapters.add(new Chapter(title == null ? bookTitle : title, blocks));
        }
        return chapters;
    }

    /**
     * Collects the chapters' paragraphs into {@code all}, and where the first one of each chapter that
     * opens with a heading lands (text before any heading carries the book's title, which starts nothing).
     */
    private static Map<Integer, BilingualText> starts(List<ChapterText> chapters, List<Paragraph> all,
                                                     BilingualText bookTitle) {
        Map<Integer, BilingualText> starts = new HashMap<>();
        for (ChapterText chapter : chapters) {
            List<Paragraph> paragraphs = plain(chapter.paragraphs());
            if (!paragraphs.isEmpty() && !chapter.title().equals(bookTitle)) {
                starts.putIfAbsent(all.size(), chapter.title());
            }
            all.addAll(paragraphs);
        }
        return starts;
    }

    private static BilingualText firstStart(Map<Integer, BilingualText> starts, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (starts.containsKey(i)) {
                return starts.get(i);
            }
        }
        return null;
    }

    /** The Chinese side from the Chinese file's title, the English side from the English file's. */
    private static BilingualText merged(BilingualText zh, BilingualText en) {
        Segment zhSide = zh.zh() != null ? zh.zh() : en.zh();
        Segment enSide = en.en() != null ? en.en() : zh.en();
        return new BilingualText(zhSide, enSide);
    }

    /** Sections inside a chapter are not aligned across files; their headings are left out. */
    private static List<Paragraph> plain(List<Paragraph> paragraphs) {
        return paragraphs.stream().filter(p -> !p.isMarkedHeading()).toList();
    }
}
