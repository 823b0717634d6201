package press.duet.epub;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.BilingualText;
import press.duet.model.Metadata;
import press.duet.text.BookWords;

/**
 * The two tables of contents: the EPUB 3 navigation document (with landmarks) and the NCX that EPUB 2
 * reading systems, older Kindles among them, still read.
 */
final class Navigation {
    private Navigation() {
    }

    static void writeNav(Page page, Metadata metadata, List<BilingualText> titles, boolean cover) throws IOException {
        Edition edition = page.edition();
        page.place("the table of contents");
        page.open(edition.plainTitle(BookWords.CONTENTS.text(edition.chinese())), null);
        page.write("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n");
        page.write("<h1>" + page.label(BookWords.CONTENTS, true, false) + "</h1>\n<ol>\n");
        for (int i = 0; i < titles.size(); i++) {
            page.place("the table of contents, chapter " + (i + 1));
            // epub.js, calibre and Kindle show an entry as its plain text: the separator keeps the titles apart.
            page.write("<li><a href=\"" + EpubWriter.chapterHref(i + 1) + "\">" + page.spans(titles.get(i), false, true)
                    + "</a></li>\n");
        }
        page.write("</ol>\n</nav>\n");
        page.place("the landmarks");
        // Reading systems show landmarks in their own menus, in their own fonts and language.
        page.write("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>"
                + page.label(BookWords.LANDMARKS, true, false) + "</h2>\n<ol>\n");
        if (cover) {
            landmark(page, "cover", "cover.xhtml", BookWords.COVER);
        }
        landmark(page, "titlepage", "title.xhtml", BookWords.TITLE_PAGE);
        landmark(page, "toc", "nav.xhtml#toc", BookWords.CONTENTS);
        landmark(page, "bodymatter", EpubWriter.chapterHref(1), BookWords.BODY);
        landmark(page, "colophon", "colophon.xhtml", BookWords.COLOPHON);
        page.write("</ol>\n</nav>\n");
        page.close();
    }

    private static void landmark(Page page, String type, String href, BookWords label) throws IOException {
        page.write("<li><a epub:type=\"" + type + "\" href=\"" + href + "\">" + page.label(label, false, true)
                + "</a></li>\n");
    }

    static void writeNcx(Writer out, Metadata metadata, Edition edition, String identifier, List<BilingualText> titles)
            throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\""
                + edition.primaryTag() + "\">\n<head>\n");
        out.write("<meta name=\"dtb:uid\" content=\"" + identifier + "\"/>\n");
        out.write("<meta name=\"dtb:depth\" content=\"1\"/>\n");
        out.write("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n");
        out.write("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n");
        out.write("<docTitle><text>" + Xml.escape(edition.plainTitle(metadata.title())) + "</text></docTitle>\n<navMap>\n");
        for (int i = 0; i < titles.size(); i++) {
            out.write("<navPoint id=\"nav-" + (i + 1) + "\" playOrder=\"" + (i + 1) + "\">\n");
            out.write("<navLabel><text>" + Xml.escape(edition.plainTitle(titles.get(i))) + "</text></navLabel>\n");
            out.write("<content src=\"" + EpubWriter.chapterHref(i + 1) + "\"/>\n</navPoint>\n");
        }
        out.write("</navMap>\n</ncx>\n");
    }
}
