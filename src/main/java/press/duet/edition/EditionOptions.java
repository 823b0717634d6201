package press.duet.edition;

import java.time.Instant;
import java.util.Objects;
import press.duet.model.Lang;
import press.duet.style.Layout;
import press.duet.text.PunctuationStyle;

/**
 * The settings both editions of a book share: how the languages are arranged, which comes first, the
 * convention Chinese punctuation is set in, and the time stamped into the file. {@code EpubOptions} and {@code PdfOptions} each hold one, so the same
 * choices made once reach both writers and are read by one {@link Edition}.
 *
 * <pre>{@code
 * EditionOptions shared = EditionOptions.of(Layout.ZH).withFirst(Lang.EN);
 * }</pre>
 *
 * @param layout   how the two languages are arranged
 * @param first    the language set first in each pair, or null to follow the text's own order
 * @param modified the time written into the file, fixed so that the output is the same from run to run
 * @param punctuation the convention Chinese punctuation is set in, or null for each variety's own (centred
 *                 for Traditional, in the corner for Simplified)
 */
public record EditionOptions(Layout layout, Lang first, Instant modified, PunctuationStyle punctuation) {
    /** The time stamped when neither the caller nor the text gives one. */
    public static final Instant DEFAULT_MODIFIED = Instant.parse("2000-01-01T00:00:00Z");

    public EditionOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(modified, "modified");
    }

    /** The layout, the text's own order of languages and the default time stamp. */
    public static EditionOptions of(Layout layout) {
        return new EditionOptions(layout, null, DEFAULT_MODIFIED, null);
    }

    public EditionOptions withLayout(Layout layout) {
        return new EditionOptions(layout, first, modified, punctuation);
    }

    public EditionOptions withFirst(Lang first) {
        return new EditionOptions(layout, first, modified, punctuation);
    }

    public EditionOptions withModified(Instant modified) {
        return new EditionOptions(layout, first, modified, punctuation);
    }

    public EditionOptions withPunctuation(PunctuationStyle punctuation) {
        return new EditionOptions(layout, first, modified, punctuation);
    }
}
