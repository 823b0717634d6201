package press.duet.read.epub;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The paths inside an EPUB: a reference ({@code ../Text/ch1.xhtml#p3}, percent-encoded as a URL) is
 * resolved against the folder of the document that makes it, to the archive name of its file and its
 * fragment. A reference that climbs out of the book, or is absolute or remote, resolves to nothing.
 *
 * <pre>{@code
 * BookPath.resolve("OEBPS/content.opf", "Text/ch1.xhtml#p3") // OEBPS/Text/ch1.xhtml, fragment p3
 * }</pre>
 *
 * @param file     the file's name in the archive
 * @param fragment the fragment without its {@code #}, or "" for none
 */
record BookPath(String file, String fragment) {
    /** Resolves {@code href} from the document at {@code from}. */
    static Optional<BookPath> resolve(String from, String href) {
        String reference = href.strip();
        if (reference.isEmpty() || reference.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*") || reference.startsWith("/")
                || reference.startsWith("//")) {
            return Optional.empty();
        }
        String fragment = "";
        int hash = reference.indexOf('#');
        if (hash >= 0) {
            fragment = decode(reference.substring(hash + 1));
            reference = reference.substring(0, hash);
        }
        int query = reference.indexOf('?');
        if (query >= 0) {
            reference = reference.substring(0, query);
        }
        String decoded = decode(reference);
        if (decoded == null || fragment == null) {
            return Optional.empty();
        }
        if (decoded.isEmpty()) {
            return Optional.of(new BookPath(from, fragment));
        }
        Deque<String> parts = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash >= 0) {
            for (String part : from.substring(0, slash).split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : decoded.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new BookPath(String.join("/", parts), fragment));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
