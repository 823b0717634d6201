package press.duet.furniture;

import java.util.Objects;

/**
 * Furniture found in one line of a text: the whole line, or a part glued to real text.
 *
 * @param index   the line's index in the list that was searched
 * @param kind    what the furniture is
 * @param removed the furniture's text
 * @param kept    what remains of the line when only a part of it was furniture, or null when the
 *                whole line is
 */
public record Cut(int index, FurnitureKind kind, String removed, String kept) {
    public Cut {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(removed, "removed");
    }

    /** Whether the whole line is furniture. */
    public boolean whole() {
        return kept == null;
    }
}
