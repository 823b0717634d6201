package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.duet.font.FontSet;
import press.duet.image.TestImages;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Image;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Note;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.model.Table;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfGlyphs.Glyph;

/**
 * A note whose reference stands in a table cell or a figure caption is set like any other, read back
 * with PDFBox: its reference carries a number, and the note opens with that number on the page of
 * the reference, below it (footnotes), or in the chapter's notes after it (endnotes). The table and the
 * figure stand after enough pairs that they fall low on a page, where the note needs its room; at
 * every height the figure keeps its caption on its page.
 */
class NotesInBlocksPdfTest {
    private static final String ZH = "山中的小路弯弯曲曲，走了很久才看见一座旧庙，庙前有两棵很老的柏树。";
    private static final String EN = "The path through the hills wound on for a long time before an old temple came"
            + " into view, with two ancient cypresses before its gate.";
    /** Each reference's token, drawn just before its number, and its note's opening. */
    private static final String[][] NOTED = {
            {"〔庙〕", "注庙："}, {"[cell]", "On the cell:"}, {"〔图〕", "注图："}, {"[picture]", "On the picture:"}};

    @TempDir
    Path folder;

    private static Inline.NoteRef ref(String id, String opening, String body) {
        return new Inline.NoteRef(new Note(id, List.of(Para.plain(opening + body))));
    }

    private static Para para(String before, Inline.NoteRef ref) {
        return new Para(Para.Form.PARAGRAPH, List.of(new Inline.Text(before), ref), SourceLine.NONE);
    }

    static Book book(int before) {
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < before; k++) {
            blocks.add(new Pair(new Segment(Lang.ZH_HANS, ZH.repeat(1 + k % 3)), new Segment(Lang.EN, EN)));
        }
        blocks.add(new Table(List.of(
                new Table.Row(List.of(Para.plain("地名"), Para.plain("Place"))),
                new Table.Row(List.of(para("旧庙" + NOTED[0][0], ref("t1", NOTED[0][1], ZH)),
                        para("The temple " + NOTED[1][0], ref("t2", NOTED[1][1], " " + EN))))), 1));
        Image picture = new Image("hill.png", "image/png", 300, 200, TestImages.raster("png", 300, 200));
        blocks.add(new Figure(picture, "A hill", new BilingualText(
                new Segment(Lang.ZH_HANS, List.of(para("山与庙" + NOTED[2][0], ref("f1", NOTED[2][1], ZH)))),
                new Segment(Lang.EN, List.of(para("The hill and its temple " + NOTED[3][0],
                        ref("f2", NOTED[3][1], " " + EN))))), new SourceLine("hill.md", 9)));
        blocks.add(new Pair(new Segment(Lang.ZH_HANS, ZH), new Segment(Lang.EN, EN)));
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "山路"), new Segment(Lang.EN, "The Hill Path"));
        return new Book(new Metadata(title, List.of(), null, null, null, Lang.ZH_HANS, Lang.ZH_HANS),
                List.of(new Chapter(new BilingualText(new Segment(Lang.ZH_HANS, "第一章"),
                        new Segment(Lang.EN, "Chapter 1")), blocks)));
    }

    private List<Glyph> glyphs(Layout layout, NotePlacement notes, int before) throws Exception {
        Path pdf = folder.resolve(layout + "-" + notes + "-" + before + ".pdf");
        new PdfWriter().write(book(before), Theme.named("default"), FontSet.bundled(), PdfOptions.builder()
                .layout(layout).paper(Paper.A5).notes(notes).modified(Instant.parse("2025-03-08T00:00:00Z")).build(), pdf);
        return PdfGlyphs.glyphs(pdf);
    }

    /**
     * The numbers the layout gives the four notes (0: not shown): each language its own where each has a
     * column, else one sequence. A one-language edition shows the table's cells of both languages in
     * its one column, but only its own language's caption.
     */
    private static int[] numbers(Layout layout) {
        return switch (layout) {
            case INTERLEAVED -> new int[] {1, 2, 3, 4};
            case SIDE_BY_SIDE, FACING -> new int[] {1, 1, 2, 2};
            case ZH -> new int[] {1, 2, 3, 0};
            case EN -> new int[] {1, 2, 0, 3};
        };
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void setsTheNotesOfCellsAndCaptionsAtTheFootOfTheirReferencesPages(Layout layout) throws Exception {
        for (int before : new int[] {0, 7, 9, 11}) {
            List<Glyph> glyphs = glyphs(layout, NotePlacement.FOOTNOTES, before);
            int[] numbers = numbers(layout);
            int checked = 0;
            for (int n = 0; n < NOTED.length; n++) {
                int number = numbers[n];
                if (number == 0) {
                    continue;
                }
                String what = layout + " after " + before + " pairs: " + NOTED[n][0];
                List<List<Glyph>> marks = PdfGlyphs.occurrences(glyphs, NOTED[n][0] + number);
                assertEquals(1, marks.size(), what + " is not drawn once with its number " + number);
                Glyph mark = marks.get(0).getLast();
                List<List<Glyph>> notes = PdfGlyphs.occurrences(glyphs, number + "." + NOTED[n][1]);
                assertEquals(1, notes.size(), what + ": its note is not drawn once after its number");
                Glyph note = notes.get(0).get(0);
                assertEquals(mark.page(), note.page(), what + ": the note is not on its reference's page");
                assertTrue(note.y() < mark.y(), what + ": the note is not below its reference");
                checked++;
            }
            assertEquals(layout == Layout.ZH || layout == Layout.EN ? 3 : 4, checked);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "INTERLEAVED"})
    void setsTheNotesOfCellsAndCaptionsInTheChaptersEndnotes(Layout layout) throws Exception {
        List<Glyph> glyphs = glyphs(layout, NotePlacement.ENDNOTES, 3);
        String text = String.join("", glyphs.stream().map(Glyph::text).toList());
        int[] numbers = numbers(layout);
        for (int n = 0; n < NOTED.length; n++) {
            int reference = text.indexOf(NOTED[n][0] + numbers[n]);
            assertTrue(reference >= 0, NOTED[n][0] + " carries no number " + numbers[n]);
            int heading = text.indexOf(n % 2 == 0 ? "注释" : "Notes", reference);
            int note = text.indexOf(numbers[n] + "." + NOTED[n][1].replace(" ", ""), heading);
            assertTrue(heading > reference && note > heading, NOTED[n][1] + " is not in the notes after its reference");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "INTERLEAVED", "FACING"})
    void keepsTheFigureWithItsCaptionAtEveryHeightOfThePage(Layout layout) throws Exception {
        java.util.Set<Integer> figurePages = new java.util.TreeSet<>();
        for (int before = 0; before <= 14; before++) {
            Path pdf = folder.resolve(layout + "-figure-" + before + ".pdf");
            new PdfWriter().write(book(before), Theme.named("default"), FontSet.bundled(), PdfOptions.builder()
                    .layout(layout).paper(Paper.A5).modified(Instant.parse("2025-03-08T00:00:00Z")).build(), pdf);
            List<Glyph> glyphs = PdfGlyphs.glyphs(pdf);
            List<PdfGlyphs.Picture> pictures = PdfGlyphs.pictures(pdf);
            // The caption's opening words, in each language the layout shows on a page of the figure.
            List<List<Glyph>> captions = new ArrayList<>(PdfGlyphs.occurrences(glyphs, "山与庙"));
            captions.addAll(PdfGlyphs.occurrences(glyphs, "The hill and its temple"));
            assertEquals(2, captions.size(), layout + " after " + before + " pairs: the captions drawn " + captions.size());
            for (List<Glyph> caption : captions) {
                int page = caption.get(0).page();
                assertTrue(pictures.contains(new PdfGlyphs.Picture(page, 300, 200)), layout + " after " + before
                        + " pairs: the caption on page " + page + " without its picture: " + pictures);
                figurePages.add(page);
            }
        }
        assertTrue(figurePages.size() >= 2, "the figure never moved to a later page: nothing provoked");
    }
}
