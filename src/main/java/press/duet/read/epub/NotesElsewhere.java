package press.duet.read.epub;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Notes kept in another document than their references, as many e-books keep them (an
 * {@code endnotes.xhtml}, a notes file at the end, {@code <a epub:type="noteref" href="notes.xhtml#n1">}):
 * each note referred to is copied to the end of the referring document as an
 * {@code <aside epub:type="footnote">} with the id the link now names, so that the content
 * conversion sets it as a note of its reference, as it does with the notes of one page. A link
 * counts as a note reference when it says so ({@code epub:type="noteref"}) or when its target is a
 * note ({@code epub:type} footnote, endnote, rearnote or note, or inside a notes document). A note's
 * links back to its reference go with it. A document that holds nothing but notes so referred to is
 * then a notes document, left out of the text.
 *
 * <pre>{@code
 * Set<String> notesDocuments = NotesElsewhere.gather(bodies);
 * }</pre>
 */
final class NotesElsewhere {
    private static final Set<String> NOTE_TYPES = Set.of("footnote", "endnote", "rearnote", "note");
    private static final Set<String> NOTES_DOCUMENTS = Set.of("endnotes", "footnotes", "rearnotes");
    /** A notes document may hold a heading ("Notes") and little else beside its notes. */
    private static final double NOTES_SHARE = 0.8;

    private NotesElsewhere() {
    }

    /**
     * Copies every note referred to from another document into the referring one, rewriting the link.
     *
     * @param bodies the spine's content documents by path, in reading order
     * @return the paths of the documents that hold only notes so referred to
     */
    static Set<String> gather(Map<String, Element> bodies) {
        Map<String, Set<Element>> taken = new LinkedHashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        for (Map.Entry<String, Element> document : bodies.entrySet()) {
            String path = document.getKey();
            Element body = document.getValue();
            for (Element link : body.getElementsByTag("a")) {
                BookPath target = BookPath.resolve(path, link.attr("href")).orElse(null);
                if (target == null || target.file().equals(path) || target.fragment().isEmpty()) {
                    continue;
                }
                Element other = bodies.get(target.file());
                Element note = other == null ? null : other.getElementById(target.fragment());
                if (note == null || !isReference(link, note, other)) {
                    continue;
                }
                Element whole = noteOf(note, other);
                String id = unusedId(body, target.fragment(), counters, path);
                Element copy = whole.clone();
                copy.getElementsByTag("a").stream().filter(a -> isBacklink(a, path, target.file())).forEach(Element::remove);
                copy.getAllElements().forEach(e -> e.removeAttr("id"));
                Element aside = body.appendElement("aside").attr("epub:type", "footnote").attr("id", id);
                if (whole.tagName().equals("li") || whole.tagName().equals("aside")) {
                    copy.childNodesCopy().forEach(aside::appendChild);
                } else {
                    aside.appendChild(copy);
                }
                link.attr("href", "#" + id);
                if (link.attr("epub:type").isEmpty()) {
                    link.attr("epub:type", "noteref");
                }
                taken.computeIfAbsent(target.file(), f -> new HashSet<>()).add(whole);
            }
        }
        Set<String> notesDocuments = new HashSet<>();
        taken.forEach((file, notes) -> {
            Element body = bodies.get(file);
            int all = EpubXml.text(body).length();
            int inNotes = notes.stream().mapToInt(n -> EpubXml.text(n).length()).sum();
            if (all > 0 && inNotes >= NOTES_SHARE * all) {
                notesDocuments.add(file);
            }
        });
        return notesDocuments;
    }

    /** Whether a document says of itself that it is a notes document. */
    static boolean isNotesDocument(Element body) {
        for (Element element = body; element != null; element = element.children().size() == 1 ? element.child(0) : null) {
            if (TableOfContents.types(element).stream().anyMatch(NOTES_DOCUMENTS::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReference(Element link, Element note, Element otherBody) {
        if (TableOfContents.types(link).contains("noteref")) {
            return true;
        }
        if (isNotesDocument(otherBody)) {
            return true;
        }
        for (Element element = note; element != null && element != otherBody; element = element.parent()) {
            if (TableOfContents.types(element).stream().anyMatch(NOTE_TYPES::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole note around its target: the target itself when it holds the note's text, else (an
     * empty anchor or a bare number) the nearest list item, paragraph, aside or division around it.
     */
    private static Element noteOf(Element target, Element body) {
        if (EpubXml.text(target).length() > 3 || target.tagName().matches("li|aside|p|div|section|dd")) {
            return target;
        }
        for (Element element = target.parent(); element != null && element != body; element = element.parent()) {
            if (element.tagName().matches("li|aside|p|div|dd")) {
                return element;
            }
        }
        return target;
    }

    /** A link in a note back to its reference: marked so, or pointing at the referring document. */
    private static boolean isBacklink(Element a, String referring, String notesFile) {
        if (TableOfContents.types(a).contains("backlink")) {
            return true;
        }
        return BookPath.resolve(notesFile, a.attr("href")).map(t -> t.file().equals(referring)).orElse(false);
    }

    private static String unusedId(Element body, String wanted, Map<String, Integer> counters, String path) {
        if (body.getElementById(wanted) == null) {
            return wanted;
        }
        int n = counters.merge(path, 1, Integer::sum);
        while (body.getElementById("note-elsewhere-" + n) != null) {
            n = counters.merge(path, 1, Integer::sum);
        }
        return "note-elsewhere-" + n;
    }
}
