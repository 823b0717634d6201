package press.duet.structure;

import java.util.List;
import press.duet.model.BilingualText;

/**
 * A chapter before pairing: its title and its paragraphs, among which sub-headings carry their level
 * below the chapter (1 to 4).
 */
record ChapterText(BilingualText title, List<Paragraph> paragraphs) {
    ChapterText {
        paragraphs = List.copyOf(paragraphs);
    }
}
