package press.duet.pdf;

import java.awt.Color;
import java.util.List;

/**
 * A set text on its way onto pages: the column it goes into, its line spacing, colour and alignment,
 * an optional label drawn in the margin beside its first line (a handout's pair number), and the
 * footnotes its references call for, one per reference in reading order, set at the foot of the
 * column {@code noteColumn}.
 */
record Part(int column, SetText text, float leading, Color color, Align align, SetText label, int noteColumn,
            List<Footnote> footnotes) {
    /** Where a part's lines stand in their column. */
    enum Align {
        LEFT, CENTRE, RIGHT
    }

    Part {
        footnotes = List.copyOf(footnotes);
        if (!footnotes.isEmpty() && footnotes.size() != text.noteCount()) {
            throw new IllegalArgumentException(footnotes.size() + " footnotes for " + text.noteCount() + " references");
        }
    }

    Part(int column, SetText text, float leading, Color color, Align align, SetText label) {
        this(column, text, leading, color, align, label, column, List.of());
    }

    Part(int column, SetText text, float leading, Color color) {
        this(column, text, leading, color, Align.LEFT, null);
    }

    Part(int column, SetText text, float leading, Color color, Align align) {
        this(column, text, leading, color, align, null);
    }

    /** The same part with the footnotes of its references, to be set at the foot of a column. */
    Part withFootnotes(int column, List<Footnote> notes) {
        return new Part(this.column, text, leading, color, align, label, column, notes);
    }

    /** The footnotes of the references on one line. */
    List<Footnote> footnotesOn(int line) {
        if (footnotes.isEmpty()) {
            return List.of();
        }
        int first = text.notesBefore(line);
        return footnotes.subList(first, first + text.notesOn(line));
    }
}
