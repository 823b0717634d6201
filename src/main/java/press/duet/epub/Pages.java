package press.duet.epub;

import java.io.IOException;
import java.io.Writer;

/** The frame every XHTML content document shares: declaration, html element, head and body. */
final class Pages {
    private Pages() {
    }

    static void open(Writer out, String lang, String title, String stylesheet) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE html>\n");
        out.write("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
                + " lang=\"" + lang + "\" xml:lang=\"" + lang + "\">\n");
        out.write("<head>\n<meta charset=\"UTF-8\"/>\n<title>" + Xml.escape(title) + "</title>\n");
        out.write("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + stylesheet + "\"/>\n</head>\n<body>\n");
    }

    static void close(Writer out) throws IOException {
        out.write("</body>\n</html>\n");
    }
}
