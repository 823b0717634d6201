package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.report.Finding;

/**
 * Aligns two files that translate each other, one Chinese and one English: chapter by chapter when
 * both have the same number of chapters (titles taken from each side), else body against body as one
 * chapter. The title of each file's head gives that language's side of the book title.
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
        List<Paragraph> zhAll = new ArrayList<>();
        zhChapters.forEach(c -> zhAll.addAll(plain(c.paragraphs())));
        List<Paragraph> enAll = new ArrayList<>();
        enChapters.forEach(c -> enAll.addAll(plain(c.paragraphs())));
        chapters.add(new Chapter(bookTitle, pairer.align(zhAll, enAll)));
        return chapters;
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
