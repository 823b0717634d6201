package press.duet.epub;

import java.io.IOException;
import java.util.List;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Pair;
import press.duet.model.Segment;

/**
 * One chapter as an XHTML content document: the title, then each pair in a block of its own with the
 * sides the edition shows, the first language's paragraph before the second's, each tagged with its
 * language. The body is classed by layout (for example {@code duet-side-by-side}), so the layout style
 * sheet can arrange the pairs.
 */
final class ChapterPage {
    private ChapterPage() {
    }

    static void write(Page page, Chapter chapter, int number) throws IOException {
        Edition edition = page.edition();
        page.place("chapter " + number + " (title)");
        page.open(edition.plainTitle(chapter.title()), "duet-" + edition.layout().cliName());
        String titleId = "c" + number + "-title";
        page.write("<section epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"" + titleId + "\">\n");
        page.write("<h2 id=\"" + titleId + "\">" + page.spans(chapter.title(), true) + "</h2>\n");
        int pairNumber = 0;
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Pair pair -> {
                    pairNumber++;
                    page.place("chapter " + number + ", pair " + pairNumber);
                    writePair(page, pair, "c" + number + "-p" + pairNumber);
                }
                case Heading heading -> {
                    page.place("chapter " + number + ", heading after pair " + pairNumber);
                    String element = "h" + (heading.level() + 2);
                    page.write("<" + element + ">" + page.spans(heading.text(), true) + "</" + element + ">\n");
                }
            }
        }
        page.write("</section>\n");
        page.close();
    }

    /**
     * A pair's paragraphs are classed by language order, not by position: a paragraph whose partner is
     * missing keeps its language's class, and so its column in the side-by-side layout.
     */
    private static void writePair(Page page, Pair pair, String id) throws IOException {
        Edition edition = page.edition();
        List<Segment> sides = edition.sides(pair.asText());
        if (sides.isEmpty()) {
            return; // a monolingual edition leaves out paragraphs that exist only in the other language
        }
        String alone = sides.size() == 1 && edition.bilingual() ? " alone" : "";
        page.write("<div class=\"pair" + alone + "\" id=\"" + id + "\">\n");
        for (Segment side : sides) {
            boolean first = !edition.bilingual() || side.lang().isChinese() == edition.chineseFirst();
            page.write(page.element("p", side, first ? "first" : "second", false) + "\n");
        }
        page.write("</div>\n");
    }
}
