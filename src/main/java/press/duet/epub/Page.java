package press.duet.epub;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.text.BookWords;
import press.duet.text.Scripts;

/**
 * An XHTML content document being written: the frame every page shares, and text that is escaped and
 * noted in the {@link TextInventory} on its way out, so the embedded fonts hold every character shown.
 *
 * <pre>{@code
 * Page page = new Page(out, inventory, edition, stylesheets, "../");
 * page.open("Chapter 1", "duet-interleaved");
 * }</pre>
 */
final class Page {
    /** What stands between the two languages of a title on one line. */
    static final String SEPARATOR = " \u00b7 ";

    private final Writer out;
    private final TextInventory inventory;
    private final Edition edition;
    private final List<String> stylesheets;
    private final String up;
    private final Xhtml xhtml;
    private String place = "";

    /**
     * @param stylesheets the style sheets' paths inside OEBPS, linked in this order
     * @param up          the way from the page's folder back to OEBPS, such as {@code "../"}
     */
    Page(Writer out, TextInventory inventory, Edition edition, List<String> stylesheets, String up) {
        this.out = out;
        this.inventory = inventory;
        this.edition = edition;
        this.stylesheets = stylesheets;
        this.up = up;
        this.xhtml = new Xhtml(out, inventory, edition.chineseFirst());
    }

    /** The escaping writer for the page's body. */
    Xhtml xhtml() {
        return xhtml;
    }

    Edition edition() {
        return edition;
    }

    /** Where the text written next is, for the report of characters no font has. */
    void place(String place) {
        this.place = place;
        xhtml.place(place);
    }

    void open(String title, String bodyClass) throws IOException {
        String lang = edition.primaryTag();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE html>\n");
        out.write("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
                + " lang=\"" + lang + "\" xml:lang=\"" + lang + "\">\n");
        out.write("<head>\n<meta charset=\"UTF-8\"/>\n<title>" + Xml.escape(title) + "</title>\n");
        for (String stylesheet : stylesheets) {
            out.write("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + up + stylesheet + "\"/>\n");
        }
        out.write("</head>\n<body" + (bodyClass == null ? "" : " class=\"" + bodyClass + "\"") + ">\n");
    }

    void close() throws IOException {
        out.write("</body>\n</html>\n");
    }

    /** Writes markup as it is; any text in it must have come from {@link #text}. */
    void write(String markup) throws IOException {
        out.write(markup);
    }

    /** Escapes a text in the given language and notes its characters. */
    String text(String text, boolean chinese, boolean heading) {
        inventory.add(text, chinese, heading, place);
        return Xml.escape(text);
    }

    /** Escapes a text in the given language and notes its characters in that language's faces. */
    String text(String text, press.duet.model.Lang lang, boolean heading) {
        inventory.add(text, lang, heading, place);
        return Xml.escape(text);
    }

    /** Escapes a text in the page's own language and notes its characters. */
    String text(String text) {
        return text(text, edition.chineseFirst(), false);
    }

    /**
     * A language-tagged element holding one side of a text. A '\n' inside the text is a line break the
     * text means (verse); the rest of the paragraph flows.
     */
    String element(String name, Segment segment, String role, boolean heading) {
        String tag = segment.lang().tag();
        return "<" + name + (role == null ? "" : " class=\"" + role + "\"") + " lang=\"" + tag + "\" xml:lang=\""
                + tag + "\">" + text(segment.text(), segment.lang(), heading).replace("\n", "<br/>")
                + "</" + name + ">";
    }

    /** The sides of a title the edition shows, as spans classed first and second. */
    String spans(BilingualText title, boolean heading) {
        return spans(title, heading, false);
    }

    /**
     * The sides of a title as spans; with {@code separated}, a visible " · " between them, for lists such
     * as the contents, which reading systems show as one line of text.
     */
    String spans(BilingualText title, boolean heading, boolean separated) {
        StringBuilder spans = new StringBuilder();
        List<Segment> sides = edition.titleSides(title);
        for (int i = 0; i < sides.size(); i++) {
            if (i > 0 && separated) {
                spans.append("<span class=\"separator\">").append(text(SEPARATOR)).append("</span>");
            }
            spans.append(element("span", sides.get(i), i == 0 ? "first" : "second", heading));
        }
        return spans.toString();
    }

    /**
     * A text of unknown language, such as an author's name, in a span tagged Chinese when it holds any
     * CJK character and English otherwise.
     */
    String guessed(String text) {
        boolean chinese = text.codePoints().anyMatch(Scripts::isCjk);
        return element("span", new Segment(chinese ? edition.chinese() : Lang.EN, text), null, false);
    }

    /** One of the book's own words in the edition's languages, as tagged spans. */
    String label(BookWords label, boolean heading, boolean separated) {
        return spans(label.text(edition.chinese()), heading, separated);
    }
}
