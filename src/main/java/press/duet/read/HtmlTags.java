package press.duet.read;

import java.util.Locale;
import press.duet.model.Inline;
import press.duet.model.Lang;

/**
 * What the HTML elements and attributes every reader of markup meets mean in the model: the style an
 * inline element sets ({@code em} and {@code i} emphasis, {@code strong} and {@code b} strong …) and the
 * language a {@code lang} attribute names. One table, read by the Markdown reader's inline HTML and by
 * the web page reader alike.
 *
 * <pre>{@code
 * Inline.Style style = HtmlTags.style("em");     // EMPHASIS
 * Lang lang = HtmlTags.lang("zh-TW");           // ZH_HANT
 * }</pre>
 */
public final class HtmlTags {
    private HtmlTags() {
    }

    /** The style an inline element sets its content in; null for an element that sets none. */
    public static Inline.Style style(String tag) {
        return switch (tag) {
            case "em", "i", "cite", "dfn", "var" -> Inline.Style.EMPHASIS;
            case "strong", "b" -> Inline.Style.STRONG;
            case "sup" -> Inline.Style.SUPERSCRIPT;
            case "sub" -> Inline.Style.SUBSCRIPT;
            case "s", "strike", "del" -> Inline.Style.STRIKETHROUGH;
            default -> null;
        };
    }

    /** The language a BCP 47 tag names, among those Duet sets; null for any other. */
    public static Lang lang(String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals("en") || lower.startsWith("en-")) {
            return Lang.EN;
        }
        if (lower.equals("zh") || lower.startsWith("zh-")) {
            boolean traditional = lower.contains("hant") || lower.endsWith("-tw") || lower.endsWith("-hk") || lower.endsWith("-mo");
            return traditional ? Lang.ZH_HANT : Lang.ZH_HANS;
        }
        return null;
    }
}
