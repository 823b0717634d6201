package press.duet.epub;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.Book;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;

/**
 * The package document (content.opf): metadata, manifest and spine, in EPUB 3 form (package version
 * 3.0) with the NCX declared for EPUB 2 reading systems.
 */
final class PackageDocument {
    private PackageDocument() {
    }

    /** What the package says about the book besides its metadata. */
    record Contents(String identifier, Instant modified, int chapterCount, List<ManifestItem> resources,
                    boolean cover, boolean licences, String source, Features features) {
    }

    /**
     * What the accessibility metadata depends on besides the cover.
     *
     * @param figures        whether the book shows images in figures
     * @param imagesDescribed whether every one of them has an alternative text
     * @param ruby           whether the text carries ruby (pinyin or zhuyin over the characters)
     */
    record Features(boolean figures, boolean imagesDescribed, boolean ruby) {
        static Features of(Book book, BookImages images) {
            return new Features(!images.isEmpty(), images.allDescribed(), RichContent.hasRuby(book));
        }
    }

    private static void writeCreator(Writer out, int number, String name, String role) throws IOException {
        out.write("<dc:creator id=\"creator-" + number + "\">" + Xml.escape(name) + "</dc:creator>\n");
        out.write("<meta refines=\"#creator-" + number + "\" property=\"role\" scheme=\"marc:relators\">" + role + "</meta>\n");
    }

    static void write(Writer out, Metadata metadata, Edition edition, Contents contents) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\""
                + " xml:lang=\"" + edition.primaryTag() + "\">\n");
        out.write("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        out.write("<dc:identifier id=\"book-id\">" + contents.identifier() + "</dc:identifier>\n");
        List<Segment> titles = edition.titleSides(metadata.title());
        writeTitle(out, titles.get(0), "title", "main");
        if (titles.size() > 1) {
            writeTitle(out, titles.get(1), "subtitle", "subtitle");
        }
        // The primary language only: calibre keeps one dc:language when it converts for Kindle (the last),
        // so a second one would have a Chinese-first book recorded as English. Kindle chooses its Chinese
        // fonts only for the plain "zh"; every paragraph carries its exact tag, the English ones included.
        Lang language = edition.languages().get(0);
        out.write("<dc:language>" + (language.isChinese() ? "zh" : language.tag()) + "</dc:language>\n");
        // Authors and translators are creators with a MARC relator role: aut and trl.
        int creator = 0;
        for (String author : metadata.authors()) {
            writeCreator(out, ++creator, author, "aut");
        }
        for (String translator : metadata.translators()) {
            writeCreator(out, ++creator, translator, "trl");
        }
        if (metadata.date() != null) {
            out.write("<dc:date>" + metadata.date() + "</dc:date>\n");
        }
        // The source is the page's address when the text came from the web, else the input files' names.
        String source = metadata.origin().url() != null ? metadata.origin().url() : contents.source();
        if (source != null) {
            out.write("<dc:source>" + Xml.escape(source) + "</dc:source>\n");
        }
        writeSeries(out, metadata);
        out.write("<meta property=\"dcterms:modified\">" + contents.modified().truncatedTo(ChronoUnit.SECONDS) + "</meta>\n");
        writeAccessibility(out, contents.cover(), contents.features());
        if (contents.cover()) {
            out.write("<meta name=\"cover\" content=\"cover-image\"/>\n");
        }
        out.write("<meta name=\"generator\" content=\"Duet\"/>\n");
        out.write("</metadata>\n<manifest>\n");
        if (contents.cover()) {
            out.write("<item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        }
        out.write("<item id=\"title-page\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        out.write("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        for (int i = 1; i <= contents.chapterCount(); i++) {
            out.write("<item id=\"" + EpubWriter.chapterId(i) + "\" href=\"" + EpubWriter.chapterHref(i)
                    + "\" media-type=\"application/xhtml+xml\"/>\n");
        }
        out.write("<item id=\"colophon\" href=\"colophon.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        if (contents.licences()) {
            out.write("<item id=\"licences\" href=\"" + LicencePage.HREF + "\" media-type=\"application/xhtml+xml\"/>\n");
        }
        out.write("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
        for (ManifestItem item : contents.resources()) {
            out.write("<item id=\"" + item.id() + "\" href=\"" + item.href() + "\" media-type=\"" + item.mediaType() + "\""
                    + (item.properties() == null ? "" : " properties=\"" + item.properties() + "\"") + "/>\n");
        }
        out.write("</manifest>\n<spine toc=\"ncx\">\n");
        if (contents.cover()) {
            out.write("<itemref idref=\"cover\"/>\n");
        }
        out.write("<itemref idref=\"title-page\"/>\n<itemref idref=\"nav\"/>\n");
        for (int i = 1; i <= contents.chapterCount(); i++) {
            out.write("<itemref idref=\"" + EpubWriter.chapterId(i) + "\"/>\n");
        }
        out.write("<itemref idref=\"colophon\"/>\n");
        if (contents.licences()) {
            out.write("<itemref idref=\"licences\"/>\n");
        }
        out.write("</spine>\n</package>\n");
    }

    /**
     * Accessibility metadata, each claim true of what Duet writes: text throughout, every element tagged
     * with its language, a navigation document and headings, reading order as the spine, the cover
     * image and the figures described by their alternative texts, and no flashing, sound or motion. A
     * figure whose source gave no alternative text makes the visual mode necessary, takes back the claim
     * of alternative texts, and with it the claim of WCAG conformance.
     */
    private static void writeAccessibility(Writer out, boolean cover, Features features) throws IOException {
        out.write("<meta property=\"schema:accessMode\">textual</meta>\n");
        if (cover || features.figures()) {
            out.write("<meta property=\"schema:accessMode\">visual</meta>\n");
        }
        boolean described = features.imagesDescribed();
        out.write("<meta property=\"schema:accessModeSufficient\">" + (described ? "textual" : "textual,visual")
                + "</meta>\n");
        List<String> list = new java.util.ArrayList<>();
        if ((cover || features.figures()) && described) {
            list.add("alternativeText");
        }
        list.addAll(List.of("displayTransformability", "readingOrder"));
        if (features.ruby()) {
            list.add("rubyAnnotations");
        }
        list.addAll(List.of("structuralNavigation", "tableOfContents"));
        for (String feature : list) {
            out.write("<meta property=\"schema:accessibilityFeature\">" + feature + "</meta>\n");
        }
        out.write("<meta property=\"schema:accessibilityHazard\">none</meta>\n");
        out.write("<meta property=\"schema:accessibilitySummary\">A reflowable parallel text in which every"
                + " paragraph and title is marked with its language, Chinese or English, so that reading aloud"
                + " switches voice. Chapters have headings and a table of contents; the reading order is the"
                + " order of the text; the cover image has a text alternative naming the title and authors."
                + (!features.figures() ? "" : described ? " Every figure has a text alternative."
                        : " Some figures have no text alternative, as their source gave none.")
                + " Text colours meet WCAG AA contrast, and the text can be resized and restyled."
                + " There are no hazards.</meta>\n");
        if (described) {
            out.write("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>\n");
            out.write("<meta property=\"a11y:certifiedBy\">Duet (self-assessment by the generator)</meta>\n");
        }
    }

    /**
     * The series the book belongs to, and its place in it, only when the text names the series (the
     * start its parts' titles share, or {@code --series}). A part number alone ("[3]") says the book
     * is one of several but not of which: a collection named after the book's own title would make
     * reading systems shelve it in a series that does not exist. EPUB has no place for a position
     * outside a collection, so that part number is shown on the title page only.
     */
    private static void writeSeries(Writer out, Metadata metadata) throws IOException {
        if (metadata.series() == null || metadata.series().isBlank()) {
            return;
        }
        out.write("<meta property=\"belongs-to-collection\" id=\"series\">" + Xml.escape(metadata.series()) + "</meta>\n");
        out.write("<meta refines=\"#series\" property=\"collection-type\">series</meta>\n");
        if (metadata.part() != null) {
            out.write("<meta refines=\"#series\" property=\"group-position\">" + metadata.part() + "</meta>\n");
        }
    }

    private static void writeTitle(Writer out, Segment title, String id, String type) throws IOException {
        String tag = title.lang().tag();
        out.write("<dc:title id=\"" + id + "\" xml:lang=\"" + tag + "\">" + Xml.escape(title.text()) + "</dc:title>\n");
        out.write("<meta refines=\"#" + id + "\" property=\"title-type\">" + type + "</meta>\n");
    }
}
