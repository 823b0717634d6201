package press.duet.model;

import java.util.Optional;

/**
 * An image placed between pairs, with its alternative text and a caption in one or both languages.
 * The image is absent when the source's could not be used (missing, remote, unreadable): the figure
 * keeps its alternative text and caption, and the writers set those.
 *
 * @param image   the image, or null
 * @param alt     the alternative text, empty when the source gives none
 * @param caption the caption, or null
 */
public record Figure(Image image, String alt, BilingualText caption, SourceLine source) implements Block {
    public Figure {
        java.util.Objects.requireNonNull(alt, "alt");
        java.util.Objects.requireNonNull(source, "source");
    }

    public Optional<Image> picture() {
        return Optional.ofNullable(image);
    }

    public Optional<BilingualText> captionText() {
        return Optional.ofNullable(caption);
    }
}
