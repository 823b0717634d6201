package press.duet.read.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import press.duet.model.Lang;
import press.duet.read.HtmlTags;

/**
 * What an HTML element is to a book: text a reader never shows (script, style, a form, an embedded
 * frame, an element the page hides), a block that starts a paragraph of its own, or inline content;
 * and the language its {@code lang} attribute or its {@code class} (en, zh, cn) marks.
 */
final class ElementKinds {
    /** Elements whose content a reader shows as no text of the article. */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "template", "noscript", "head", "title",
            "meta", "link", "base", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "form",
            "input", "button", "select", "option", "textarea", "label", "canvas", "svg", "math", "audio", "video",
            "source", "track", "map", "area", "dialog", "nav", "menu");
    /**
     * Elements of {@link #NOT_TEXT} that hold page furniture a reader of the page sees as text (a menu, a
     * search form's labels and buttons): text when the whole page is read, as {@code --keep-furniture} asks.
     */
    private static final Set<String> FURNITURE_TEXT = Set.of("nav", "menu", "form", "fieldset", "label", "button");
    /** Elements a browser starts on a new line: each is a paragraph, or holds paragraphs. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "address", "center", "body", "html", "aside", "dd", "dt", "dl", "details", "summary", "caption",
            "figcaption", "hgroup", "fieldset", "legend", "li", "tr", "td", "th", "thead", "tbody", "tfoot",
            "blockquote", "ul", "ol", "pre", "table", "figure", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "search",
            "nav", "menu", "form");
    private static final Set<String> LANGUAGE_CLASSES = Set.of("en", "english", "eng", "zh", "cn", "chinese", "chs",
            "cht", "zh-cn", "zh-tw", "zh-hans", "zh-hant");

    private ElementKinds() {
    }

    /** Whether the element's content is no text of the article (a script, a form, an element the page hides). */
    static boolean isNotText(Element element) {
        return isNotText(element, false);
    }

    /**
     * As {@link #isNotText(Element)}; when the whole page is read ({@code wholePage}), a menu's or a form's
     * visible text is text too, and only what a browser shows as no text (scripts, frames, hidden elements,
     * the values of form fields) is not.
     */
    static boolean isNotText(Element element, boolean wholePage) {
        String tag = element.normalName();
        return NOT_TEXT.contains(tag) && !(wholePage && FURNITURE_TEXT.contains(tag)) || isHidden(element);
    }

    /** The element is hidden by the page: the hidden attribute, aria-hidden, or display:none / visibility:hidden in its style. */
    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden").strip())) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** What a finding calls an element left out. */
    static String leftOutKind(Element element) {
        return isHidden(element) && !NOT_TEXT.contains(element.normalName()) ? "hidden element(s)" : "<" + element.normalName() + ">";
    }

    /** Whether a browser sets the element on lines of its own (a paragraph, a list, a table …), not inside a line. */
    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** The heading level of h1–h6, else 0. */
    static int headingLevel(Element element) {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6' ? tag.charAt(1) - '0' : 0;
    }

    /**
     * The language the element is marked as: its {@code lang} or {@code xml:lang}, else a class named
     * for a language (en, english, zh, cn, chinese …). Null when it is not marked, or marked for a
     * language Duet does not set. A class says Chinese but not which script: the text's own
     * characters say that, so a class-marked Chinese element is {@link Lang#ZH_HANS} only as a mark.
     */
    static Lang languageMark(Element element) {
        String tag = element.hasAttr("lang") ? element.attr("lang") : element.attr("xml:lang");
        if (!tag.isBlank()) {
            return HtmlTags.lang(tag);
        }
        for (String name : element.classNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (LANGUAGE_CLASSES.contains(lower)) {
                return lower.startsWith("en") ? Lang.EN : lower.contains("tw") || lower.contains("hant") || lower.equals("cht")
                        ? Lang.ZH_HANT : Lang.ZH_HANS;
            }
        }
        return null;
    }

    /** The value of an EPUB 3 {@code epub:type} or a DPUB-ARIA {@code role}, as one lower-case string of tokens. */
    static String semantics(Element element) {
        String type = element.attr("epub:type");
        String role = element.attr("role");
        return (type + " " + role).toLowerCase(Locale.ROOT).strip();
    }
}
