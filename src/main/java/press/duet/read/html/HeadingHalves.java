package press.duet.read.html;

import java.util.List;
import press.duet.model.Inline;
import press.duet.read.InlineLines;
import press.duet.text.Scripts;

/**
 * A heading whose markup sets its English and its Chinese title apart: {@code <strong><em>Voyagers</em>
 * 《太空异旅》</strong>}, a film's or a book's title in italics beside its Chinese name. Cut where the
 * markup changes, the two halves are two headings, one in each language, as two heading lines would be;
 * the text alone could not say whether the brackets go with the English or the Chinese. The English half
 * must be one element that sets it apart (italics, a span in English): a heading of one run of text
 * ("Apple Watch 新功能介绍") or with a linked name ({@code <a>Python</a>入门}) is not cut.
 *
 * <pre>{@code
 * List<List<Inline>> halves = HeadingHalves.of(line);  // [[<em>Voyagers</em>], [《太空异旅》]], bold kept on each
 * }</pre>
 */
final class HeadingHalves {
    private HeadingHalves() {
    }

    /** The heading's English and Chinese halves in the heading's order, each stripped; null when it is not so parted. */
    static List<List<Inline>> of(List<Inline> line) {
        List<Inline> content = line;
        Inline.Style wrapper = null;
        if (content.size() == 1 && content.get(0) instanceof Inline.Styled styled) {
            // The heading's bold (or italics) around the whole: each half keeps it.
            wrapper = styled.style();
            content = styled.content();
        }
        for (int cut = 1; cut < content.size(); cut++) {
            String before = Inline.text(content.subList(0, cut));
            String after = Inline.text(content.subList(cut, content.size()));
            boolean parted = latinOnly(before) && hanOnly(after) && setApart(content.subList(0, cut))
                    || hanOnly(before) && latinOnly(after) && setApart(content.subList(cut, content.size()));
            if (parted) {
                return List.of(half(content.subList(0, cut), wrapper), half(content.subList(cut, content.size()), wrapper));
            }
        }
        return null;
    }

    /**
     * Whether the English half is one element that sets a title apart (italics, a span in English): an
     * English name that only stands in the Chinese heading ("Python入门", a link) is not cut off.
     */
    private static boolean setApart(List<Inline> english) {
        List<Inline> marked = InlineLines.strip(english);
        return marked.size() == 1 && (marked.get(0) instanceof Inline.Styled styled && styled.style() == Inline.Style.EMPHASIS
                || marked.get(0) instanceof Inline.Span);
    }

    private static List<Inline> half(List<Inline> part, Inline.Style wrapper) {
        List<Inline> stripped = InlineLines.strip(part);
        return wrapper == null ? stripped : List.of(new Inline.Styled(wrapper, stripped));
    }

    /** Latin letters and no Han character. */
    private static boolean latinOnly(String text) {
        return text.codePoints().noneMatch(Scripts::isHan) && text.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    }

    /** Han characters and no Latin letter. */
    private static boolean hanOnly(String text) {
        return text.codePoints().anyMatch(Scripts::isHan) && text.codePoints().noneMatch(c -> c < 0x250 && Character.isLetter(c));
    }
}
