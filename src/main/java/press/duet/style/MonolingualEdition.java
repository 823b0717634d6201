package press.duet.style;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.report.DuetException;

/**
 * Refuses a monolingual edition that would have no body: a Chinese-only or English-only layout of a
 * text with no paragraph in that language would publish a title and nothing else. (A text with no
 * paragraphs at all is refused before any edition is chosen.)
 *
 * <pre>{@code
 * MonolingualEdition.requireItsLanguage(book, Layout.ZH, "article.txt"); // throws: no Chinese paragraphs
 * }</pre>
 */
public final class MonolingualEdition {
    private MonolingualEdition() {
    }

    /**
     * @param source the input files' names for the message, or null
     * @throws DuetException naming the missing language and the layouts that would work
     */
    public static void requireItsLanguage(Book book, Layout layout, String source) {
        if (layout != Layout.ZH && layout != Layout.EN) {
            return;
        }
        boolean chinese = false;
        boolean english = false;
        for (Chapter chapter : book.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Pair pair) {
                    chinese |= pair.zh() != null;
                    english |= pair.en() != null;
                }
            }
        }
        boolean present = layout == Layout.ZH ? chinese : english;
        if (present) {
            return;
        }
        List<String> working = new ArrayList<>();
        if (chinese || english) {
            working.add("interleaved");
            working.add("side-by-side");
        }
        if (layout == Layout.ZH && english) {
            working.add("en");
        }
        if (layout == Layout.EN && chinese) {
            working.add("zh");
        }
        String language = layout == Layout.ZH ? "Chinese" : "English";
        throw new DuetException((source == null ? "the text" : source) + ": --layout " + layout.cliName()
                + " would publish no text, as the text has no " + language + " paragraphs"
                + (working.isEmpty() ? "" : "; layouts that would work: " + String.join(", ", working)));
    }
}
