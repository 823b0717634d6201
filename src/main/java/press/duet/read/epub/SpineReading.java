package press.duet.read.epub;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.duet.read.DraftBlock;
import press.duet.read.Resources;
import press.duet.read.html.HeadingGroups;
import press.duet.read.html.HtmlContent;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Reads an EPUB's spine in order into the blocks of one draft: each document's body through the
 * HTML content conversion, front and back matter left out with a finding each, and a level-1
 * heading at each chapter start — where a table of contents entry points (at a document or at an
 * element inside one, which cuts the document there), titled as the entry is; or, for a document
 * the table does not list, where it opens with a heading of its own. Every other heading becomes a
 * section heading (level 2 or lower), so that the chapters are exactly these.
 *
 * <pre>{@code
 * SpineReading reading = SpineReading.read(book, notes);
 * reading.blocks(); reading.entries();
 * }</pre>
 */
final class SpineReading {
    private final EpubBook book;
    private final Consumer<Finding> notes;
    private final List<DraftBlock> blocks = new ArrayList<>();
    private final List<SpineEntry> entries = new ArrayList<>();
    private boolean front = true;
    private boolean chapterStarted;
    /** The spine documents that could not be read, by path, to be listed in their place. */
    private final Map<String, SpineEntry> unread = new HashMap<>();

    private SpineReading(EpubBook book, Consumer<Finding> notes) {
        this.book = book;
        this.notes = notes;
    }

    static SpineReading read(EpubBook book, Consumer<Finding> notes) {
        SpineReading reading = new SpineReading(book, notes);
        book.opf().skipped().forEach(problem -> reading.tell(book.opf().path(), 0, problem));
        Map<String, Element> bodies = new LinkedHashMap<>();
        for (BookPackage.SpineItem item : book.opf().spine()) {
            reading.body(item).ifPresent(body -> bodies.putIfAbsent(item.item().path(), body));
        }
        Set<String> notesDocuments = NotesElsewhere.gather(bodies);
        Set<String> seen = new java.util.HashSet<>();
        for (BookPackage.SpineItem item : book.opf().spine()) {
            Element body = bodies.get(item.item().path());
            if (!seen.add(item.item().path())) {
                reading.leaveOut(item, "repeated", "", "the spine names this document a second time; read once");
            } else if (body != null) {
                reading.document(item, body, notesDocuments.contains(item.item().path()));
            } else {
                reading.entries.add(reading.unread.get(item.item().path()));
            }
        }
        return reading;
    }

    List<DraftBlock> blocks() {
        return List.copyOf(blocks);
    }

    List<SpineEntry> entries() {
        return List.copyOf(entries);
    }

    /** The body of a spine document, or empty (with a finding) when it has none to read. */
    private Optional<Element> body(BookPackage.SpineItem spine) {
        String path = spine.item().path();
        if (!spine.item().isContent()) {
            unreadable(spine, "not a content document", "it is " + spine.item().mediaType()
                    + ", not XHTML; left out");
            return Optional.empty();
        }
        byte[] bytes = book.archive().file(path).orElse(null);
        if (bytes == null) {
            unreadable(spine, "missing", "the spine names this file, but the book does not hold it; left out");
            return Optional.empty();
        }
        Document document = spine.item().mediaType().equals("text/html") ? EpubXml.parseHtml(book.name(), path, bytes)
                : EpubXml.parse(book.name(), path, bytes);
        Optional<Element> body = EpubXml.first(document, "body");
        if (body.isEmpty()) {
            unreadable(spine, "no body", "the document has no <body>; left out");
        }
        body.ifPresent(HeadingGroups::join);
        return body;
    }

    private void document(BookPackage.SpineItem spine, Element body, boolean notesOnly) {
        String path = spine.item().path();
        BookMatter.Found matter = BookMatter.of(body, path, book.opf(), book.toc(), book.names(), notesOnly, front);
        if (matter.kind() != BookMatter.Kind.TEXT) {
            leaveOut(spine, matter.kind().words(), matter.because(), "left out as the book's " + matter.kind().words()
                    + " (" + matter.because() + ")" + (matter.kind() == BookMatter.Kind.COVER
                    ? "; Duet draws its own cover from the titles (--cover FILE gives it an image)" : ""));
            return;
        }
        if (!spine.linear()) {
            leaveOut(spine, "supplementary", "linear=\"no\"", "left out: the spine marks it as supplementary"
                    + " (linear=\"no\"), outside the reading order");
            return;
        }
        front = false;
        int first = blocks.size();
        List<String> chapters = new ArrayList<>();
        Map<Element, List<TableOfContents.Entry>> starts = starts(body, path);
        List<Element> targets = new ArrayList<>(starts.keySet());
        targets.remove(body);
        List<Element> pieces = DocumentPieces.cut(body, targets);
        Resources resources = resources(path);
        for (int i = 0; i < pieces.size(); i++) {
            List<TableOfContents.Entry> titled = starts.getOrDefault(i == 0 ? body : targets.get(i - 1), List.of());
            List<DraftBlock> converted = HtmlContent.blocks(pieces.get(i), book.name(), resources, inDocument(path));
            boolean ownHeading = i == 0 && !listed(path) && (book.toc().entries().isEmpty() || !chapterStarted);
            List<String> started = ChapterStart.place(converted, titled, ownHeading, blocks);
            chapterStarted |= !started.isEmpty();
            chapters.addAll(started);
        }
        entries.add(new SpineEntry(path, spine.linear(), "text", "", chapters, Languages.of(blocks.subList(first, blocks.size()))));
    }

    /**
     * The table of contents entries of a document by the element they start at: the body for an
     * entry without a fragment (or one the document lacks, when it is the document's first), else
     * the element with the fragment's id; in document order.
     */
    private Map<Element, List<TableOfContents.Entry>> starts(Element body, String path) {
        Map<Element, List<TableOfContents.Entry>> starts = new LinkedHashMap<>();
        List<TableOfContents.Entry> own = book.toc().entries().stream().filter(e -> e.target().file().equals(path)).toList();
        for (TableOfContents.Entry entry : own) {
            Element target = entry.target().fragment().isEmpty() ? body : body.getElementById(entry.target().fragment());
            if (target == null || !target.parents().contains(body) && target != body) {
                if (starts.isEmpty()) {
                    target = body;
                } else {
                    tell(path, 0, "the table of contents entry \"" + entry.title() + "\" points at #"
                            + entry.target().fragment() + ", which the document does not have; its text stays in the chapter before");
                    continue;
                }
            }
            starts.computeIfAbsent(target, t -> new ArrayList<>()).add(entry);
        }
        List<Element> order = body.getAllElements();
        Map<Element, List<TableOfContents.Entry>> sorted = new LinkedHashMap<>();
        for (Element element : order) {
            if (starts.containsKey(element)) {
                sorted.put(element, starts.get(element));
            }
        }
        return sorted;
    }

    private boolean listed(String path) {
        return book.toc().entries().stream().anyMatch(e -> e.target().file().equals(path));
    }

    /** The book's files by the names a document gives them, relative to its own folder. */
    private Resources resources(String from) {
        return reference -> {
            BookPath target = BookPath.resolve(from, reference).orElseThrow(() ->
                    new IOException("not a file inside the book"));
            return book.archive().file(target.file()).orElseThrow(() -> new NoSuchFileException(reference, null,
                    "not in the book"));
        };
    }

    private void leaveOut(BookPackage.SpineItem spine, String role, String because, String message) {
        entries.add(new SpineEntry(spine.item().path(), spine.linear(), role, because, List.of(), "—"));
        tell(spine.item().path(), 0, message);
    }

    /** As {@link #leaveOut}, for a document found unreadable before the spine is placed in order. */
    private void unreadable(BookPackage.SpineItem spine, String role, String message) {
        unread.put(spine.item().path(), new SpineEntry(spine.item().path(), spine.linear(), role, "", List.of(), "—"));
        tell(spine.item().path(), 0, message);
    }

    /**
     * The content conversion's findings, placed in the book as this reader's are, with the document
     * and its line opening the message ("OEBPS/ch1.xhtml:12: …").
     */
    private Consumer<Finding> inDocument(String path) {
        return finding -> notes.accept(new Finding(new Place(book.name(), 0),
                path + (finding.place().line() > 0 ? ":" + finding.place().line() : "") + ": " + finding.message()));
    }

    private void tell(String path, int line, String message) {
        // The place is the book, as for every reader; the document inside it opens the message.
        notes.accept(new Finding(new Place(book.name(), line), path + ": " + message));
    }
}
