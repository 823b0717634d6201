package press.duet.structure;

import java.util.List;
import press.duet.model.BilingualText;

/**
 * A chapter before pairing: its title, the number its heading carries (-1 when none: text before
 * any heading, 序言, a Preface), and its paragraphs, among which sub-headings carry their level
 * below the chapter (1 to 4).
 *
 * @param line the line of the heading that opens it, 0 when none does (text before any heading)
 */
record ChapterText(BilingualText title, List<Paragraph> paragraphs, int number, int line) {
    ChapterText {
        paragraphs = List.copyOf(paragraphs);
    }

    ChapterText(BilingualText title, List<Paragraph> paragraphs, int number) {
        this(title, paragraphs, number, 0);
    }

    ChapterText(BilingualText title, List<Paragraph> paragraphs) {
        this(title, paragraphs, -1);
    }
}
