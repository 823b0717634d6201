package press.duet.epub;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Book;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.style.Layout;

/**
 * Which languages an EPUB shows and in what order: both (Chinese or English first), or one alone for a
 * monolingual edition. Every page asks the edition which sides of a text to write.
 *
 * <pre>{@code
 * Edition edition = Edition.of(book, options);
 * List<Segment> sides = edition.sides(pair.asText());
 * }</pre>
 */
record Edition(Layout layout, boolean chineseFirst, Lang chinese) {
    static Edition of(Book book, EpubOptions options) {
        Layout layout = options.layout();
        if (layout == Layout.FACING) {
            // Facing pages need a spread the reading system does not promise; two columns come closest.
            layout = Layout.SIDE_BY_SIDE;
        }
        boolean chineseFirst = switch (layout) {
            case ZH -> true;
            case EN -> false;
            default -> options.first() != null ? options.first().isChinese() : book.metadata().first().isChinese();
        };
        return new Edition(layout, chineseFirst, book.metadata().chinese());
    }

    boolean bilingual() {
        return layout != Layout.ZH && layout != Layout.EN;
    }

    /** The language tag of the edition's first (or only) language, for the root of every page. */
    String primaryTag() {
        return chineseFirst ? chinese.tag() : Lang.EN.tag();
    }

    /** The tags of the languages the edition shows, the primary one first. */
    List<Lang> languages() {
        if (!bilingual()) {
            return List.of(chineseFirst ? chinese : Lang.EN);
        }
        return chineseFirst ? List.of(chinese, Lang.EN) : List.of(Lang.EN, chinese);
    }

    /** The sides of a paragraph the edition shows, in order; empty when a monolingual edition has no side. */
    List<Segment> sides(BilingualText text) {
        List<Segment> sides = new ArrayList<>(2);
        Segment zh = text.zh();
        Segment en = text.en();
        if (!bilingual()) {
            Segment only = chineseFirst ? zh : en;
            if (only != null) {
                sides.add(only);
            }
            return sides;
        }
        Segment first = chineseFirst ? zh : en;
        Segment second = chineseFirst ? en : zh;
        if (first != null) {
            sides.add(first);
        }
        if (second != null) {
            sides.add(second);
        }
        return sides;
    }

    /** The sides of a title: like {@link #sides}, but never empty, since a chapter needs a name. */
    List<Segment> titleSides(BilingualText text) {
        List<Segment> sides = sides(text);
        return sides.isEmpty() ? List.of(text.first(chineseFirst)) : sides;
    }

    /** A title as one line of plain text, for the NCX and the page title. */
    String plainTitle(BilingualText text) {
        return String.join(" · ", titleSides(text).stream().map(Segment::text).toList());
    }
}
