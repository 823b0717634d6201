package press.duet.pdf;

/**
 * Heights of a part's lines as the composer stacks them, and how many of them to leave on a page so
 * that no line stands alone at a page's edge.
 */
final class PartLines {
    /** How deep a line reaches with emphasis dots under it: what a ruby reading on the next line must clear. */
    private static final float DEPTH_WITH_DOTS = 0.36f;

    private PartLines() {
    }

    /** The height the first {@code lines} lines of a part take, from the block's top to below the last. */
    static float height(Part part, int lines) {
        return height(part, 0, lines);
    }

    /** The height lines {@code from} to {@code to} (exclusive) take at the top of a sheet. */
    static float height(Part part, int from, int to) {
        if (to <= from) {
            return 0;
        }
        float height = rubyRoom(part, from, 0) + part.text().size() * (Composer.ASCENT + Composer.DESCENT)
                + (to - from - 1) * part.leading();
        for (int line = from + 1; line < to; line++) {
            height += above(part, line);
        }
        return height;
    }

    /**
     * The height the opening of parts takes: their first lines that may not be parted (two, or all of
     * a paragraph of three lines or fewer), side by side or one below the other.
     */
    static float opening(java.util.List<Part> parts, boolean stacked, float gap) {
        float total = 0;
        for (Part part : parts) {
            float block = height(part, Math.min(leastAtFoot(part), part.text().lineCount()));
            total = stacked ? total + block + gap : Math.max(total, block);
        }
        return total;
    }

    /** The height parts take whole, side by side or one below the other. */
    static float whole(java.util.List<Part> parts, boolean stacked, float gap) {
        float total = 0;
        for (Part part : parts) {
            float block = height(part, part.text().lineCount());
            total = stacked ? total + block + gap : Math.max(total, block);
        }
        return total;
    }

    /**
     * The space a line needs above it beyond the leading: the gap before a new paragraph of the same
     * side, and the room its ruby's reading takes where the leading leaves too little of it.
     */
    static float above(Part part, int line) {
        SetText text = part.text();
        float ruby = text.rubyTop(line);
        return text.spaceBefore(line)
                + (ruby == 0 ? 0 : Math.max(0, ruby + text.size() * DEPTH_WITH_DOTS - part.leading()));
    }

    /**
     * The room a line's ruby needs above it when it opens a block, beyond the block's ascent and the
     * {@code spaceAbove} left below what stands over the block.
     */
    static float rubyRoom(Part part, int line, float spaceAbove) {
        float ruby = part.text().rubyTop(line);
        return ruby == 0 ? 0 : Math.max(0, ruby - part.text().size() * Composer.ASCENT - spaceAbove);
    }

    /** How many lines of a paragraph must stand together at a page's foot: all of three or fewer, else two. */
    static int leastAtFoot(Part part) {
        return part.text().lineCount() <= 3 ? part.text().lineCount() : 2;
    }

    /**
     * How many of a part's lines from {@code from} to set on this page when {@code room} of them fit:
     * one fewer when the last would be alone at the next page's head (a widow), and fewer again while
     * the page would end in a hyphen (the breaker never sets more than two such lines in a row); none
     * when what stays would be a paragraph's first line alone (an orphan), so the paragraph goes on
     * at the next page's head. When {@code mustTakeSome} (a page's head: a frame too short for these
     * rules) the lines go down whatever they end in, so that every page takes some.
     */
    static int forThisPage(SetText text, int from, int room, boolean mustTakeSome) {
        int remaining = text.lineCount() - from;
        if (room >= remaining || room <= 0) {
            return Math.min(room, remaining);
        }
        int take = room;
        if (remaining - take == 1 && take > 2) {
            take--;
        }
        while (take > 0 && text.hyphenated(from + take - 1)) {
            take--;
        }
        if (take == 1 && startsParagraph(text, from) && !startsParagraph(text, from + 1)) {
            take = 0;
        }
        return take == 0 && mustTakeSome ? room : take;
    }

    /** Whether a line is the first of its paragraph: the part's first, or one with a paragraph's gap before it. */
    private static boolean startsParagraph(SetText text, int line) {
        return line == 0 || line < text.lineCount() && text.spaceBefore(line) > 0;
    }
}
