package press.duet.epub;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Metadata;

/**
 * The two tables of contents: the EPUB 3 navigation document (with landmarks) and the NCX that EPUB 2
 * reading systems, older Kindles among them, still read.
 */
final class Navigation {
    private Navigation() {
    }

    static void writeNav(Writer out, Metadata metadata, List<BilingualText> titles) throws IOException {
        boolean chineseFirst = metadata.first().isChinese();
        String lang = chineseFirst ? metadata.chinese().tag() : "en";
        Pages.open(out, lang, "目录 · Contents", "styles/duet.css");
        out.write("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n");
        String zh = metadata.chinese().tag();
        out.write("<h1><span lang=\"" + zh + "\" xml:lang=\"" + zh + "\">目录</span>"
                + "<span class=\"second\" lang=\"en\" xml:lang=\"en\">Contents</span></h1>\n<ol>\n");
        for (int i = 0; i < titles.size(); i++) {
            out.write("<li><a href=\"" + EpubWriter.chapterHref(i + 1) + "\">"
                    + Spans.of(titles.get(i), chineseFirst) + "</a></li>\n");
        }
        out.write("</ol>\n</nav>\n");
        out.write("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
        out.write("<li><a epub:type=\"titlepage\" href=\"title.xhtml\">Title page</a></li>\n");
        out.write("<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">Contents</a></li>\n");
        out.write("<li><a epub:type=\"bodymatter\" href=\"" + EpubWriter.chapterHref(1) + "\">Start of content</a></li>\n");
        out.write("</ol>\n</nav>\n");
        Pages.close(out);
    }

    static void writeNcx(Writer out, Metadata metadata, String identifier, List<BilingualText> titles)
            throws IOException {
        boolean chineseFirst = metadata.first().isChinese();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n<head>\n");
        out.write("<meta name=\"dtb:uid\" content=\"" + identifier + "\"/>\n");
        out.write("<meta name=\"dtb:depth\" content=\"1\"/>\n");
        out.write("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n");
        out.write("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n");
        out.write("<docTitle><text>" + Xml.escape(metadata.title().joined(" · ")) + "</text></docTitle>\n<navMap>\n");
        for (int i = 0; i < titles.size(); i++) {
            BilingualText title = titles.get(i);
            String label = chineseFirst ? title.joined(" · ") : title.first(false).text()
                    + (title.zh() != null && title.en() != null ? " · " + title.zh().text() : "");
            out.write("<navPoint id=\"nav-" + (i + 1) + "\" playOrder=\"" + (i + 1) + "\">\n");
            out.write("<navLabel><text>" + Xml.escape(label) + "</text></navLabel>\n");
            out.write("<content src=\"" + EpubWriter.chapterHref(i + 1) + "\"/>\n</navPoint>\n");
        }
        out.write("</navMap>\n</ncx>\n");
    }
}
