package press.duet.read.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.duet.report.DuetException;

/**
 * An EPUB's package document (the OPF), found through {@code META-INF/container.xml}: its manifest,
 * its spine in reading order, its guide (EPUB 2) and its metadata element, which
 * {@link PackageMetadata} reads.
 *
 * <pre>{@code
 * BookPackage opf = BookPackage.read(archive);
 * for (BookPackage.Item item : opf.spine()) { … }
 * }</pre>
 *
 * @param path     the package document's name in the archive
 * @param version  the package's version attribute ("2.0", "3.0"), or ""
 * @param items    the manifest by id, in its order
 * @param spine    the spine's items in reading order (non-linear ones marked)
 * @param toc      the NCX the spine names, if any
 * @param nav      the EPUB 3 navigation document, if any
 * @param guide    the guide's references by type (cover, title-page, toc …), lower case
 * @param metadata the metadata element
 * @param skipped  what of the spine could not be read, in words, for findings
 */
record BookPackage(String path, String version, Map<String, Item> items, List<SpineItem> spine,
                   Optional<Item> toc, Optional<Item> nav, List<Reference> guide, Element metadata, List<String> skipped) {
    private static final String CONTAINER = "META-INF/container.xml";
    private static final String PACKAGE_TYPE = "application/oebps-package+xml";
    static final Set<String> CONTENT_TYPES = Set.of("application/xhtml+xml", "text/html", "application/xml", "text/x-oeb1-document");

    /** A file of the manifest. */
    record Item(String id, String path, String mediaType, Set<String> properties) {
        boolean isContent() {
            return CONTENT_TYPES.contains(mediaType) || path.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$");
        }
    }

    /** A spine entry: the manifest item and whether it is part of the linear reading order. */
    record SpineItem(Item item, boolean linear) {
    }

    /** A guide reference: a type ("cover", "title-page", "toc" …) and the file and fragment it points at. */
    record Reference(String type, BookPath target) {
    }

    /** @throws DuetException naming the book when the container or the package is missing or broken */
    static BookPackage read(EpubArchive archive) {
        String book = archive.name();
        byte[] container = archive.file(CONTAINER).orElseThrow(() -> new DuetException(book
                + ": not an EPUB, or a broken one: it has no " + CONTAINER + " to say where its package document is"));
        Document containerXml = EpubXml.parse(book, CONTAINER, container);
        String named = null;
        for (Element rootfile : EpubXml.all(containerXml, "rootfile")) {
            String type = EpubXml.attribute(rootfile, "media-type");
            String fullPath = EpubXml.attribute(rootfile, "full-path").strip();
            if (!fullPath.isEmpty() && (type.isEmpty() || type.equalsIgnoreCase(PACKAGE_TYPE))) {
                named = fullPath;
                break;
            }
        }
        String opfPath = named;
        if (opfPath == null) {
            throw new DuetException(book + ": " + CONTAINER + " names no package document (no <rootfile full-path=…>)");
        }
        Optional<BookPath> resolved = BookPath.resolve("", opfPath);
        String path = resolved.map(BookPath::file).orElse(opfPath);
        byte[] opf = archive.file(path).orElseThrow(() -> new DuetException(book + ": " + CONTAINER
                + " names the package document " + opfPath + ", which is not in the book"));
        Document document = EpubXml.parse(book, path, opf);
        Element root = EpubXml.first(document, "package").orElseThrow(() -> new DuetException(book + ": " + path
                + " is not a package document (it has no <package> element)"));
        Element metadata = EpubXml.first(root, "metadata").orElseThrow(() -> new DuetException(book + ": " + path
                + " has no <metadata>, which every package document has"));
        Map<String, Item> items = manifest(book, path, root);
        List<SpineItem> spine = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Element spineElement = EpubXml.first(root, "spine").orElseThrow(() -> new DuetException(book + ": " + path
                + " has no <spine>, so the book's reading order is not known"));
        for (Element itemref : EpubXml.children(spineElement, "itemref")) {
            String idref = EpubXml.attribute(itemref, "idref");
            Item item = items.get(idref);
            if (item == null) {
                skipped.add("the spine names \"" + idref + "\", which the manifest does not list as a file in the book;"
                        + " that part of the book is left out");
            } else {
                spine.add(new SpineItem(item, !EpubXml.attribute(itemref, "linear").equalsIgnoreCase("no")));
            }
        }
        if (spine.isEmpty()) {
            throw new DuetException(book + ": " + path + " has an empty spine (no <itemref> names a file of the"
                    + " manifest), so the book has no text to read");
        }
        Optional<Item> toc = Optional.ofNullable(items.get(EpubXml.attribute(spineElement, "toc")));
        if (toc.isEmpty()) {
            toc = items.values().stream().filter(i -> i.mediaType().equals("application/x-dtbncx+xml")).findFirst();
        }
        Optional<Item> nav = items.values().stream().filter(i -> i.properties().contains("nav")).findFirst();
        List<Reference> guide = new ArrayList<>();
        EpubXml.first(root, "guide").ifPresent(element -> {
            for (Element reference : EpubXml.children(element, "reference")) {
                BookPath.resolve(path, EpubXml.attribute(reference, "href")).ifPresent(target -> guide.add(
                        new Reference(EpubXml.attribute(reference, "type").strip().toLowerCase(Locale.ROOT), target)));
            }
        });
        return new BookPackage(path, EpubXml.attribute(root, "version").strip(), items, List.copyOf(spine), toc, nav,
                List.copyOf(guide), metadata, List.copyOf(skipped));
    }

    private static Map<String, Item> manifest(String book, String path, Element root) {
        Element manifest = EpubXml.first(root, "manifest").orElseThrow(() -> new DuetException(book + ": " + path
                + " has no <manifest>, so the book's files are not known"));
        Map<String, Item> items = new LinkedHashMap<>();
        for (Element element : EpubXml.children(manifest, "item")) {
            String id = EpubXml.attribute(element, "id");
            Optional<BookPath> target = BookPath.resolve(path, EpubXml.attribute(element, "href"));
            if (id.isEmpty() || target.isEmpty() || items.containsKey(id)) {
                continue; // an item without an id, or pointing outside the book, cannot be in the spine
            }
            Set<String> properties = Set.of(EpubXml.attribute(element, "properties").strip().split("\\s+"));
            items.put(id, new Item(id, target.get().file(),
                    EpubXml.attribute(element, "media-type").strip().toLowerCase(Locale.ROOT), properties));
        }
        return items;
    }

    /** The manifest item of a file, if the manifest lists it. */
    Optional<Item> itemAt(String file) {
        return items.values().stream().filter(item -> item.path().equals(file)).findFirst();
    }
}
