package press.duet.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import press.duet.style.Layout;

/**
 * Gives each part the footnotes of the references it holds: each note set on its own at the note size,
 * in the width of the column whose foot it goes to, in its language's colour.
 */
final class FootnoteSetter {
    private final BookStyle style;
    private final List<Column> columns;
    private final Layout layout;
    private final boolean footnotes;

    /** @param footnotes whether notes go to the foot of the page; when not, parts are left as they are */
    FootnoteSetter(BookStyle style, List<Column> columns, Layout layout, boolean footnotes) {
        this.style = style;
        this.columns = columns;
        this.layout = layout;
        this.footnotes = footnotes;
    }

    /**
     * The column under which a note of one language stands when its reference is on page {@code page}
     * of the sheet: its own language's column side by side, the reference's own page facing, else the one.
     */
    int column(boolean chinese, int page) {
        return switch (layout) {
            case FACING -> page;
            case SIDE_BY_SIDE -> chinese == style.chineseFirst ? 0 : 1;
            default -> 0;
        };
    }

    /**
     * The part with the footnotes of the references it set (one language's notes numbered since
     * {@code before}), to stand under column {@code noteColumn}.
     */
    Part of(BookStyle setter, Part part, ChapterNotes notes, boolean chinese, int before, int noteColumn, String where) {
        List<Footnote> set = set(setter, notes, chinese, before, noteColumn, where);
        return set.isEmpty() ? part : part.withFootnotes(noteColumn, set);
    }

    /**
     * The footnotes of a block's text (a caption, a table cell), which numbered one language's notes
     * since {@code before}, each to stand under column {@code noteColumn}.
     */
    List<DrawnBlock.ColumnNote> forBlock(BookStyle setter, ChapterNotes notes, boolean chinese, int before,
                                         int noteColumn, String where) {
        List<DrawnBlock.ColumnNote> set = new ArrayList<>();
        for (Footnote note : set(setter, notes, chinese, before, noteColumn, where)) {
            set.add(new DrawnBlock.ColumnNote(noteColumn, note));
        }
        return set;
    }

    private List<Footnote> set(BookStyle setter, ChapterNotes notes, boolean chinese, int before, int noteColumn,
                               String where) {
        if (!footnotes || notes == null || notes.count(chinese) == before) {
            return List.of();
        }
        boolean firstLanguage = chinese == style.chineseFirst;
        Color colour = firstLanguage || !style.edition.bilingual() ? style.text() : style.secondText();
        List<Footnote> set = new ArrayList<>();
        for (ChapterNotes.Numbered note : notes.since(chinese, before)) {
            set.add(new Footnote(setter.notes(List.of(note), chinese, columns.get(noteColumn).width(),
                    where + " note " + note.number()), style.leading(chinese, style.noteSize()), colour));
        }
        return set;
    }
}
