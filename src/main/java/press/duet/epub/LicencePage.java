package press.duet.epub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The licences of the embedded fonts, at the very back. The SIL Open Font License asks that the
 * licence travel with the font, and the subsets keep only the copyright line of the fonts' own name
 * tables, so the full texts from {@code fonts/} are set here.
 */
final class LicencePage {
    static final String HREF = "licences.xhtml";

    private LicencePage() {
    }

    /** @param licenceFiles the licence files in {@code fonts/}, such as {@code OFL-Literata.txt} */
    static void write(Page page, List<String> licenceFiles, List<EmbeddedFonts.Borrowed> borrowed) throws IOException {
        page.place("the font licences");
        page.open("Font licences", null);
        page.write("<section class=\"licences\" epub:type=\"appendix\" role=\"doc-appendix\" lang=\"en\" xml:lang=\"en\""
                + " aria-labelledby=\"licences\">\n");
        page.write("<h2 id=\"licences\">" + page.text("Font licences", false, true) + "</h2>\n");
        for (String file : licenceFiles) {
            page.write("<section aria-label=\"" + Xml.escape(file) + "\">\n");
            for (String paragraph : paragraphs(read(file))) {
                page.write("<p>" + page.text(paragraph, false, false) + "</p>\n");
            }
            page.write("</section>\n");
        }
        for (EmbeddedFonts.Borrowed face : borrowed) {
            // An installed font lent characters the bundled ones lack: its own notices, as its naming table has them.
            page.write("<section aria-label=\"" + Xml.escape(face.family()) + "\">\n");
            page.write("<p>" + page.text(face.family() + " (a subset of " + face.characters().size()
                    + " characters, from a font installed where this book was made)", false, false) + "</p>\n");
            for (String notice : face.notices()) {
                page.write("<p>" + page.text(notice, false, false) + "</p>\n");
            }
            page.write("</section>\n");
        }
        page.write("</section>\n");
        page.close();
    }

    /** The text's paragraphs, lines joined, the rules of dashes left out. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            String joined = String.join(" ", block.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.matches("-+")).toList());
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return paragraphs;
    }

    private static String read(String file) {
        try (InputStream in = LicencePage.class.getResourceAsStream("/press/duet/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font licence " + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the font licence " + file + " cannot be read", e);
        }
    }
}
