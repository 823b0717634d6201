package press.duet.epub;

import java.io.IOException;
import java.io.Writer;
import press.duet.model.Metadata;
import press.duet.text.DateWords;

/** The title page: label and part number, the title in both languages, authors and date. */
final class TitlePage {
    private TitlePage() {
    }

    static void write(Writer out, Metadata metadata) throws IOException {
        boolean chineseFirst = metadata.first().isChinese();
        String lang = chineseFirst ? metadata.chinese().tag() : "en";
        Pages.open(out, lang, metadata.title().joined(" · "), "styles/duet.css");
        out.write("<section class=\"title-page\" epub:type=\"titlepage\">\n");
        if (metadata.label() != null || metadata.part() != null) {
            StringBuilder label = new StringBuilder();
            if (metadata.label() != null) {
                label.append(Xml.escape(metadata.label()));
            }
            metadata.partNumber().ifPresent(part -> label.append(label.isEmpty() ? "" : " · ").append("[").append(part).append("]"));
            out.write("<p class=\"label\">" + label + "</p>\n");
        }
        out.write("<h1>" + Spans.of(metadata.title(), chineseFirst) + "</h1>\n");
        if (!metadata.authors().isEmpty()) {
            out.write("<p class=\"meta\">" + Xml.escape(String.join(", ", metadata.authors())) + "</p>\n");
        }
        if (metadata.date() != null) {
            String zh = metadata.chinese().tag();
            out.write("<p class=\"meta\"><span lang=\"" + zh + "\" xml:lang=\"" + zh + "\">"
                    + DateWords.chinese(metadata.date()) + "</span> · <span lang=\"en\" xml:lang=\"en\">"
                    + DateWords.english(metadata.date()) + "</span></p>\n");
        }
        out.write("</section>\n");
        Pages.close(out);
    }
}
