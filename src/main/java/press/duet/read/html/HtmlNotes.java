package press.duet.read.html;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import press.duet.model.Note;
import press.duet.model.Para;
import press.duet.model.SourceLine;
import press.duet.read.DraftBlock;

/**
 * The notes of one page or content document, found before its text is read: a link to an element of
 * the same document is a note reference when the markup says so (EPUB 3 {@code epub:type="noteref"}, DPUB
 * {@code role="doc-noteref"}, a target marked {@code footnote}, {@code endnote} or an {@code aside}), or
 * when it reads like one (a marker such as 1, [2], *, iv in or around a {@code sup}, or bracketed, that
 * points forward). The note's body (the target, or the paragraph or list item the target anchors), its
 * links back to the text, and a notes section left with nothing else are taken out of the text; the
 * reference carries its {@link Note}.
 */
final class HtmlNotes {
    private static final Pattern MARKER = Pattern.compile("[\\[(（【]?(\\d{1,3}|[*†‡§]{1,3}|[a-z]|[ivx]{1,5}|注\\s?\\d{1,3})[\\])）】]?");
    private static final Pattern BRACKETED = Pattern.compile("[\\[(（【].+[\\])）】]");
    private static final Set<String> BACK_TEXTS = Set.of("↩", "↩︎", "^", "↑", "返回", "[返回]", "back", "return");
    private static final Set<String> BODY_BLOCKS = Set.of("p", "li", "div", "aside", "section", "dd", "dt", "td", "blockquote");

    private final Map<String, Element> ids = new HashMap<>();
    private final Map<Element, Integer> order = new IdentityHashMap<>();
    private final Map<Element, String> references = new IdentityHashMap<>();
    private final Map<String, Element> bodies = new HashMap<>();
    private final Set<Element> leftOut = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Note> built = new HashMap<>();
    private final Set<String> building = new HashSet<>();

    private HtmlNotes() {
    }

    static HtmlNotes of(Element root) {
        HtmlNotes notes = new HtmlNotes();
        List<Element> links = new java.util.ArrayList<>();
        int index = 0;
        for (Element element : root.getAllElements()) {
            notes.order.put(element, index++);
            String id = element.id();
            if (id.isEmpty() && element.normalName().equals("a")) {
                id = element.attr("name");
            }
            if (!id.isEmpty()) {
                notes.ids.putIfAbsent(id, element);
            }
            if (element.normalName().equals("a") && element.attr("href").startsWith("#") && element.attr("href").length() > 1) {
                links.add(element);
            }
        }
        links.forEach(notes::judge);
        notes.bodies.values().forEach(notes::leaveOutSection);
        return notes;
    }

    private void judge(Element link) {
        String key = link.attr("href").substring(1);
        Element target = ids.get(key);
        if (target == null || target == link || isInside(link, target)) {
            return;
        }
        boolean marked = ElementKinds.semantics(link).contains("noteref") || isNoteMarked(target)
                || (target.parent() != null && isNoteMarked(target.parent()));
        boolean forward = order.getOrDefault(target, 0) > order.getOrDefault(link, 0);
        if (!marked && !(forward && readsAsMarker(link))) {
            return;
        }
        Element body = bodyOf(target);
        if (body == null || isInside(link, body) || body.text().isBlank()) {
            return;
        }
        references.put(link, key);
        if (bodies.putIfAbsent(key, body) == null) {
            leftOut.add(body);
            if (body != target && MARKER.matcher(target.text().strip()).matches()) {
                leftOut.add(target);
            }
            for (Element back : body.select("a[href]")) {
                if (isBackLink(back, link)) {
                    leftOut.add(back);
                }
            }
        }
    }

    private static boolean isNoteMarked(Element element) {
        String semantics = ElementKinds.semantics(element);
        return element.normalName().equals("aside") || semantics.contains("footnote") || semantics.contains("endnote")
                || semantics.contains("rearnote") || (semantics.matches(".*\\bnote\\b.*") && !semantics.contains("noteref"));
    }

    /** A short marker in a sup (or holding one), or in brackets, or a link whose class names a note. */
    private static boolean readsAsMarker(Element link) {
        String text = link.text().strip();
        if (!MARKER.matcher(text).matches()) {
            return false;
        }
        boolean superscript = !link.select("sup").isEmpty() || (link.parent() != null && link.parent().normalName().equals("sup"));
        String classes = (link.className() + " " + link.id()).toLowerCase(java.util.Locale.ROOT);
        return superscript || BRACKETED.matcher(text).matches() || classes.contains("fn") || classes.contains("note")
                || classes.contains("ref");
    }

    /** The note's block: the target when it is one, else the nearest paragraph-like element around it. */
    private static Element bodyOf(Element target) {
        for (Element at = target; at != null; at = at.parent()) {
            if (BODY_BLOCKS.contains(at.normalName())) {
                return at;
            }
            if (at.normalName().equals("body")) {
                return null;
            }
        }
        return null;
    }

    private static boolean isBackLink(Element back, Element reference) {
        String href = back.attr("href");
        if (href.length() > 1 && href.startsWith("#")) {
            String id = href.substring(1);
            for (Element at = reference; at != null && !at.normalName().equals("p"); at = at.parent()) {
                if (id.equals(at.id())) {
                    return true;
                }
            }
        }
        return ElementKinds.semantics(back).contains("backlink") || BACK_TEXTS.contains(back.text().strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The section, list or division that held the notes, when nothing but notes, headings, rules and
     * back links are left in it: it is left out with its heading ("注释", "Notes").
     */
    private void leaveOutSection(Element body) {
        Element section = body.parent();
        while (section != null && !section.normalName().equals("body") && onlyNotes(section)) {
            leftOut.add(section);
            Element above = section.parent();
            if (above == null || !onlyNotes(above) || !isNotesContainer(above)) {
                break;
            }
            section = above;
        }
    }

    private boolean onlyNotes(Element section) {
        boolean notes = false;
        for (Element child : section.children()) {
            String tag = child.normalName();
            if (leftOut.contains(child)) {
                notes = true;
            } else if (ElementKinds.headingLevel(child) == 0 && !tag.equals("hr") && !tag.equals("br")) {
                return false;
            }
        }
        return notes && section.ownText().isBlank();
    }

    private static boolean isNotesContainer(Element element) {
        String marks = (ElementKinds.semantics(element) + " " + element.className()).toLowerCase(java.util.Locale.ROOT);
        return marks.contains("footnote") || marks.contains("endnote") || marks.contains("notes");
    }

    private static boolean isInside(Element inner, Element outer) {
        for (Element at = inner; at != null; at = at.parent()) {
            if (at == outer) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is a note's body, its back link, or a section of notes: none of it is text. */
    boolean isLeftOut(Element element) {
        return leftOut.contains(element);
    }

    /** Whether the link is a reference to a note. */
    boolean isReference(Element link) {
        return references.containsKey(link);
    }

    /**
     * The note the reference names, its content read by {@code read}; null while that note is being
     * read (a note that leads back to itself), when the reference then keeps its text.
     */
    Note noteOf(Element link, Function<Element, List<DraftBlock>> read, String source) {
        String key = references.get(link);
        Note note = built.get(key);
        if (note != null || building.contains(key)) {
            return note;
        }
        building.add(key);
        Element body = bodies.get(key);
        List<Para> content = new java.util.ArrayList<>();
        for (DraftBlock block : read.apply(body)) {
            block.asNoteParagraph(source).ifPresent(content::add);
        }
        building.remove(key);
        if (content.isEmpty()) {
            content.add(new Para(Para.Form.PARAGRAPH, List.of(), new SourceLine(source, HtmlFindings.lineOf(body))));
        }
        String label = link.text().strip().replaceAll("^[\\[(（【]|[\\])）】]$", "");
        note = new Note(label.isEmpty() ? key : label, content);
        built.put(key, note);
        return note;
    }
}
