package press.duet.edition;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.text.BookWords;

/**
 * What a book's title page says in one edition, line by line; each writer only sets it, so the EPUB's and
 * the PDF's title pages say the same. A monolingual edition leaves out the 中英对照 label (it is not
 * bilingual), the other language's title, and the other language's words for the translators and date.
 *
 * <pre>{@code
 * TitlePageText page = TitlePageText.of(book.metadata(), edition);
 * page.titles().get(0); // the title in the edition's first language
 * }</pre>
 *
 * @param label       the bilingual label ("中英对照"), or null
 * @param part        the part number as the title page writes it ("[5]"), or null
 * @param titles      the title in the edition's languages, the first language first; never empty
 * @param authors     the authors as the text names them, or null
 * @param translators a line per language the edition shows, or none
 * @param dates       the date in words in each language the edition shows, or none
 */
public record TitlePageText(String label, String part, List<Segment> titles, String authors, List<Credit> translators,
                            List<Segment> dates) {
    public TitlePageText {
        titles = List.copyOf(titles);
        translators = List.copyOf(translators);
        dates = List.copyOf(dates);
    }

    /**
     * A role in one language and the names that follow it, which are given as the text has them.
     *
     * @param lang  the language of the role
     * @param role  the role, such as 译者 or "Translated by"
     * @param names the names, comma-separated
     */
    public record Credit(Lang lang, String role, String names) {
        /** The role and the names as one line. */
        public String line() {
            return role + " " + names;
        }
    }

    public static TitlePageText of(Metadata metadata, Edition edition) {
        // "中英对照" says the book is bilingual, which a monolingual edition is not.
        String label = edition.bilingual() ? metadata.label() : null;
        String part = metadata.partNumber().map(number -> "[" + number + "]").orElse(null);
        String authors = metadata.authors().isEmpty() ? null : String.join(", ", metadata.authors());
        List<Credit> translators = new ArrayList<>();
        if (!metadata.translators().isEmpty()) {
            String names = String.join(", ", metadata.translators());
            for (Lang lang : edition.languages()) {
                translators.add(new Credit(lang, BookWords.TRANSLATED_BY.in(lang), names));
            }
        }
        List<Segment> dates = metadata.date() == null ? List.of() : edition.dates(metadata.date());
        return new TitlePageText(label, part, edition.titleSides(metadata.title()), authors, translators, dates);
    }

    /** The label and part number as one line, such as "中英对照 · [5]"; empty when there is neither. */
    public String labelLine() {
        return label == null ? part == null ? "" : part : part == null ? label : label + " · " + part;
    }
}
