package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.style.Layout;

/**
 * Estimates how much of a page each chapter fills, before anything is set, to choose where chapters
 * start when the user did not: a book of many short chapters (a classic's sayings, poems, news items)
 * runs them on, one of long chapters starts each on a new page.
 */
final class ChapterLengths {
    private ChapterLengths() {
    }

    /** {@code asked} when given; otherwise continue when more than half of the chapters fill less than a page. */
    static ChapterStart choose(ChapterStart asked, Book book, BookStyle style, PageSetup setup, Layout layout) {
        if (asked != null) {
            return asked;
        }
        List<Column> columns = setup.columns();
        float pageHeight = setup.top - setup.bottom;
        int shorter = 0;
        for (Chapter chapter : book.chapters()) {
            if (height(chapter, style, columns, layout) < pageHeight) {
                shorter++;
            }
        }
        return shorter * 2 > book.chapters().size() ? ChapterStart.CONTINUE : ChapterStart.NEW_PAGE;
    }

    /** A chapter's estimated height in points: its title and its pairs, each side's lines at its leading. */
    private static float height(Chapter chapter, BookStyle style, List<Column> columns, Layout layout) {
        float height = style.size * 5; // the title and the space around it
        for (Block block : chapter.blocks()) {
            if (!(block instanceof Pair pair)) {
                height += style.size * 3;
                continue;
            }
            List<Float> sides = new ArrayList<>();
            Segment first = style.chineseFirst ? pair.zh() : pair.en();
            Segment second = style.chineseFirst ? pair.en() : pair.zh();
            for (Segment side : new Segment[] {first, second}) {
                if (side == null || (layout == Layout.ZH && !side.lang().isChinese())
                        || (layout == Layout.EN && side.lang().isChinese())) {
                    continue;
                }
                float width = columns.get(Math.min(sides.size(), columns.size() - 1)).width();
                float lines = (float) Math.ceil(ColumnBalance.extent(side) * style.size / width);
                sides.add(lines * style.leading(side, style.size));
            }
            boolean sideBySide = columns.size() > 1;
            float pairHeight = 0;
            for (float side : sides) {
                pairHeight = sideBySide ? Math.max(pairHeight, side) : pairHeight + side;
            }
            height += pairHeight + style.size;
        }
        return height;
    }
}
