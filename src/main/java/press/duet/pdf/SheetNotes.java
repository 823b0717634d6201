package press.duet.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The footnote areas of a sheet, one at the foot of each column, and how low the text may reach above
 * them. Without footnotes (endnotes, the contents) there are no areas and the text reaches the frame's
 * foot.
 */
final class SheetNotes {
    /** A note that starts at a page's foot shows at least this many of its lines there. */
    private static final int LEAST_NOTE_LINES = 2;

    private final List<Column> columns;
    private final float height;
    private final FootnoteArea[] areas;

    private SheetNotes(List<Column> columns, float height, FootnoteArea[] areas) {
        this.columns = columns;
        this.height = height;
        this.areas = areas;
    }

    /** No footnotes: the text takes the whole frame. */
    static SheetNotes none(List<Column> columns, float height) {
        return new SheetNotes(columns, height, new FootnoteArea[0]);
    }

    /** An area at the foot of each column, its rules in a colour and spaced for a body size. */
    static SheetNotes under(List<Column> columns, float height, float bodySize, Color rule) {
        FootnoteArea[] areas = new FootnoteArea[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            areas[c] = new FootnoteArea(columns.get(c), bodySize, rule);
        }
        return new SheetNotes(columns, height, areas);
    }

    /** The area a part's notes go to, or null when the part has none or the sheets carry no footnotes. */
    FootnoteArea of(Part part) {
        return areas.length == 0 || part.footnotes().isEmpty() ? null : areas[part.noteColumn()];
    }

    /**
     * The lowest a column's text may reach, as an offset from the frame's top: above its notes; a span
     * column ({@code column} past the body columns) above the notes of every column on its page.
     */
    float limit(int column, int page) {
        if (areas.length == 0) {
            return height;
        }
        if (column < columns.size()) {
            return height - areas[column].height();
        }
        float limit = height;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).page() == page) {
                limit = Math.min(limit, height - areas[c].height());
            }
        }
        return limit;
    }

    /** The lowest anything across the sheet may reach: above the notes of every column. */
    float limitAll() {
        float limit = height;
        for (FootnoteArea area : areas) {
            limit = Math.min(limit, height - area.height());
        }
        return limit;
    }

    /**
     * How many of a part's lines from {@code from} fit below {@code start}, above the column's notes
     * and with the notes they call for: a line whose note cannot even start on this sheet (its first
     * two lines) goes to the next with it. At a sheet's top one line always fits, so text moves on.
     */
    int room(Part part, int from, float start, int page) {
        SetText text = part.text();
        FootnoteArea area = of(part);
        float limit = limit(part.column(), page);
        List<Footnote> called = new ArrayList<>();
        int room = 0;
        float offset = start + text.size() * Composer.ASCENT;
        for (int line = from; line < text.lineCount(); line++) {
            if (line > from) {
                offset += part.leading() + PartLines.above(part, line);
            }
            float bottom = offset + text.size() * Composer.DESCENT;
            if (bottom > limit) {
                break;
            }
            List<Footnote> here = part.footnotesOn(line);
            if (!here.isEmpty()) {
                if (area.full()) {
                    break;
                }
                List<Footnote> with = new ArrayList<>(called);
                with.addAll(here);
                float whole = height - area.heightWith(with, null, 0);
                if (bottom > whole) {
                    if (bottom <= height - area.heightWith(called, here.get(0), LEAST_NOTE_LINES)) {
                        room++;
                    }
                    break;
                }
                called = with;
                limit = Math.min(limit, whole);
            }
            room++;
        }
        if (room == 0 && start == 0 && from < text.lineCount()) {
            return 1;
        }
        return room;
    }

    /**
     * Adds the notes of a part's lines {@code from} to {@code to} (exclusive), just set with their
     * foot at {@code bottom} below the frame's top, to their column's area.
     */
    void add(Part part, int from, int to, float bottom) {
        FootnoteArea area = of(part);
        for (int line = from; area != null && line < to; line++) {
            for (Footnote note : part.footnotesOn(line)) {
                area.add(note, height - bottom);
            }
        }
    }

    /**
     * Whether a block reaching {@code bottom} below the frame's top stands above its columns' notes
     * with the notes its own references call for added to them (none of which may wait for a later sheet).
     */
    boolean fit(DrawnBlock block, float bottom) {
        for (int c = 0; c < areas.length; c++) {
            List<Footnote> called = new ArrayList<>();
            for (DrawnBlock.ColumnNote note : block.notes()) {
                if (note.column() == c) {
                    called.add(note.note());
                }
            }
            if (!called.isEmpty() && (areas[c].full() || bottom > height - areas[c].heightWith(called, null, 0))) {
                return false;
            }
        }
        return true;
    }

    /** Adds the notes of a block, just set with its foot at {@code bottom} below the frame's top, to their columns' areas. */
    void add(DrawnBlock block, float bottom) {
        for (DrawnBlock.ColumnNote note : block.notes()) {
            if (areas.length > 0) {
                areas[note.column()].add(note.note(), height - bottom);
            }
        }
    }

    /** Whether notes wait for a sheet after the current one. */
    boolean waiting() {
        for (FootnoteArea area : areas) {
            if (area.full()) {
                return true;
            }
        }
        return false;
    }

    /** Starts the next sheet, each area with the notes carried to it. */
    void nextSheet() {
        for (FootnoteArea area : areas) {
            area.nextSheet(height);
        }
    }

    /** Adds the drawing of each column's notes to its page of the sheet, above {@code foot}. */
    void drawOn(List<PageDraft> sheet, float foot) {
        for (int c = 0; c < areas.length; c++) {
            FootnoteArea area = areas[c];
            sheet.get(columns.get(c).page()).drawing.add(canvas -> area.draw(canvas, foot));
        }
    }
}
