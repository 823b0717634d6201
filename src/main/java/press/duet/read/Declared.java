package press.duet.read;

import java.time.LocalDate;
import java.util.List;
import press.duet.model.Origin;

/**
 * What an input's format declares about the text apart from the text itself: an HTML page's
 * {@code <title>}, {@code og:title}, {@code <meta name="author">} and canonical link, an e-book's
 * package metadata. Plain text and Markdown declare nothing. The structure stage prefers what the
 * text's own head lines say and fills the rest from here; the user's options override both.
 *
 * @param title       the declared title as one line (both languages when it has both), or null
 * @param authors     the declared authors, possibly none
 * @param translators the declared translators, possibly none
 * @param date        the declared publication date, or null
 * @param language    the declared language as a BCP 47 tag ("zh-CN", "en"), or null
 * @param series      the declared series, or null
 * @param origin      where the text came from
 */
public record Declared(String title, List<String> authors, List<String> translators, LocalDate date,
                       String language, String series, Origin origin) {
    /** An input that declares nothing. */
    public static final Declared NONE = new Declared(null, List.of(), List.of(), null, null, null, Origin.NONE);

    public Declared {
        authors = List.copyOf(authors);
        translators = List.copyOf(translators);
        java.util.Objects.requireNonNull(origin, "origin");
    }
}
