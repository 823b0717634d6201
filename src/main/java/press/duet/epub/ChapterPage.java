package press.duet.epub;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.Block;
import press.duet.model.Figure;
import press.duet.model.SectionBreak;
import press.duet.model.Table;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.text.Scripts;

/**
 * One chapter as an XHTML content document: the title, then each pair in a block of its own with the
 * sides the edition shows, the first language's paragraph before the second's, each tagged with its
 * language. The body is classed by layout (for example {@code duet-side-by-side}), so the layout style
 * sheet can arrange the pairs.
 */
final class ChapterPage {
    /**
     * A pair of at most this many lines at a phone's measure is kept on one page; a longer one may break.
     * A phone page holds about 25 lines, so moving a short pair whole leaves at most a quarter of it blank.
     */
    static final int SHORT_PAIR_LINES = 6;

    /** The measure the lines are counted at, in em: about what a phone shows in portrait. */
    private static final double PHONE_MEASURE_EM = 20;

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
                case Figure ignored -> throw new UnsupportedOperationException("the EPUB writer does not write figure blocks yet");
                case SectionBreak ignored -> throw new UnsupportedOperationException("the EPUB writer does not write sectionbreak blocks yet");
                case Table ignored -> throw new UnsupportedOperationException("the EPUB writer does not write table blocks yet");
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
        int[] lines = sides.stream().mapToInt(ChapterPage::lines).toArray();
        int total = Arrays.stream(lines).sum();
        String length = total <= SHORT_PAIR_LINES ? " short" : "";
        if (lines.length == 2 && unequal(lines[0], lines[1])) {
            length = lines[0] > lines[1] ? " long-first" : " long-second";
        }
        page.write("<div class=\"pair" + alone + length + "\" id=\"" + id + "\">\n");
        for (Segment side : sides) {
            boolean first = !edition.bilingual() || side.lang().isChinese() == edition.chineseFirst();
            page.write(page.element("p", side, first ? "first" : "second", false) + "\n");
        }
        page.write("</div>\n");
    }

    /**
     * Whether one side runs so much longer than the other that, in two columns, the shorter would leave
     * its column blank for most of a page: more than twice as long, by more than a short pair's lines.
     * The side-by-side layout lets the longer side run on under the shorter one instead.
     */
    static boolean unequal(int oneLines, int otherLines) {
        int longer = Math.max(oneLines, otherLines);
        int shorter = Math.min(oneLines, otherLines);
        return longer > 2 * shorter && longer - shorter > SHORT_PAIR_LINES;
    }

    /**
     * How many lines a side takes at a phone's measure: a Han character (or any full-width character)
     * is an em wide, other characters about half an em.
     */
    static int lines(Segment side) {
        int lines = 0;
        for (String line : side.text().split("\n")) {
            double width = line.codePoints().mapToDouble(cp -> Scripts.isCjk(cp) ? 1.0 : 0.5).sum();
            lines += Math.max(1, (int) Math.ceil(width / PHONE_MEASURE_EM));
        }
        return lines;
    }
}
