package press.duet.pdf;

import java.util.List;
import press.duet.style.Layout;

/**
 * The geometry of the pages: the text frame within the margins (with a handout's notes margin on
 * the right), the columns of each layout, and where headers and page numbers stand.
 */
final class PageSetup {
    /** A handout's notes margin, as a share of the paper's width. */
    private static final float NOTES_SHARE = 0.16f;
    /** The gap between two columns, as a share of the frame's width. */
    private static final float GUTTER_SHARE = 0.045f;

    final Paper paper;
    final boolean handout;
    final float left;
    final float right;
    final float top;
    final float bottom;
    private final Layout layout;
    private final float firstShare;

    /** @param firstShare the share of the width for the first column of a side-by-side page */
    PageSetup(Paper paper, boolean handout, Layout layout, float firstShare) {
        this.paper = paper;
        this.handout = handout;
        this.layout = layout;
        this.firstShare = firstShare;
        this.left = paper.sideMargin();
        this.right = paper.width() - paper.sideMargin() - (handout ? paper.width() * NOTES_SHARE : 0);
        this.top = paper.height() - paper.topMargin();
        this.bottom = paper.bottomMargin();
    }

    float width() {
        return right - left;
    }

    float headerBaseline() {
        return top + paper.topMargin() * 0.38f;
    }

    float footerBaseline() {
        return bottom * 0.5f;
    }

    /** The columns pairs are set in: two side by side, one on each page of a spread, or one. */
    List<Column> columns() {
        return switch (layout) {
            case SIDE_BY_SIDE -> {
                float gutter = width() * GUTTER_SHARE;
                float first = (width() - gutter) * firstShare;
                float second = width() - gutter - first;
                yield List.of(new Column(0, left, first), new Column(0, left + first + gutter, second));
            }
            case FACING -> List.of(new Column(0, left, width()), new Column(1, left, width()));
            default -> List.of(new Column(0, left, width()));
        };
    }

    /** One full-width column per page of a sheet, for titles. */
    List<Column> spans() {
        return layout == Layout.FACING
                ? List.of(new Column(0, left, width()), new Column(1, left, width()))
                : List.of(new Column(0, left, width()));
    }

    int pagesPerSheet() {
        return layout == Layout.FACING ? 2 : 1;
    }
}
