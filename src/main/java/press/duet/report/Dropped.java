package press.duet.report;

import java.util.Objects;

/**
 * A line (or the part of one) that Duet left out of the book as page furniture, with where it stood
 * and why: what {@code duet inspect} lists so that a wrong guess can be seen and undone.
 *
 * @param text   the text left out
 * @param reason why, in words: "share or scan prompt"
 */
public record Dropped(Place place, String text, String reason) {
    public Dropped {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return place + ": " + reason + ": " + text;
    }
}
