package press.duet.edition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.style.Layout;
import press.duet.text.BookWords;
import press.duet.text.DateWords;

/**
 * Which languages an edition shows and in what order: both (Chinese or English first), or one alone for a
 * monolingual edition. Both writers ask the one edition which sides of a text to set, so the EPUB and the
 * PDF of a book never disagree about them.
 *
 * <pre>{@code
 * Edition edition = Edition.of(book.metadata(), options.edition());
 * List<Segment> sides = edition.sides(pair.asText());
 * }</pre>
 *
 * @param layout       how the languages are arranged
 * @param chineseFirst whether Chinese comes first (in a monolingual edition: whether it is the language shown)
 * @param chinese      the book's variety of Chinese
 */
public record Edition(Layout layout, boolean chineseFirst, Lang chinese) {
    private static final String SEPARATOR = " · ";

    /** The edition the options ask for: a monolingual layout shows its language, else the order asked or the text's. */
    public static Edition of(Metadata metadata, EditionOptions options) {
        Layout layout = options.layout();
        boolean chineseFirst = switch (layout) {
            case ZH -> true;
            case EN -> false;
            default -> options.first() != null ? options.first().isChinese() : metadata.first().isChinese();
        };
        return new Edition(layout, chineseFirst, metadata.chinese());
    }

    /** The same edition in another arrangement, such as a medium that cannot set the one asked for. */
    public Edition withLayout(Layout other) {
        return new Edition(other, chineseFirst, chinese);
    }

    public boolean bilingual() {
        return layout != Layout.ZH && layout != Layout.EN;
    }

    /** The edition's first (or only) language. */
    public Lang primary() {
        return chineseFirst ? chinese : Lang.EN;
    }

    /** The language tag of the edition's first (or only) language, for the root of every page. */
    public String primaryTag() {
        return primary().tag();
    }

    /** The languages the edition shows, the primary one first. */
    public List<Lang> languages() {
        if (!bilingual()) {
            return List.of(primary());
        }
        return chineseFirst ? List.of(chinese, Lang.EN) : List.of(Lang.EN, chinese);
    }

    /** The sides of a paragraph the edition shows, in order; empty when a monolingual edition has no side. */
    public List<Segment> sides(BilingualText text) {
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
    public List<Segment> titleSides(BilingualText text) {
        List<Segment> sides = sides(text);
        return sides.isEmpty() ? List.of(text.first(chineseFirst)) : sides;
    }

    /** The first side of a title the edition shows (the other language's when its own is absent). */
    public Segment first(BilingualText text) {
        return titleSides(text).get(0);
    }

    /** The second side of a title the edition shows, or null: a monolingual edition or a one-sided title has none. */
    public Segment second(BilingualText text) {
        List<Segment> sides = titleSides(text);
        return sides.size() > 1 ? sides.get(1) : null;
    }

    /** A title as one line of plain text, for bookmarks, the NCX and the page title. */
    public String plainTitle(BilingualText text) {
        return String.join(SEPARATOR, titleSides(text).stream().map(Segment::text).toList());
    }

    /** One of the book's own words (目录, Contents …) in each language the edition shows. */
    public List<Segment> words(BookWords words) {
        return languages().stream().map(lang -> new Segment(lang, words.in(lang))).toList();
    }

    /** A date in words in each language the edition shows: 2024年1月16日, January 16, 2024. */
    public List<Segment> dates(LocalDate date) {
        return languages().stream().map(lang -> new Segment(lang,
                lang.isChinese() ? DateWords.chinese(date) : DateWords.english(date))).toList();
    }

    /** Segments' texts joined as one line, as a running header or a title page shows them. */
    public static String joined(List<Segment> segments) {
        return String.join(SEPARATOR, segments.stream().map(Segment::text).toList());
    }
}
