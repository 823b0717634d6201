package press.duet.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The other language's title in a text of two blocks, a Chinese article and then its English (or the
 * reverse), where the head above the first block names the text in its language only: the second
 * block opens with its own title line.
 */
final class OtherBlockTitle {
    private OtherBlockTitle() {
    }

    /**
     * The title line that opens the block of the other language in a text of two blocks, each a language:
     * the first paragraph of that language, title-like and no chapter heading, with a paragraph of its
     * language after it (an alternating text's first translation is followed by the next original), and
     * with the title's part number when the title has one ("更好地了解中國(十五)" … "Understanding China (15)").
     */
    static Optional<Paragraph> of(List<Paragraph> paragraphs, int from, boolean chinese, Integer part) {
        for (int i = from; i + 1 < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (chinese ? !p.isChinese() : !p.isEnglish()) {
                continue;
            }
            Paragraph next = paragraphs.get(i + 1);
            boolean blockOpens = chinese ? next.isChinese() : next.isEnglish();
            boolean title = i > from && blockOpens && HeadParser.looksLikeTitle(p, 0, false) && !ChapterHeadings.isHeading(p)
                    && p.level() == 0 && Objects.equals(HeadParser.titleLine(p.text()).part(), part);
            return title ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }
}
