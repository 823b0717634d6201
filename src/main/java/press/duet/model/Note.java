package press.duet.model;

import java.util.List;
import java.util.Objects;

/**
 * A note, as a source gives it: its label there ("1", "a", "*") and its content. Writers number notes
 * themselves; the label only names the note in reports.
 */
public record Note(String label, List<Para> content) {
    public Note {
        Objects.requireNonNull(label, "label");
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a note has content");
        }
    }

    /** The note's plain text, its paragraphs joined by line feeds. */
    public String text() {
        return Para.text(content);
    }
}
