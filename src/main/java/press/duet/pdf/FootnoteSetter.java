package press.duet.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each part the footnotes of the references it holds: each note set on its own at the note size,
 * in the width of the column whose foot it goes to, in its language's colour.
 */
final class FootnoteSetter {
    private final BookStyle style;
    private final List<Column> columns;
    private final boolean footnotes;

    /** @param footnotes whether notes go to the foot of the page; when not, parts are left as they are */
    FootnoteSetter(BookStyle style, List<Column> columns, boolean footnotes) {
        this.style = style;
        this.columns = columns;
        this.footnotes = footnotes;
    }

    /**
     * The part with the footnotes of the references it set (one language's notes numbered since
     * {@code before}), to stand under column {@code noteColumn}.
     */
    Part of(BookStyle setter, Part part, ChapterNotes notes, boolean chinese, int before, int noteColumn, String where) {
        if (!footnotes || notes == null || notes.count(chinese) == before) {
            return part;
        }
        boolean firstLanguage = chinese == style.chineseFirst;
        Color colour = firstLanguage || !style.edition.bilingual() ? style.text() : style.secondText();
        List<Footnote> set = new ArrayList<>();
        for (ChapterNotes.Numbered note : notes.since(chinese, before)) {
            set.add(new Footnote(setter.notes(List.of(note), chinese, columns.get(noteColumn).width(),
                    where + " note " + note.number()), style.leading(chinese, style.noteSize()), colour));
        }
        return part.withFootnotes(noteColumn, set);
    }
}
