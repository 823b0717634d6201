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
 */
public record Metadata(BilingualText title, List<String> authors, LocalDate date, Integer part,
                       String label, Lang first, Lang chinese) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(chinese, "chinese");
        if (!chinese.isChinese()) {
            throw new IllegalArgumentException("chinese must be zh-Hans or zh-Hant, was " + chinese);
        }
        authors = List.copyOf(authors);
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    public Optional<Integer> partNumber() {
        return Optional.ofNullable(part);
    }
}
