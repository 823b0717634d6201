package press.duet.epub;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.BilingualText;
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

    static void write(Page page, Chapter chapter, int number, BookImages images, List<String> warnings)
            throws IOException {
        Edition edition = page.edition();
        page.place("chapter " + number + " (title)");
        page.open(edition.plainTitle(chapter.title()), "duet-" + edition.layout().cliName());
        Xhtml xhtml = page.xhtml();
        ChapterNotes notes = new ChapterNotes(number);
        InlineRenderer inlines = new InlineRenderer(xhtml, notes, warnings);
        SideRenderer sides = new SideRenderer(xhtml, inlines);
        FigureRenderer figures = new FigureRenderer(xhtml, sides, images, edition);
        TableRenderer tables = new TableRenderer(xhtml, inlines, figures::languageOf);
        String titleId = "c" + number + "-title";
        xhtml.start("section", "epub:type", "chapter", "role", "doc-chapter", "aria-labelledby", titleId).newline();
        inlines.place("chapter " + number + ", title");
        xhtml.start("h2", "id", titleId);
        writeTitle(xhtml, inlines, edition, chapter.title());
        xhtml.end("h2").newline();
        int pairNumber = 0;
        int figureNumber = 0;
        for (Block block : chapter.blocks()) {
            String where = "chapter " + number + ", pair " + pairNumber;
            switch (block) {
                case Pair pair -> {
                    pairNumber++;
                    where = "chapter " + number + ", pair " + pairNumber;
                    place(page, inlines, where);
                    writePair(xhtml, sides, edition, pair, "c" + number + "-p" + pairNumber);
                }
                case Heading heading -> {
                    place(page, inlines, where + ", the heading after it");
                    String element = "h" + (heading.level() + 2);
                    xhtml.start(element);
                    writeTitle(xhtml, inlines, edition, heading.text());
                    xhtml.end(element).newline();
                }
                case Figure figure -> {
                    figureNumber++;
                    place(page, inlines, "chapter " + number + ", figure " + figureNumber);
                    figures.write(figure, "c" + number + "-f" + figureNumber, "../");
                }
                case SectionBreak ignored -> xhtml.empty("hr", "class", "section-break").newline();
                case Table table -> {
                    place(page, inlines, where + ", the table after it");
                    tables.write(table);
                }
            }
        }
        place(page, inlines, "chapter " + number + ", notes");
        NotesRenderer.write(xhtml, inlines, edition, notes);
        xhtml.end("section").newline();
        xhtml.requireClosed();
        page.close();
    }

    private static void place(Page page, InlineRenderer inlines, String where) {
        page.place(where);
        inlines.place(where);
    }

    /**
     * The sides of a title the edition shows, as spans classed first and second; a title of several
     * paragraphs has a line break between them.
     */
    private static void writeTitle(Xhtml xhtml, InlineRenderer inlines, Edition edition, BilingualText title) {
        List<Segment> sides = edition.titleSides(title);
        for (int i = 0; i < sides.size(); i++) {
            Segment side = sides.get(i);
            xhtml.start("span", "class", i == 0 ? "first" : "second", "lang", side.lang().tag());
            for (int p = 0; p < side.paras().size(); p++) {
                if (p > 0) {
                    xhtml.empty("br");
                }
                inlines.write(side.paras().get(p), side.lang());
            }
            xhtml.end("span");
        }
    }

    /**
     * A pair's paragraphs are classed by language order, not by position: a paragraph whose partner is
     * missing keeps its language's class, and so its column in the side-by-side layout.
     */
    private static void writePair(Xhtml xhtml, SideRenderer renderer, Edition edition, Pair pair, String id) {
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
        xhtml.start("div", "class", "pair" + alone + length, "id", id).newline();
        for (Segment side : sides) {
            renderer.write(side, SideRenderer.role(edition, side.lang()), null);
            xhtml.newline();
        }
        xhtml.end("div").newline();
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
        String text = side.text();
        int lines = 0;
        int halfEms = 0;
        int end = text.length();
        // As split("\n") reads the text: the empty lines at its end are no lines, unless it is all one empty line.
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end == 0) {
            return text.isEmpty() ? 1 : 0;
        }
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                lines += linesOf(halfEms);
                halfEms = 0;
            } else {
                halfEms += Scripts.isCjk(cp) ? 2 : 1;
            }
            i += Character.charCount(cp);
        }
        return lines + linesOf(halfEms);
    }

    /** The lines a line of text this many half-ems wide takes: one at least. */
    private static int linesOf(int halfEms) {
        return Math.max(1, (int) Math.ceil(halfEms * 0.5 / PHONE_MEASURE_EM));
    }
}
