package press.duet.model;

import java.util.Objects;

/** One paragraph of text in one language. */
public record Segment(Lang lang, String text) {
    public Segment {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
    }
}
