package press.duet.read.epub;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import press.duet.read.TextDecoder;
import press.duet.report.DuetException;

/**
 * The XML documents of an EPUB (container, package, NCX, navigation and content documents), decoded
 * and parsed with jsoup's XML parser, which never loads a DTD, never fetches anything and expands no
 * entity but the predefined and the HTML ones. A document that declares a DTD of its own (an internal
 * subset: where entity attacks such as "billion laughs" or external entities live) is refused; a
 * DOCTYPE naming the XHTML or NCX DTD is harmless and read.
 *
 * <pre>{@code
 * Document opf = EpubXml.parse("book.epub", "OEBPS/content.opf", bytes);
 * }</pre>
 */
final class EpubXml {
    /** A DOCTYPE with an internal subset: its brackets open before the declaration closes. */
    private static final Pattern SUBSET = Pattern.compile("(?i)<!DOCTYPE[^>\\[]*\\[");
    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private EpubXml() {
    }

    /**
     * @throws DuetException naming the book and the document when it cannot be decoded or declares a DTD
     */
    static Document parse(String book, String path, byte[] bytes) {
        return parse(book, path, bytes, Parser.xmlParser().setTrackPosition(true));
    }

    /**
     * As {@link #parse(String, String, byte[])}, for a content document the manifest calls
     * {@code text/html}: HTML, not XML (an {@code <br>} closes nothing), read by the HTML parser.
     */
    static Document parseHtml(String book, String path, byte[] bytes) {
        return parse(book, path, bytes, Parser.htmlParser().setTrackPosition(true));
    }

    private static Document parse(String book, String path, byte[] bytes, Parser parser) {
        String where = book + ": " + path;
        String text = TextDecoder.decode(bytes, declaredEncoding(bytes), where).text();
        if (SUBSET.matcher(text).find() || text.contains("<!ENTITY")) {
            throw new DuetException(where + ": the document declares a DTD of its own (<!DOCTYPE … [ … ]>),"
                    + " which an EPUB never needs and XML attacks use; Duet does not read it");
        }
        return Jsoup.parse(text, "", parser);
    }

    /** The encoding the XML declaration names, when Java knows it; UTF-8 when it names none. */
    private static Charset declaredEncoding(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return null; // a UTF-16 byte-order mark: the decoder follows it
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        // A UTF-8 byte-order mark, seen byte by byte, is these three characters.
        Matcher m = ENCODING.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The part of a (possibly prefixed) element name after its prefix: {@code dc:title} → {@code title}. */
    static String localName(Element element) {
        String tag = element.tagName();
        int colon = tag.indexOf(':');
        return (colon >= 0 ? tag.substring(colon + 1) : tag).toLowerCase(Locale.ROOT);
    }

    /** The element's descendants whose local name is {@code name}, in document order. */
    static List<Element> all(Element root, String name) {
        List<Element> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && localName(element).equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The element's first descendant whose local name is {@code name}. */
    static Optional<Element> first(Element root, String name) {
        for (Element element : root.getAllElements()) {
            if (element != root && localName(element).equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** The element's direct children whose local name is {@code name}. */
    static List<Element> children(Element parent, String name) {
        return parent.children().stream().filter(child -> localName(child).equals(name)).toList();
    }

    /** An attribute by its local name, whatever its prefix ({@code opf:role}, {@code role}); else "". */
    static String attribute(Element element, String name) {
        if (element.hasAttr(name)) {
            return element.attr(name);
        }
        for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            int colon = key.indexOf(':');
            if (colon >= 0 && key.substring(colon + 1).equalsIgnoreCase(name)) {
                return attribute.getValue();
            }
        }
        return "";
    }

    /** The element's text with its white space collapsed. */
    static String text(Element element) {
        return element.text().replaceAll("\\s+", " ").strip();
    }
}
