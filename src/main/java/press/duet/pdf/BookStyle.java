package press.duet.pdf;

import java.awt.Color;
import press.duet.edition.Edition;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.style.Theme;
import press.duet.text.Hyphenator;
import press.duet.text.PunctuationStyle;

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
    /** The patterns English body text is hyphenated by, or null for none. */
    private final Hyphenator hyphenator;
    /** The convention for Chinese punctuation, or null for each variety's own. */
    private final PunctuationStyle punctuation;

    BookStyle(Metadata metadata, Edition edition, Theme theme, PdfOptions options, FaceChooser chooser) {
        this(metadata, edition, theme, options.fontSize(), chooser, options.hyphenate() ? Hyphenator.english() : null,
                options.punctuation());
    }

    private BookStyle(Metadata metadata, Edition edition, Theme theme, float size, FaceChooser chooser,
                      Hyphenator hyphenator, PunctuationStyle punctuation) {
        this.metadata = metadata;
        this.edition = edition;
        this.theme = theme;
        this.size = size;
        this.chineseFirst = edition.chineseFirst();
        this.chooser = chooser;
        this.hyphenator = hyphenator;
        this.punctuation = punctuation;
    }

    /** The same style choosing faces with another chooser: one for each thread that sets text. */
    BookStyle withChooser(FaceChooser other) {
        return new BookStyle(metadata, edition, theme, size, other, hyphenator, punctuation);
    }

    /**
     * A side of a pair, its paragraphs justified to the measure (English hyphenated unless the options
     * said not to), its notes numbered by {@code notes}.
     */
    SetText body(Segment segment, float measure, String where, InlineRuns.NoteNumbers notes) {
        return new TextSetter(chooserFor(segment.lang()), size, where, segment.lang() == Lang.EN ? hyphenator : null)
                .side(segment, FontRole.LATIN_REGULAR, measure, true, notes);
    }

    /** A line of display text (a title, a header), not justified, its markup kept. */
    SetText line(Segment segment, FontRole role, float fontSize, float measure, String where) {
        return line(segment, role, fontSize, measure, where, InlineRuns.NO_NOTES);
    }

    /** A title or heading whose note references are numbered with the chapter's. */
    SetText line(Segment segment, FontRole role, float fontSize, float measure, String where,
                 InlineRuns.NoteNumbers notes) {
        return new TextSetter(chooserFor(segment.lang()), fontSize, where).side(segment, role, measure, false, notes);
    }

    /** Plain text at a size, as given: a caption's alternative, a number, an ornament. */
    SetText plain(String text, FontRole role, boolean chinese, float fontSize, float measure, boolean justify,
                  String where) {
        return new TextSetter(chooserFor(metadata.chinese()), fontSize, where).plain(text, role, chinese, measure, justify);
    }

    /** A chapter's notes in one language, smaller than the text. */
    SetText notes(java.util.List<ChapterNotes.Numbered> notes, boolean chinese, float measure, String where) {
        return new TextSetter(chooserFor(chinese ? metadata.chinese() : Lang.EN), noteSize(), where)
                .notes(notes, chinese, measure);
    }

    /**
     * The face chooser for text of one language: Traditional Chinese in the Traditional family, and
     * every text's Chinese punctuation in the book's convention. English text takes the book's Chinese
     * variety for the Han characters it quotes.
     */
    FaceChooser chooserFor(Lang lang) {
        return chooser.in(lang.isChinese() ? lang : metadata.chinese(), punctuation);
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
