package press.duet.model;

import java.util.List;

/**
 * Where a book's text came from, as its source says: the site and address of a saved web page, the
 * publisher and identifiers of an e-book. Shown in the colophon and the package's {@code dc:source};
 * never fetched.
 *
 * @param site        the site's or publication's name ("BBC 英伦网"), or null
 * @param url         the page's canonical address (http or https), or null
 * @param publisher   the publisher an e-book names, or null
 * @param identifiers the source's identifiers (an ISBN, a UUID), possibly none
 */
public record Origin(String site, String url, String publisher, List<String> identifiers) {
    /** A text that says nothing of where it came from. */
    public static final Origin NONE = new Origin(null, null, null, List.of());

    public Origin {
        identifiers = List.copyOf(identifiers);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("an origin's address is http or https: " + url);
        }
    }

    /** Whether the source said anything of where it came from. */
    public boolean isKnown() {
        return site != null || url != null || publisher != null || !identifiers.isEmpty();
    }

    /** Where the text came from as one line (the site or publisher, then the address), as colophons show it; empty when unknown. */
    public java.util.Optional<String> line() {
        List<String> parts = new java.util.ArrayList<>();
        if (site != null) {
            parts.add(site);
        }
        if (publisher != null && !publisher.equals(site)) {
            parts.add(publisher);
        }
        if (url != null) {
            parts.add(url);
        }
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" · ", parts));
    }
}
