package press.duet.structure;

import java.time.LocalDate;
import java.util.List;
import press.duet.model.BilingualText;

/**
 * What the opening lines of a text say about it: a title pair, the bilingual label, a part number, a
 * date, authors and translators. Any of them may be absent (null or empty).
 *
 * @param bodyStart   the index of the first paragraph after the opening lines
 * @param subtitle    the part of the title (which keeps it) after a colon or dash ("Title: Subtitle", "标题——副标题"), or null
 * @param series      the name of a series or column in 《》 before the title ("《双语阅读》：标题"), or null
 * @param titleStart  the index of the title line: above it, a page's site or section name (0 for most texts)
 * @param notes       the indexes of the lines between the title and its date or byline that are neither (a
 *                    place, an office): read as part of the head, not published
 * @param pageDate    the date a page says it was put up or updated ("更新时间：…", "发布时间 …"), which stands
 *                    for the text's own {@code date} only where no input gives one; or null
 * @param signers     the authors who signed with a mark and no word of their role ("◎林秋"): on a page whose
 *                    English leads, a Chinese name so given is the translator's
 */
record Head(BilingualText title, String label, Integer part, LocalDate date, List<String> authors, int bodyStart,
            BilingualText subtitle, List<String> translators, String series, int titleStart, List<Integer> notes,
            LocalDate pageDate, List<String> signers) {
    Head {
        authors = List.copyOf(authors);
        translators = List.copyOf(translators);
        notes = List.copyOf(notes);
        signers = List.copyOf(signers);
    }

    Head(BilingualText title, String label, Integer part, LocalDate date, List<String> authors, int bodyStart,
         BilingualText subtitle, List<String> translators, String series, int titleStart, List<Integer> notes) {
        this(title, label, part, date, authors, bodyStart, subtitle, translators, series, titleStart, notes, null, List.of());
    }

    Head(BilingualText title, String label, Integer part, LocalDate date, List<String> authors, int bodyStart,
         BilingualText subtitle) {
        this(title, label, part, date, authors, bodyStart, subtitle, List.of(), null, 0, List.of());
    }

    /** The head with these authors. */
    Head withAuthors(List<String> names) {
        return new Head(title, label, part, date, names, bodyStart, subtitle, translators, series, titleStart, notes,
                pageDate, signers.stream().filter(names::contains).toList());
    }

    /** The head signed by this name alone, no word of a role with it: an author unless the languages say otherwise. */
    Head withSigner(String name) {
        return new Head(title, label, part, date, List.of(name), bodyStart, subtitle, translators, series, titleStart, notes,
                pageDate, List.of(name));
    }

    /** The head with this title. */
    Head withTitle(BilingualText newTitle) {
        return new Head(newTitle, label, part, date, authors, bodyStart, subtitle, translators, series, titleStart, notes,
                pageDate, signers);
    }

    /** The head with these authors and translators, its signers kept where they still sign as authors. */
    Head withCredits(List<String> newAuthors, List<String> newTranslators) {
        return new Head(title, label, part, date, newAuthors, bodyStart, subtitle, newTranslators, series, titleStart, notes,
                pageDate, signers.stream().filter(newAuthors::contains).toList());
    }

    static final Head EMPTY = new Head(null, null, null, null, List.of(), 0, null);
}
