package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Puts set text onto pages. A sheet is what the reader sees at once: one page, or for facing pages a
 * spread of two; its columns are filled in step, so the two sides of a pair start at the same height,
 * and what does not fit continues on the next sheet. Each sheet is written out as soon as it is full,
 * so a long book never sits in memory as pages ({@link PageOutput}).
 */
final class Composer {
    /** First baseline below the top of a block, as a share of the font size: the same for both columns. */
    static final float ASCENT = 0.88f;
    /** Room below the last baseline, as a share of the font size. */
    static final float DESCENT = 0.28f;

    private final PageOutput output;
    private final float top;
    private final float height;
    private final List<Column> columns;
    private final List<Column> spans;
    private final int pagesPerSheet;
    private boolean handout;

    private List<PageDraft> sheet;
    private float cursor;
    private SetText[] runningTitles;
    private SetText[] runningBookTitles;
    /** Set by {@link #placeLines}: the offset from the top of the last baseline it drew. */
    private float lastBaseline;
    /** The space left below the last thing placed on the sheet, which a ruby line's reading may use. */
    private float gapAbove;
    /** Each column's footnotes on the current sheet. */
    private SheetNotes notes;

    Composer(Document document, PdfWriter writer, PageFurniture furniture, float top, float bottom,
             List<Column> columns, List<Column> spans, int pagesPerSheet, int firstPageNumber) {
        this.output = new PageOutput(document, writer, furniture, firstPageNumber);
        this.top = top;
        this.height = top - bottom;
        this.columns = columns;
        this.spans = spans;
        this.pagesPerSheet = pagesPerSheet;
        this.notes = SheetNotes.none(columns, height);
    }

    /**
     * Sets the notes that parts carry at the foot of their columns, under rules in a colour, spaced
     * for a body size.
     */
    Composer withFootnotes(float bodySize, java.awt.Color rule) {
        notes = SheetNotes.under(columns, height, bodySize, rule);
        return this;
    }

    /** Whether the pages are a handout's, whose pairs carry numbers. */
    boolean handout() {
        return handout;
    }

    /** The number the next page written will carry. */
    int nextPageNumber() {
        return output.nextPageNumber();
    }

    int pagesWritten() {
        return output.pagesWritten();
    }

    /** Marks the pages as a handout's. */
    Composer asHandout(boolean handout) {
        this.handout = handout;
        return this;
    }

    /** How many pages a sheet has, each with its span column. */
    int spans() {
        return spans.size();
    }

    /** The column a part may use to span the sheet's page {@code page}. */
    int spanColumn(int page) {
        return columns.size() + page;
    }

    /** Starts a new sheet, writing out the current one; {@code opening} marks a chapter's first sheet. */
    void newSheet(SetText title, boolean opening) {
        newSheet(new SetText[] {title}, null, opening);
    }

    /**
     * Starts a new sheet whose pages carry their own running titles: page {@code i} takes entry
     * {@code i} (or the last), so the two pages of a spread can each speak their language.
     *
     * @param bookTitles the book title per page for the header's left side, or null for the furniture's own
     */
    void newSheet(SetText[] titles, SetText[] bookTitles, boolean opening) {
        flush();
        if (opening) {
            settleNotes();
        }
        startSheet(titles, bookTitles, opening);
    }

    private void startSheet(SetText[] titles, SetText[] bookTitles, boolean opening) {
        runningTitles = titles;
        runningBookTitles = bookTitles;
        sheet = new ArrayList<>();
        for (int i = 0; i < pagesPerSheet; i++) {
            sheet.add(new PageDraft(titles[Math.min(i, titles.length - 1)],
                    bookTitles == null ? null : bookTitles[Math.min(i, bookTitles.length - 1)], opening));
        }
        cursor = 0;
        gapAbove = 0;
        notes.nextSheet();
    }

    /** Writes sheets holding only the notes carried past the last one, before a chapter or the book ends. */
    private void settleNotes() {
        while (notes.waiting()) {
            startSheet(runningTitles, runningBookTitles, false);
            flush();
        }
    }

    /** Writes a blank page, so that the next sheet starts on a left-hand (even) page. */
    void padToEvenPage() {
        flush();
        settleNotes();
        if (output.nextPageNumber() % 2 == 1) {
            output.emit(new PageDraft(null, null, true), false);
        }
    }

    /** Writes a blank page where needed, so that the next sheet starts on a right-hand (odd) page. */
    void padToOddPage() {
        flush();
        settleNotes();
        if (output.nextPageNumber() % 2 == 0) {
            output.emit(new PageDraft(null, null, true), false);
        }
    }

    /** Whether anything has been placed on the current sheet. */
    boolean sheetStarted() {
        return sheet != null && cursor > 0;
    }

    /**
     * The running titles of the sheets after this one, for a chapter that starts on this sheet: the
     * current sheet keeps the titles it had.
     */
    void runOnWith(SetText[] titles, SetText[] bookTitles) {
        runningTitles = titles;
        runningBookTitles = bookTitles;
    }

    /** Whether {@code space} points fit below the current position on this sheet. */
    boolean fits(float space) {
        return cursor + space <= notes.limitAll();
    }

    /** Starts a new sheet unless {@code space} points fit below the current position: what must stay together. */
    void keepTogether(float space) {
        if (cursor > 0 && cursor + space > notes.limitAll()) {
            newSheet(runningTitles, runningBookTitles, false);
        }
    }

    /** Moves down by {@code space} points, or to the next sheet when the space is not there. */
    void skip(float space) {
        cursor += space;
        gapAbove += space;
    }

    /** Adds a drawing to the current sheet's page at the current height; {@code y} is the top of the space. */
    void draw(int page, Consumer<PdfContentByte> drawing) {
        sheet.get(page).drawing.add(drawing);
    }

    /** The y coordinate of the current position on the page. */
    float currentY() {
        return top - cursor;
    }

    /**
     * Sets parts side by side, each in its own column and all starting at the current height; lines
     * that do not fit continue at the top of the next sheet, where all columns carry on together.
     */
    void parallel(List<Part> parts, float spacingAfter) {
        parallel(parts, spacingAfter, Float.NaN);
    }

    /**
     * As {@link #parallel(List, float)}, balancing the columns (side by side, or the pages of a spread)
     * when {@code following}, the height of what follows the parts in their chapter, is a number: parts
     * that run over onto a sheet that will be the chapter's last leave it with columns of equal height,
     * the column whose rest would be shorter giving lines of this sheet to the next, as far as it can
     * while two stay ({@link ColumnBalance#lastSheet}).
     */
    void parallel(List<Part> parts, float spacingAfter, float following) {
        if (cursor > 0 && !startFits(parts)) {
            newSheet(runningTitles, runningBookTitles, false);
        }
        int[] next = new int[parts.size()];
        float start = cursor;
        boolean first = true;
        while (true) {
            // A reading over the first line's ruby needs room above it; every column moves down with it.
            float shift = 0;
            for (int p = 0; p < parts.size(); p++) {
                if (next[p] < parts.get(p).text().lineCount()) {
                    shift = Math.max(shift, rubyRoom(parts.get(p), next[p], start));
                }
            }
            float end = start;
            boolean done = true;
            int[] caps = Float.isNaN(following) ? null
                    : ColumnBalance.lastSheet(this, parts, next, start + shift, spacingAfter + following);
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                int placed = placeLines(part, next[p], start + shift, first, caps == null ? Integer.MAX_VALUE : caps[p]);
                if (placed > next[p]) {
                    end = Math.max(end, lastBaseline + part.text().size() * DESCENT);
                }
                next[p] = placed;
                done &= placed >= part.text().lineCount();
            }
            if (done) {
                cursor = end + spacingAfter;
                gapAbove = spacingAfter;
                return;
            }
            newSheet(runningTitles, runningBookTitles, false);
            start = 0;
            first = false;
        }
    }

    /** The height of a sheet's text frame. */
    float frameHeight() {
        return height;
    }

    /** Sets a block whole, on the next sheet when it (with the notes it calls for) does not fit below the cursor. */
    void block(DrawnBlock block, float spacingAfter) {
        if (cursor > 0 && (cursor + block.height() > notes.limitAll() || !notes.fit(block, cursor + block.height()))) {
            newSheet(runningTitles, runningBookTitles, false);
        }
        notes.add(block, cursor + block.height());
        float blockTop = currentY();
        for (DrawnBlock.OnPage drawing : block.drawings()) {
            sheet.get(drawing.page()).drawing.add(canvas -> drawing.drawing().draw(canvas, blockTop));
        }
        cursor += block.height() + spacingAfter;
        gapAbove = spacingAfter;
    }

    /**
     * Sets parts one below the other in their columns, keeping them together on one sheet when they
     * fit on an empty one.
     */
    void stacked(List<Part> parts, float gap, float spacingAfter) {
        float total = 0;
        for (Part part : parts) {
            total += PartLines.height(part, part.text().lineCount()) + gap;
        }
        if (cursor > 0 && cursor + total > notes.limitAll() && total <= height) {
            newSheet(runningTitles, runningBookTitles, false);
        }
        for (int p = 0; p < parts.size(); p++) {
            parallel(List.of(parts.get(p)), p + 1 < parts.size() ? gap : spacingAfter);
        }
    }

    /** The room a line's ruby needs above it when it opens a block at {@code start}, beyond the block's ascent. */
    private float rubyRoom(Part part, int line, float start) {
        return PartLines.rubyRoom(part, line, start > 0 ? gapAbove : 0);
    }

    /**
     * Whether the lines of every part that may not be parted fit below the cursor: two (no orphan line
     * at a page's foot), or all of a paragraph of three or fewer (which would leave a widow).
     */
    private boolean startFits(List<Part> parts) {
        for (Part part : parts) {
            int lines = Math.min(PartLines.leastAtFoot(part), part.text().lineCount());
            if (lines > 0 && room(part, 0, cursor + rubyRoom(part, 0, cursor)) < lines) {
                return false;
            }
        }
        return true;
    }

    /** How many of a part's lines from {@code from} fit below {@code start}, with their notes (see {@link SheetNotes#room}). */
    int room(Part part, int from, float start) {
        return notes.room(part, from, start, column(part.column()).page());
    }

    /**
     * Draws the lines of a part from {@code from} that fit below {@code start}, less any that would
     * strand a line ({@link PartLines#forThisPage}); returns the next line's index, and leaves the offset
     * of the last baseline drawn in {@link #lastBaseline}.
     */
    private int placeLines(Part part, int from, float start, boolean withLabel, int most) {
        Column column = column(part.column());
        SetText text = part.text();
        int last = from + Math.min(most, PartLines.forThisPage(text, from, room(part, from, start), start == 0));
        int line = from;
        // A paragraph gap at the top of a sheet is not kept.
        float baselineOffset = start + text.size() * ASCENT;
        while (line < last) {
            if (line > from) {
                baselineOffset += PartLines.above(part, line);
            }
            float baseline = top - baselineOffset;
            int index = line;
            float left = switch (part.align()) {
                case LEFT -> column.left();
                case CENTRE -> column.left() + (column.width() - text.lineWidth(index)) / 2;
                case RIGHT -> column.left() + column.width() - text.lineWidth(index);
            };
            sheet.get(column.page()).drawing.add(canvas -> text.draw(canvas, index, left, baseline, part.color()));
            if (withLabel && index == from && part.label() != null) {
                SetText label = part.label();
                float labelLeft = column.left() - label.lineWidth(0) - 8;
                sheet.get(column.page()).drawing.add(canvas -> label.draw(canvas, 0, labelLeft, baseline, part.color()));
            }
            lastBaseline = baselineOffset;
            line++;
            baselineOffset += part.leading();
        }
        if (last > from) {
            notes.add(part, from, last, lastBaseline + text.size() * DESCENT);
        }
        return line;
    }

    Column column(int index) {
        return index < columns.size() ? columns.get(index) : spans.get(index - columns.size());
    }

    /** Writes out the current sheet's pages. */
    void flush() {
        if (sheet == null) {
            return;
        }
        notes.drawOn(sheet, top - height);
        for (PageDraft page : sheet) {
            output.emit(page, true);
        }
        sheet = null;
    }

    /** Writes out the last sheet, and the sheets the notes carried past it need. */
    void finish() {
        flush();
        settleNotes();
    }
}
