package press.duet;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.report.DuetException;

/**
 * An edition with nothing in it is refused, and empty chapters are told: a file of only a title, or
 * of headings without paragraphs, would otherwise publish a book of blank pages without a word.
 */
final class EmptyEditions {
    private static final int NAMED = 3;

    private EmptyEditions() {
    }

    /** Refuses a book without a single pair; adds one warning for its chapters without any. */
    static void check(Book book, List<Path> files, List<String> warnings) {
        if (book.pairCount() == 0) {
            throw new DuetException(files.get(0) + ": nothing to publish: the text has "
                    + (book.chapters().size() > 1 ? book.chapters().size() + " headings" : "a title at most")
                    + " but no paragraphs; no edition was written");
        }
        List<Chapter> empty = book.chapters().stream().filter(c -> c.pairCount() == 0).toList();
        if (!empty.isEmpty()) {
            List<String> names = empty.stream().limit(NAMED).map(EmptyEditions::title).toList();
            warnings.add(String.format(Locale.ROOT, "%s: %d chapter%s no paragraphs: %s%s", files.get(0),
                    empty.size(), empty.size() == 1 ? " has" : "s have", String.join(", ", names),
                    empty.size() > NAMED ? " …" : ""));
        }
    }

    private static String title(Chapter chapter) {
        var zh = chapter.title().zh();
        var en = chapter.title().en();
        String text = zh != null ? zh.text() : en != null ? en.text() : "(untitled)";
        return "'" + (text.length() > 30 ? text.substring(0, 29) + "…" : text) + "'";
    }
}
