package press.duet.epub;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import press.duet.model.Metadata;
import press.duet.model.Segment;

/**
 * The package document (content.opf): metadata, manifest and spine, in EPUB 3 form (package version
 * 3.0) with the NCX declared for EPUB 2 reading systems.
 */
final class PackageDocument {
    private PackageDocument() {
    }

    static void write(Writer out, Metadata metadata, String identifier, Instant modified, int chapterCount)
            throws IOException {
        boolean chineseFirst = metadata.first().isChinese();
        String primary = chineseFirst ? metadata.chinese().tag() : "en";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\""
                + " xml:lang=\"" + primary + "\">\n");
        out.write("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        out.write("<dc:identifier id=\"book-id\">" + identifier + "</dc:identifier>\n");
        Segment first = metadata.title().first(chineseFirst);
        Segment second = first == metadata.title().zh() ? metadata.title().en() : metadata.title().zh();
        writeTitle(out, first, "title", "main");
        if (second != null) {
            writeTitle(out, second, "subtitle", "subtitle");
        }
        // Kindle chooses its Chinese fonts only for the plain "zh"; the paragraphs carry the exact tags.
        String chinese = "zh";
        String[] languages = chineseFirst ? new String[] {chinese, "en"} : new String[] {"en", chinese};
        for (String language : languages) {
            out.write("<dc:language>" + language + "</dc:language>\n");
        }
        int creator = 0;
        for (String author : metadata.authors()) {
            creator++;
            out.write("<dc:creator id=\"creator-" + creator + "\">" + Xml.escape(author) + "</dc:creator>\n");
        }
        if (metadata.date() != null) {
            out.write("<dc:date>" + metadata.date() + "</dc:date>\n");
        }
        if (metadata.part() != null) {
            out.write("<meta property=\"belongs-to-collection\" id=\"series\">" + Xml.escape(first.text()) + "</meta>\n");
            out.write("<meta refines=\"#series\" property=\"collection-type\">series</meta>\n");
            out.write("<meta refines=\"#series\" property=\"group-position\">" + metadata.part() + "</meta>\n");
        }
        out.write("<meta property=\"dcterms:modified\">" + modified.truncatedTo(ChronoUnit.SECONDS) + "</meta>\n");
        out.write("<meta name=\"generator\" content=\"Duet\"/>\n");
        out.write("</metadata>\n<manifest>\n");
        out.write("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        out.write("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
        out.write("<item id=\"css\" href=\"styles/duet.css\" media-type=\"text/css\"/>\n");
        out.write("<item id=\"title-page\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        for (int i = 1; i <= chapterCount; i++) {
            out.write("<item id=\"" + EpubWriter.chapterId(i) + "\" href=\"" + EpubWriter.chapterHref(i)
                    + "\" media-type=\"application/xhtml+xml\"/>\n");
        }
        out.write("</manifest>\n<spine toc=\"ncx\">\n");
        out.write("<itemref idref=\"title-page\"/>\n<itemref idref=\"nav\"/>\n");
        for (int i = 1; i <= chapterCount; i++) {
            out.write("<itemref idref=\"" + EpubWriter.chapterId(i) + "\"/>\n");
        }
        out.write("</spine>\n</package>\n");
    }

    private static void writeTitle(Writer out, Segment title, String id, String type) throws IOException {
        String tag = title.lang().tag();
        out.write("<dc:title id=\"" + id + "\" xml:lang=\"" + tag + "\">" + Xml.escape(title.text()) + "</dc:title>\n");
        out.write("<meta refines=\"#" + id + "\" property=\"title-type\">" + type + "</meta>\n");
    }
}
