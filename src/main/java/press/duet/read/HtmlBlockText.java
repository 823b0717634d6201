package press.duet.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import press.duet.model.Inline;
import press.duet.model.Lang;

/**
 * The text of an HTML block in Markdown (a {@code <div>}, a {@code <p>}, a table copied from a page),
 * parsed with jsoup and read for what a browser shows: each paragraph-like element is a paragraph, each
 * {@code h1}–{@code h6} a heading, the safe inline set is kept as in {@link InlineHtml}, script and style
 * are not text. The markup is never passed on; the tags whose meaning is lost are named in one warning.
 *
 * <pre>{@code
 * HtmlBlockText html = HtmlBlockText.read("<div>第二段。</div>");
 * }</pre>
 */
final class HtmlBlockText {
    /** Containers whose only meaning here is "a paragraph of its own". */
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "header", "footer",
            "main", "aside", "address", "center", "body", "html");
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "template", "head", "noscript", "iframe",
            "object", "svg", "math", "select", "button", "textarea");
    private static final Set<String> BLOCKS = Set.of("blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "hr", "nav", "form",
            "fieldset", "legend", "details", "summary");

    /** A paragraph's lines, or a heading's when {@code level} is 1 to 6. */
    record Paragraph(int level, InlineLines lines) {
    }

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    /** How many inline elements the reading is inside. */
    private int inline;

    private HtmlBlockText() {
    }

    /** The paragraphs and headings, in order. */
    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The names of the tags dropped with their meaning (their text is kept), in order. */
    Set<String> dropped() {
        return dropped;
    }

    /** The names of the elements whose content is not text (script, style), in order. */
    Set<String> hidden() {
        return hidden;
    }

    static HtmlBlockText read(String html) {
        HtmlBlockText out = new HtmlBlockText();
        out.paragraphs.add(new Paragraph(0, new InlineLines()));
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            out.node(node, out.last());
        }
        out.paragraphs.removeIf(p -> p.lines().text().isBlank());
        return out;
    }

    private InlineLines last() {
        return paragraphs.get(paragraphs.size() - 1).lines();
    }

    /** Adds a node's content to {@code into}, or to new paragraphs where it makes them. */
    private void node(Node node, InlineLines into) {
        if (node instanceof TextNode text) {
            into.add(new Inline.Text(text.text()));
            return;
        }
        if (!(node instanceof Element element)) {
            return; // a comment or a declaration holds no text
        }
        String tag = element.normalName();
        if (NOT_TEXT.contains(tag)) {
            hidden.add(tag);
            return;
        }
        int heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
        if (heading > 0 || PARAGRAPHS.contains(tag) || BLOCKS.contains(tag)) {
            if (BLOCKS.contains(tag)) {
                dropped.add(tag);
            }
            if (inline > 0) {
                into.newLine(false);
                children(element, into);
                into.newLine(false);
                return;
            }
            paragraphs.add(new Paragraph(heading, new InlineLines()));
            children(element, last());
            paragraphs.add(new Paragraph(0, new InlineLines()));
            return;
        }
        switch (tag) {
            case "br" -> into.newLine(true);
            case "em", "i", "strong", "b", "sup", "sub" -> wrapped(element, into, InlineHtml.styleOf(tag));
            case "ruby" -> ruby(element, into);
            case "span" -> {
                Lang lang = element.hasAttr("lang") ? HtmlTags.lang(element.attr("lang")) : null;
                if (lang != null) {
                    wrapped(element, into, c -> new Inline.Span(lang, c));
                } else {
                    dropped.add(tag);
                    children(element, into);
                }
            }
            default -> {
                dropped.add(tag);
                children(element, into);
            }
        }
    }

    /** Inside an inline element a block element cannot start a paragraph: it starts a line. */
    private void children(Element element, InlineLines into) {
        for (Node child : element.childNodes()) {
            node(child, inline == 0 ? last() : into);
        }
    }

    private void wrapped(Element element, InlineLines into, java.util.function.Function<List<Inline>, Inline> wrap) {
        InlineLines inner = new InlineLines();
        inline++;
        children(element, inner);
        inline--;
        into.append(inner, wrap);
    }

    /** Each base with the rt after it; rp, the parentheses for readers without ruby, is left out. */
    private void ruby(Element element, InlineLines into) {
        StringBuilder base = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element rt && rt.normalName().equals("rt")) {
                if (!base.toString().isBlank()) {
                    into.add(new Inline.Ruby(base.toString().strip(), rt.text().strip()));
                }
                base.setLength(0);
            } else if (child instanceof Element other && !other.normalName().equals("rp")) {
                base.append(other.text());
            } else if (child instanceof TextNode text) {
                base.append(text.text());
            }
        }
        into.add(new Inline.Text(base.toString()));
    }
}
