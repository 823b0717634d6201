package press.duet.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * EPUBs made in a test, with java.util.zip: an EPUB 2 book with an NCX only, an EPUB 3 book with a
 * navigation document only (or both, or neither), its documents, images and metadata as given; and
 * raw archives for hostile ones.
 *
 * <pre>{@code
 * byte[] book = EpubFiles.epub3().metadata("<dc:title>春</dc:title>").chapter("ch1.xhtml", "第一章", "<p>…</p>").bytes();
 * }</pre>
 */
public final class EpubFiles {
    /** Which table of contents the book has. */
    public enum Toc { NCX, NAV, BOTH, NONE }

    private final int version;
    private Toc toc;
    private String metadata = "<dc:title>书</dc:title><dc:language>zh</dc:language>";
    private final List<String[]> documents = new ArrayList<>();
    private final List<String[]> tocEntries = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> manifestExtra = new ArrayList<>();
    private String guide = "";
    private String landmarks = "";

    private EpubFiles(int version, Toc toc) {
        this.version = version;
        this.toc = toc;
    }

    /** An EPUB 2 book whose table of contents is an NCX. */
    public static EpubFiles epub2() {
        return new EpubFiles(2, Toc.NCX);
    }

    /** An EPUB 3 book whose table of contents is a navigation document only. */
    public static EpubFiles epub3() {
        return new EpubFiles(3, Toc.NAV);
    }

    public EpubFiles toc(Toc which) {
        this.toc = which;
        return this;
    }

    /** The package's metadata elements (dc: and meta), replacing the default title and language. */
    public EpubFiles metadata(String elements) {
        this.metadata = elements;
        return this;
    }

    /** A spine document under OEBPS/ whose body is {@code body}, listed in the table of contents as {@code title}. */
    public EpubFiles chapter(String path, String title, String body) {
        return document(path, "", body, true).entry(title, path);
    }

    /**
     * A spine document not listed in the table of contents; {@code bodyType} is its body's epub:type or "".
     * A path ending in ".html" is listed as text/html (HTML, as some books hold), any other as XHTML.
     */
    public EpubFiles document(String path, String bodyType, String body) {
        return document(path, bodyType, body, true);
    }

    /** A spine document that the spine marks linear or not. */
    public EpubFiles document(String path, String bodyType, String body, boolean linear) {
        documents.add(new String[] {path, bodyType, body, linear ? "yes" : "no"});
        return this;
    }

    /** A table of contents entry ({@code target} may carry a fragment); {@code depth} 1 unless nested. */
    public EpubFiles entry(String title, String target) {
        return entry(title, target, 1);
    }

    public EpubFiles entry(String title, String target, int depth) {
        tocEntries.add(new String[] {title, target, Integer.toString(depth)});
        return this;
    }

    /** Another file of the book under OEBPS/, listed in the manifest with its media type. */
    public EpubFiles file(String path, String mediaType, byte[] bytes) {
        files.put("OEBPS/" + path, bytes);
        manifestExtra.add("<item id=\"f" + manifestExtra.size() + "\" href=\"" + path + "\" media-type=\"" + mediaType + "\"/>");
        return this;
    }

    /** A file of the archive outside the manifest, at its full name (META-INF/encryption.xml …). */
    public EpubFiles raw(String name, String text) {
        files.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** EPUB 2 guide references, as XML ({@code <reference type="cover" href="cover.xhtml"/>}). */
    public EpubFiles guide(String references) {
        this.guide = references;
        return this;
    }

    /** EPUB 3 landmarks, as the links of the landmarks nav. */
    public EpubFiles landmarks(String links) {
        this.landmarks = links;
        return this;
    }

    public byte[] bytes() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/container.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """));
        entries.put("OEBPS/content.opf", utf8(opf()));
        if (toc == Toc.NCX || toc == Toc.BOTH) {
            entries.put("OEBPS/toc.ncx", utf8(ncx()));
        }
        if (toc == Toc.NAV || toc == Toc.BOTH) {
            entries.put("OEBPS/nav.xhtml", utf8(nav()));
        }
        for (String[] document : documents) {
            entries.put("OEBPS/" + document[0], utf8(xhtml(document[1], document[2])));
        }
        entries.putAll(files);
        return zip(entries);
    }

    public Path write(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XHTML document around a body, as EPUB 2 and 3 books write them. */
    public static String xhtml(String bodyType, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">\n"
                + "<head><title>t</title><link rel=\"stylesheet\" href=\"style.css\" type=\"text/css\"/></head>\n"
                + "<body" + (bodyType.isEmpty() ? "" : " epub:type=\"" + bodyType + "\"") + ">\n" + body + "\n</body>\n</html>\n";
    }

    private String opf() {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            manifest.append("<item id=\"d").append(i).append("\" href=\"").append(documents.get(i)[0])
                    .append("\" media-type=\"").append(documents.get(i)[0].endsWith(".html") ? "text/html" : "application/xhtml+xml")
                    .append("\"/>\n");
            spine.append("<itemref idref=\"d").append(i).append('"')
                    .append(documents.get(i)[3].equals("no") ? " linear=\"no\"" : "").append("/>\n");
        }
        if (toc == Toc.NCX || toc == Toc.BOTH) {
            manifest.append("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
        }
        if (toc == Toc.NAV || toc == Toc.BOTH) {
            manifest.append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        }
        manifestExtra.forEach(item -> manifest.append(item).append('\n'));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\""
                + (version == 2 ? "2.0" : "3.0") + "\" unique-identifier=\"id\">\n"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">\n"
                + metadata + "\n</metadata>\n<manifest>\n" + manifest + "</manifest>\n<spine"
                + (toc == Toc.NCX || toc == Toc.BOTH ? " toc=\"ncx\"" : "") + ">\n" + spine + "</spine>\n"
                + (guide.isEmpty() ? "" : "<guide>" + guide + "</guide>\n") + "</package>\n";
    }

    private String ncx() {
        StringBuilder points = new StringBuilder();
        int open = 0;
        int previous = 0;
        for (int i = 0; i < tocEntries.size(); i++) {
            int depth = Integer.parseInt(tocEntries.get(i)[2]);
            for (; previous >= depth && open > 0; previous--) {
                points.append("</navPoint>\n");
                open--;
            }
            points.append("<navPoint id=\"p").append(i).append("\" playOrder=\"").append(i + 1).append("\"><navLabel><text>")
                    .append(tocEntries.get(i)[0]).append("</text></navLabel><content src=\"").append(tocEntries.get(i)[1])
                    .append("\"/>\n");
            open++;
            previous = depth;
        }
        points.append("</navPoint>\n".repeat(open));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE ncx PUBLIC \"-//NISO//DTD ncx 2005-1//EN\""
                + " \"http://www.daisy.org/z3986/2005/ncx-2005-1.dtd\">\n"
                + "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"><head/><docTitle><text>t</text></docTitle>\n"
                + "<navMap>\n" + points + "</navMap></ncx>\n";
    }

    private String nav() {
        StringBuilder list = new StringBuilder("<ol>\n");
        int depth = 1;
        for (int i = 0; i < tocEntries.size(); i++) {
            int wanted = Integer.parseInt(tocEntries.get(i)[2]);
            if (i > 0) {
                if (wanted > depth) {
                    list.append("<ol>\n");
                } else {
                    list.append("</li>\n");
                    for (; depth > wanted; depth--) {
                        list.append("</ol></li>\n");
                    }
                }
            }
            depth = wanted;
            list.append("<li><a href=\"").append(tocEntries.get(i)[1]).append("\">").append(tocEntries.get(i)[0]).append("</a>");
        }
        if (!tocEntries.isEmpty()) {
            list.append("</li>\n");
            for (; depth > 1; depth--) {
                list.append("</ol></li>\n");
            }
        }
        list.append("</ol>\n");
        String marks = landmarks.isEmpty() ? "" : "<nav epub:type=\"landmarks\"><ol>" + landmarks + "</ol></nav>\n";
        return xhtml("", "<nav epub:type=\"toc\" id=\"toc\"><h1>Contents</h1>\n" + list + "</nav>\n" + marks);
    }

    /** A zip archive of the entries in their order, the first (mimetype) stored, the rest deflated. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean first = true;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
