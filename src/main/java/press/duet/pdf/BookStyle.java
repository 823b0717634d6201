package press.duet.pdf;

import java.awt.Color;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.style.Theme;

/**
 * The book's type: sizes, colours and line heights from the theme and options, which language comes
 * first, and how to set a paragraph or a line in them.
 */
final class BookStyle {
    final Metadata metadata;
    final float size;
    final boolean chineseFirst;
    final FaceChooser chooser;
    private final Theme theme;

    BookStyle(Metadata metadata, Theme theme, PdfOptions options, FaceChooser chooser) {
        this(metadata, theme, options.fontSize(),
                options.first() != null ? options.first().isChinese() : metadata.first().isChinese(), chooser);
    }

    private BookStyle(Metadata metadata, Theme theme, float size, boolean chineseFirst, FaceChooser chooser) {
        this.metadata = metadata;
        this.theme = theme;
        this.size = size;
        this.chineseFirst = chineseFirst;
        this.chooser = chooser;
    }

    /** The same style choosing faces with another chooser: one for each thread that sets text. */
    BookStyle withChooser(FaceChooser other) {
        return new BookStyle(metadata, theme, size, chineseFirst, other);
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

    Segment first(BilingualText text) {
        return text.first(chineseFirst);
    }

    /** The other side of a bilingual text, or null when it has one side only. */
    Segment second(BilingualText text) {
        Segment first = first(text);
        return first == text.zh() ? text.en() : text.zh();
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
