package press.duet.pdf;

import java.awt.Color;
import press.duet.edition.Edition;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.style.Theme;

/**
 * The book's type: sizes, colours and line heights from the theme and options, the edition (which
 * languages it shows, which comes first), and how to set a paragraph or a line in them.
 */
final class BookStyle {
    final Metadata metadata;
    final Edition edition;
    final float size;
    final boolean chineseFirst;
    final FaceChooser chooser;
    private final Theme theme;

    BookStyle(Metadata metadata, Edition edition, Theme theme, PdfOptions options, FaceChooser chooser) {
        this(metadata, edition, theme, options.fontSize(), chooser);
    }

    private BookStyle(Metadata metadata, Edition edition, Theme theme, float size, FaceChooser chooser) {
        this.metadata = metadata;
        this.edition = edition;
        this.theme = theme;
        this.size = size;
        this.chineseFirst = edition.chineseFirst();
        this.chooser = chooser;
    }

    /** The same style choosing faces with another chooser: one for each thread that sets text. */
    BookStyle withChooser(FaceChooser other) {
        return new BookStyle(metadata, edition, theme, size, other);
    }

    /** A body paragraph, justified to the measure. */
    SetText body(Segment segment, float measure, String where) {
        return SetText.set(segment.text(), FontRole.LATIN_REGULAR, segment.lang().isChinese(), size, measure, true,
                chooser, where);
    }

    /** A line of display text (a title, a header), not justified. */
    SetText line(Segment segment, FontRole role, float fontSize, float measure, String where) {
        return SetText.set(segment.text(), role, segment.lang().isChinese(), fontSize, measure, false, chooser, where);
    }

    /** The line spacing of a paragraph of the given language at a size. */
    float leading(Segment segment, float fontSize) {
        return fontSize * (segment.lang().isChinese() ? theme.chineseLineHeight() : theme.latinLineHeight());
    }

    /** The first side of a title the edition shows. */
    Segment first(BilingualText text) {
        return edition.first(text);
    }

    /** The second side of a title the edition shows, or null: a one-language edition or title has none. */
    Segment second(BilingualText text) {
        return edition.second(text);
    }

    Color text() {
        return theme.textColor();
    }

    Color secondText() {
        return theme.secondLanguageColor();
    }

    Color heading() {
        return theme.headingColor();
    }
}
