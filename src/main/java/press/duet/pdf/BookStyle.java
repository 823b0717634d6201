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

    /** A side of a pair, its paragraphs justified to the measure, its notes numbered by {@code notes}. */
    SetText body(Segment segment, float measure, String where, InlineRuns.NoteNumbers notes) {
        return new TextSetter(chooser, size, where).side(segment, FontRole.LATIN_REGULAR, measure, true, notes);
    }

    /** A line of display text (a title, a header), not justified, its markup kept. */
    SetText line(Segment segment, FontRole role, float fontSize, float measure, String where) {
        return line(segment, role, fontSize, measure, where, InlineRuns.NO_NOTES);
    }

    /** A title or heading whose note references are numbered with the chapter's. */
    SetText line(Segment segment, FontRole role, float fontSize, float measure, String where,
                 InlineRuns.NoteNumbers notes) {
        return new TextSetter(chooser, fontSize, where).side(segment, role, measure, false, notes);
    }

    /** Plain text at a size, as given: a caption's alternative, a number, an ornament. */
    SetText plain(String text, FontRole role, boolean chinese, float fontSize, float measure, boolean justify,
                  String where) {
        return new TextSetter(chooser, fontSize, where).plain(text, role, chinese, measure, justify);
    }

    /** A chapter's notes in one language, smaller than the text. */
    SetText notes(java.util.List<ChapterNotes.Numbered> notes, boolean chinese, float measure, String where) {
        return new TextSetter(chooser, noteSize(), where).notes(notes, chinese, measure);
    }

    float noteSize() {
        return size * 0.85f;
    }

    /** The line spacing of a paragraph of the given language at a size. */
    float leading(Segment segment, float fontSize) {
        return leading(segment.lang().isChinese(), fontSize);
    }

    float leading(boolean chinese, float fontSize) {
        return fontSize * (chinese ? theme.chineseLineHeight() : theme.latinLineHeight());
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
