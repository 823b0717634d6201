package press.duet.read.epub;

import java.util.List;
import java.util.Objects;

/**
 * One document of an EPUB's spine as Duet read it, for {@code duet inspect}: whether it became text,
 * the chapters that start in it, and the language of its text; or what kind of front or back matter
 * it was and why it was left out.
 *
 * @param path     the document's name in the archive
 * @param linear   whether the spine has it in the linear reading order
 * @param role     "text", or what was left out ("cover page", "copyright page" …, "missing" …)
 * @param because  why it was judged so ("epub:type copyright-page", "its content"), or ""
 * @param chapters the titles of the chapters that start in it
 * @param language the languages of its paragraphs ("zh-Hans", "en", "zh-Hans + en"), or "—"
 */
public record SpineEntry(String path, boolean linear, String role, String because, List<String> chapters,
                         String language) {
    public SpineEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(because, "because");
        chapters = List.copyOf(chapters);
        Objects.requireNonNull(language, "language");
    }

    /** Whether the document's content is in the book. */
    public boolean isText() {
        return role.equals("text");
    }
}
