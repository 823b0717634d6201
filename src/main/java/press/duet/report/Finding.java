package press.duet.report;

import java.util.Objects;

/** Something Duet noticed and the user should know, such as a paragraph without a translation. */
public record Finding(Place place, String message) {
    public Finding {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return place + ": " + message;
    }
}
