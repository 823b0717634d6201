package press.duet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a book says about itself.
 *
 * @param title      the book title, without labels such as 中英对照 or part numbers
 * @param authors    the authors, possibly none
 * @param date       the publication date, when the text gives one
 * @param part       the part number within a series, such as 5 for "[5]"
 * @param label      the bilingual label found in the title (for example "中英对照"), or null
 * @param first      the language that comes first in each pair in the source
 * @param chinese    the Chinese variety of the book, zh-Hans or zh-Hant
 * @param subtitle   the subtitle, or null
 * @param series     the name of the series the parts belong to, or null
 * @param parts      every part number the book holds, in reading order (a book made of parts [1] to [3]
 *                   holds three); empty when the text gives none
 * @param translators the translators, possibly none
 * @param origin     where the text came from (a page's site and address, an e-book's publisher)
 */
public record Metadata(BilingualText title, List<String> authors, LocalDate date, Integer part,
                       String label, Lang first, Lang chinese, BilingualText subtitle, String series,
                       List<Integer> parts, List<String> translators, Origin origin) {
    public Metadata {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(chinese, "chinese");
        if (!chinese.isChinese()) {
            throw new IllegalArgumentException("chinese must be zh-Hans or zh-Hant, was " + chinese);
        }
        authors = List.copyOf(authors);
        parts = List.copyOf(parts);
        translators = List.copyOf(translators);
    }

    /** Metadata of a text that says nothing of where it came from. */
    public Metadata(BilingualText title, List<String> authors, LocalDate date, Integer part,
                    String label, Lang first, Lang chinese, BilingualText subtitle, String series,
                    List<Integer> parts, List<String> translators) {
        this(title, authors, date, part, label, first, chinese, subtitle, series, parts, translators, Origin.NONE);
    }

    /** Metadata without translators. */
    public Metadata(BilingualText title, List<String> authors, LocalDate date, Integer part,
                    String label, Lang first, Lang chinese, BilingualText subtitle, String series,
                    List<Integer> parts) {
        this(title, authors, date, part, label, first, chinese, subtitle, series, parts, List.of());
    }

    /** Metadata without subtitle or series; the parts are the one part, if any. */
    public Metadata(BilingualText title, List<String> authors, LocalDate date, Integer part,
                    String label, Lang first, Lang chinese) {
        this(title, authors, date, part, label, first, chinese, null, null, part == null ? List.of() : List.of(part));
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    public Optional<Integer> partNumber() {
        return Optional.ofNullable(part);
    }

    public Optional<BilingualText> subtitleText() {
        return Optional.ofNullable(subtitle);
    }

    public Optional<String> seriesName() {
        return Optional.ofNullable(series);
    }
}
