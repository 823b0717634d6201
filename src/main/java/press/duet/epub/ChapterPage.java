package press.duet.epub;

import java.io.IOException;
import java.io.Writer;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.model.Segment;

/**
 * One chapter as an XHTML content document: the bilingual title, then each pair in a block of its
 * own, the first language's paragraph before the second's, each tagged with its language.
 */
final class ChapterPage {
    private ChapterPage() {
    }

    static void write(Writer out, Chapter chapter, int number, Metadata metadata) throws IOException {
        boolean chineseFirst = metadata.first().isChinese();
        String lang = metadata.first().isChinese() ? metadata.chinese().tag() : "en";
        Pages.open(out, lang, chapter.title().joined(" · "), "../styles/duet.css");
        String titleId = "c" + number + "-title";
        out.write("<section epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"" + titleId + "\">\n");
        out.write("<h2 id=\"" + titleId + "\">" + Spans.of(chapter.title(), chineseFirst) + "</h2>\n");
        int pairNumber = 0;
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Pair pair -> {
                    pairNumber++;
                    writePair(out, pair, "c" + number + "-p" + pairNumber, chineseFirst);
                }
                case Heading heading -> out.write("<h3>" + Spans.of(heading.text(), chineseFirst) + "</h3>\n");
            }
        }
        out.write("</section>\n");
        Pages.close(out);
    }

    private static void writePair(Writer out, Pair pair, String id, boolean chineseFirst) throws IOException {
        Segment first = chineseFirst ? pair.zh() : pair.en();
        Segment second = chineseFirst ? pair.en() : pair.zh();
        out.write("<div class=\"pair\" id=\"" + id + "\">\n");
        if (first != null) {
            writeParagraph(out, first, "first");
        }
        if (second != null) {
            writeParagraph(out, second, first == null ? "first" : "second");
        }
        out.write("</div>\n");
    }

    private static void writeParagraph(Writer out, Segment segment, String role) throws IOException {
        String tag = segment.lang().tag();
        out.write("<p class=\"" + role + "\" lang=\"" + tag + "\" xml:lang=\"" + tag + "\">");
        // A '\n' inside a segment is a line break the text means (verse); the rest of the paragraph flows.
        out.write(Xml.escape(segment.text()).replace("\n", "<br/>"));
        out.write("</p>\n");
    }
}
