package press.duet.read.html;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Note;
import press.duet.read.DraftBlock;
import press.duet.read.HtmlTags;
import press.duet.read.InlineLines;
import press.duet.text.Scripts;

/**
 * The inline content of a page into the model's inlines, line by line: emphasis ({@code em}, {@code i},
 * {@code cite}), strong, superscript, subscript, struck text, code, links to the web, mail and places in
 * the document (a link to another page of the site keeps its text), note references with their notes,
 * ruby with its readings, spans in a language, and {@code br} as a kept line break. Any other inline
 * element keeps its text. A block element met inside inline content starts a line of its own. White
 * space is collapsed as a browser collapses it, and a line feed between two Chinese characters is no
 * space at all.
 */
final class HtmlInlines {
    /** Deeper than any page's inline markup; below it the text is read without its markup. */
    private static final int DEEPEST = 200;

    private final HtmlFindings findings;
    private final HtmlNotes notes;
    private final Predicate<Element> furniture;
    private final boolean wholePage;
    private final Function<Element, List<DraftBlock>> blocksOf;

    /**
     * @param furniture the elements left out as the page's furniture (told elsewhere)
     * @param wholePage the whole page is read as text ({@code --keep-furniture}): its menus and forms too
     * @param blocksOf  reads a note's body as the text's blocks are read
     */
    HtmlInlines(HtmlFindings findings, HtmlNotes notes, Predicate<Element> furniture, boolean wholePage,
                Function<Element, List<DraftBlock>> blocksOf) {
        this.findings = findings;
        this.notes = notes;
        this.furniture = furniture;
        this.wholePage = wholePage;
        this.blocksOf = blocksOf;
    }

    /** The inlines of the element's content. */
    InlineLines of(Element element) {
        InlineLines lines = new InlineLines();
        children(element, lines, 0);
        return lines;
    }

    void children(Element element, InlineLines into, int depth) {
        LanguageLines languages = new LanguageLines(element);
        for (Node child : element.childNodes()) {
            if (languages.startsLine(child)) {
                into.newLine(true);
            }
            node(child, into, depth);
        }
    }

    /** Text into the last line, collapsed as a browser shows it. */
    static void text(String raw, InlineLines into) {
        into.add(new Inline.Text(collapse(raw)));
    }

    void node(Node node, InlineLines into, int depth) {
        if (node instanceof TextNode text) {
            text(text.getWholeText(), into);
            return;
        }
        if (!(node instanceof Element element) || isLeftOut(element)) {
            return;
        }
        if (depth > DEEPEST) {
            text(element.wholeText(), into);
            return;
        }
        String tag = element.normalName();
        if (ElementKinds.isBlock(element)) {
            into.newLine(true);
            children(element, into, depth + 1);
            into.newLine(true);
            return;
        }
        Inline.Style style = HtmlTags.style(tag);
        if (style != null) {
            Element reference = onlyReference(element);
            if (reference != null) {
                reference(reference, into);
            } else {
                wrapped(element, into, depth, content -> new Inline.Styled(style, content));
            }
            return;
        }
        switch (tag) {
            case "br" -> into.newLine(true);
            case "wbr" -> { }
            case "code", "kbd", "samp", "tt" -> {
                String code = collapse(element.text());
                if (!code.isEmpty()) {
                    into.add(new Inline.Code(code));
                }
            }
            case "a" -> link(element, into, depth);
            case "ruby" -> ruby(element, into);
            case "img" -> {
                String alt = element.attr("alt").strip();
                findings.count("image(s) inside a paragraph's text", HtmlFindings.lineOf(element),
                        "kept as the alternative text (a figure is an image alone in its block)");
                if (!alt.isEmpty()) {
                    text(alt, into);
                }
            }
            default -> {
                Lang lang = tag.equals("span") && element.hasAttr("lang") ? HtmlTags.lang(element.attr("lang")) : null;
                Element reference = onlyReference(element);
                if (reference != null) {
                    reference(reference, into);
                } else if (lang != null) {
                    wrapped(element, into, depth, content -> new Inline.Span(lang, content));
                } else {
                    children(element, into, depth + 1);
                }
            }
        }
    }

    /**
     * Whether the element is no text of the article: a note's body read elsewhere, or a script, form,
     * hidden element … (counted for the findings).
     */
    boolean isLeftOut(Element element) {
        if (notes.isLeftOut(element) || furniture.test(element)) {
            return true;
        }
        if (ElementKinds.isNotText(element, wholePage)) {
            findings.count(ElementKinds.leftOutKind(element), HtmlFindings.lineOf(element), "left out: a reader shows no text of it");
            return true;
        }
        return false;
    }

    private void wrapped(Element element, InlineLines into, int depth, Function<List<Inline>, Inline> wrap) {
        InlineLines inner = new InlineLines();
        children(element, inner, depth + 1);
        into.append(inner, wrap);
    }

    private void link(Element link, InlineLines into, int depth) {
        if (notes.isReference(link)) {
            reference(link, into);
            return;
        }
        String target = link.attr("href").strip();
        if (!target.isEmpty() && Inline.Link.allows(target)) {
            wrapped(link, into, depth, content -> new Inline.Link(target, content));
            return;
        }
        if (!target.isEmpty()) {
            findings.count("link(s) to other pages or files", HtmlFindings.lineOf(link),
                    "kept as their text (a book links only to the web, mail and its own places)");
        }
        children(link, into, depth + 1);
    }

    private void reference(Element link, InlineLines into) {
        Note note = notes.noteOf(link, blocksOf, findings.source());
        if (note != null) {
            into.add(new Inline.NoteRef(note));
        } else {
            text(link.text(), into);
        }
    }

    /** The note reference an element holds alone (a sup around the link), or null. */
    private Element onlyReference(Element element) {
        Element only = null;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return null;
            }
            if (child instanceof Element inner) {
                if (only != null) {
                    return null;
                }
                only = inner;
            }
        }
        return only != null && only.normalName().equals("a") && notes.isReference(only) ? only : null;
    }

    /** Each base with the rt after it; rp, the parentheses for readers without ruby, is left out. */
    private static void ruby(Element element, InlineLines into) {
        StringBuilder base = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element rt && rt.normalName().equals("rt")) {
                String reading = collapse(rt.text()).strip();
                if (!base.toString().isBlank() && !reading.isEmpty()) {
                    into.add(new Inline.Ruby(base.toString().strip(), reading));
                } else {
                    text(base.toString(), into);
                }
                base.setLength(0);
            } else if (child instanceof Element other && !other.normalName().equals("rp") && !other.normalName().equals("rtc")) {
                base.append(other.text());
            } else if (child instanceof TextNode text) {
                base.append(text.getWholeText());
            }
        }
        text(base.toString(), into);
    }

    /**
     * The lines of an element whose content is language-marked elements side by side
     * ({@code <span class="zh">…</span><span class="en">…</span>}) with no loose text between them: each
     * change of language starts a line. Any other element's content is cut nowhere.
     */
    static final class LanguageLines {
        private final boolean splits;
        private Lang last;

        LanguageLines(Element parent) {
            this.splits = splitsByLanguage(parent);
        }

        /** Whether the child, the next of the parent's, starts a line of its own. */
        boolean startsLine(Node child) {
            if (!splits || !(child instanceof Element marked)) {
                return false;
            }
            Lang lang = ElementKinds.languageMark(marked);
            boolean starts = lang != null && last != null && lang.isChinese() != last.isChinese();
            last = lang != null ? lang : last;
            return starts;
        }
    }

    /**
     * Whether the element's content is language-marked elements side by side ({@code <span class="zh">…</span>
     * <span class="en">…</span>}) with no loose text between them: each language then starts a line.
     */
    private static boolean splitsByLanguage(Element element) {
        int marked = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    return false;
                }
            } else if (child instanceof Element inner && !inner.normalName().equals("br")) {
                if (ElementKinds.languageMark(inner) == null) {
                    return false;
                }
                marked++;
            }
        }
        return marked > 1;
    }

    /** Whether a line feed between these two characters joins them with nothing: two Chinese characters. */
    static boolean feedJoins(int before, int after) {
        return Scripts.isCjk(before) && Scripts.isCjk(after);
    }

    /**
     * Runs of white space as one space, as a browser shows them; a run with a line feed between two
     * Chinese characters is no space.
     */
    static String collapse(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                int start = i;
                boolean feed = false;
                while (i < raw.length() && " \t\n\r\f".indexOf(raw.charAt(i)) >= 0) {
                    feed |= raw.charAt(i) == '\n';
                    i++;
                }
                boolean betweenChinese = feed && start > 0 && i < raw.length()
                        && feedJoins(raw.codePointBefore(start), raw.codePointAt(i));
                if (!betweenChinese) {
                    out.append(' ');
                }
                continue;
            }
            out.append(c == '\u00A0' ? ' ' : c);
            i++;
        }
        return out.toString();
    }
}
