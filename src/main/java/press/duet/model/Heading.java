package press.duet.model;

import java.util.Objects;

/** A heading inside a chapter (a section title), level 1 being the highest below the chapter title. */
public record Heading(int level, BilingualText text) implements Block {
    public Heading {
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("heading level must be 1..4, was " + level);
        }
    }
}
