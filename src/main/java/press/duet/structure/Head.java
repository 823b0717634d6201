package press.duet.structure;

import java.time.LocalDate;
import java.util.List;
import press.duet.model.BilingualText;

/**
 * What the opening lines of a text say about it: a title pair, the bilingual label, a part number, a
 * date and authors. Any of them may be absent (null or empty).
 *
 * @param bodyStart the index of the first paragraph after the opening lines
 * @param subtitle  the part of the title (which keeps it) after a colon or dash ("Title: Subtitle", "标题——副标题"), or null
 */
record Head(BilingualText title, String label, Integer part, LocalDate date, List<String> authors, int bodyStart,
            BilingualText subtitle) {
}
