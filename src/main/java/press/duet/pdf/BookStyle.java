package press.duet.pdf;

import java.awt.Color;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.style.Theme;
import press.duet.text.Hyphenator;
import press.duet.text.PunctuationStyle;

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
    /** The patterns English body text is hyphenated by, or null for none. */
    private final Hyphenator hyphenator;
    /** The convention for Chinese punctuation, or null for each variety's own. */
    private final PunctuationStyle punctuation;

    BookStyle(Metadata metadata, Theme theme, PdfOptions options, FaceChooser chooser) {
        this(metadata, theme, options.fontSize(),
                options.first() != null ? options.first().isChinese() : metadata.first().isChinese(), chooser,
                options.hyphenate() ? Hyphenator.english() : null, options.punctuation());
    }

    private BookStyle(Metadata metadata, Theme theme, float size, boolean chineseFirst, FaceChooser chooser,
                      Hyphenator hyphenator, PunctuationStyle punctuation) {
        this.metadata = metadata;
        this.theme = theme;
        this.size = size;
        this.chineseFirst = chineseFirst;
        this.chooser = chooser;
        this.hyphenator = hyphenator;
        this.punctuation = punctuation;
    }

    /** The same style choosing faces with another chooser: one for each thread that sets text. */
    BookStyle withChooser(FaceChooser other) {
        return new BookStyle(metadata, theme, size, chineseFirst, other, hyphenator, punctuation);
    }

    /** A body paragraph, justified to the measure; English hyphenated unless the options said not to. */
    SetText body(Segment segment, float measure, String where) {
        return SetText.set(segment.text(), FontRole.LATIN_REGULAR, segment.lang().isChinese(), size, measure, true,
                segment.lang() == Lang.EN ? hyphenator : null, chooserFor(segment), where);
    }

    /** A line of display text (a title, a header), not justified. */
    SetText line(Segment segment, FontRole role, float fontSize, float measure, String where) {
        return SetText.set(segment.text(), role, segment.lang().isChinese(), fontSize, measure, false,
                chooserFor(segment), where);
    }

    /**
     * The face chooser for a text of one language: Traditional Chinese in the Traditional family, and
     * every text's Chinese punctuation in the book's convention. English text takes the book's Chinese
     * variety for the Han characters it quotes.
     */
    FaceChooser chooserFor(Segment segment) {
        Lang variety = segment.lang().isChinese() ? segment.lang() : metadata.chinese();
        return chooser.in(variety, punctuation);
    }

    /** The line spacing of a paragraph of the given language at a size. */
    float leading(Segment segment, float fontSize) {
        return fontSize * (segment.lang().isChinese() ? theme.chineseLineHeight() : theme.latinLineHeight());
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
