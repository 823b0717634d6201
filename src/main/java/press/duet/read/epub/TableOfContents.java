package press.duet.read.epub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An EPUB's table of contents: the entries of the EPUB 3 navigation document's {@code toc} nav, else
 * of the NCX's {@code navMap}, in order, each with its title, target and depth; and the navigation
 * document's landmarks (cover, title page, body matter …), which tell front matter from text.
 *
 * <pre>{@code
 * TableOfContents toc = TableOfContents.read(archive, opf);
 * toc.entries().forEach(entry -> System.out.println(entry.depth() + " " + entry.title()));
 * }</pre>
 *
 * @param entries   the entries that point at a file of the book, in the table's order
 * @param landmarks the landmarks, by their epub:type in lower case
 * @param source    where the entries came from: "nav", "ncx" or "none"
 */
record TableOfContents(List<Entry> entries, List<BookPackage.Reference> landmarks, String source) {
    /** One entry: its title, the file and fragment it points at, and its depth (1 for the top). */
    record Entry(String title, BookPath target, int depth) {
    }

    static TableOfContents read(EpubArchive archive, BookPackage opf) {
        Optional<TableOfContents> nav = opf.nav().flatMap(item -> archive.file(item.path())
                .map(bytes -> fromNav(EpubXml.parse(archive.name(), item.path(), bytes), item.path())));
        if (nav.isPresent() && !nav.get().entries().isEmpty()) {
            return nav.get();
        }
        List<BookPackage.Reference> landmarks = nav.map(TableOfContents::landmarks).orElse(List.of());
        Optional<List<Entry>> ncx = opf.toc().flatMap(item -> archive.file(item.path())
                .map(bytes -> fromNcx(EpubXml.parse(archive.name(), item.path(), bytes), item.path())));
        if (ncx.isPresent() && !ncx.get().isEmpty()) {
            return new TableOfContents(ncx.get(), landmarks, "ncx");
        }
        return new TableOfContents(List.of(), landmarks, "none");
    }

    private static TableOfContents fromNav(Document document, String path) {
        List<Entry> entries = new ArrayList<>();
        List<BookPackage.Reference> landmarks = new ArrayList<>();
        Element toc = null;
        for (Element nav : EpubXml.all(document, "nav")) {
            List<String> types = types(nav);
            if (types.contains("toc") && toc == null) {
                toc = nav;
            } else if (types.contains("landmarks")) {
                for (Element link : EpubXml.all(nav, "a")) {
                    BookPath.resolve(path, link.attr("href")).ifPresent(target -> types(link).forEach(type ->
                            landmarks.add(new BookPackage.Reference(type, target))));
                }
            }
        }
        if (toc != null) {
            EpubXml.children(toc, "ol").forEach(list -> navList(list, path, 1, entries));
        }
        return new TableOfContents(List.copyOf(entries), List.copyOf(landmarks), "nav");
    }

    private static void navList(Element list, String path, int depth, List<Entry> entries) {
        for (Element item : EpubXml.children(list, "li")) {
            for (Element child : item.children()) {
                String name = EpubXml.localName(child);
                if (name.equals("a")) {
                    String title = EpubXml.text(child);
                    BookPath.resolve(path, child.attr("href")).filter(t -> !title.isEmpty())
                            .ifPresent(target -> entries.add(new Entry(title, target, depth)));
                } else if (name.equals("ol")) {
                    navList(child, path, depth + 1, entries);
                }
            }
        }
    }

    private static List<Entry> fromNcx(Document document, String path) {
        List<Entry> entries = new ArrayList<>();
        EpubXml.first(document, "navmap").ifPresent(map -> navPoints(map, path, 1, entries));
        return List.copyOf(entries);
    }

    private static void navPoints(Element parent, String path, int depth, List<Entry> entries) {
        for (Element point : EpubXml.children(parent, "navpoint")) {
            String title = EpubXml.first(point, "navlabel").flatMap(label -> EpubXml.first(label, "text"))
                    .map(EpubXml::text).orElse("");
            Optional<BookPath> target = EpubXml.children(point, "content").stream().findFirst()
                    .flatMap(content -> BookPath.resolve(path, content.attr("src")));
            if (!title.isEmpty() && target.isPresent()) {
                entries.add(new Entry(title, target.get(), depth));
            }
            navPoints(point, path, depth + 1, entries);
        }
    }

    /** An element's epub:type values in lower case. */
    static List<String> types(Element element) {
        String value = element.attr("epub:type");
        if (value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }
}
