package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.NoteBooks;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfGlyphs.Glyph;
import press.duet.testing.PdfPages;
import press.duet.testing.PdfRules;

/**
 * Footnotes read back with PDFBox from books whose pairs all carry notes: each note starts on the page
 * of its reference, below the text, under the reference's column (side by side) or on its page
 * (facing); a note too long for its page goes on at the next page's foot under a full-width rule.
 */
class FootnotesPdfTest {
    private static final int PAIRS = 30;

    @TempDir
    Path folder;

    private Path write(Book book, Layout layout, NotePlacement notes, Paper paper) {
        Path target = folder.resolve(layout + "-" + notes + ".pdf");
        new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), PdfOptions.builder().layout(layout)
                .paper(paper).notes(notes).modified(Instant.parse("2025-03-08T00:00:00Z")).build(), target);
        return target;
    }

    /**
     * The number of pair {@code k}'s note: each language its own sequence where it has its own column
     * or page, one sequence for the chapter where both share a column (the Chinese side first).
     */
    static int number(Layout layout, int k, boolean chinese) {
        return layout == Layout.INTERLEAVED ? 2 * k + (chinese ? 1 : 2) : k + 1;
    }

    /** A reference mark: the first digit drawn after the token, small and raised. */
    private static Glyph mark(List<Glyph> glyphs, String token, int number) {
        List<List<Glyph>> found = PdfGlyphs.occurrences(glyphs, token + number);
        assertEquals(1, found.size(), "the reference after " + token + " is drawn " + found.size() + " times");
        Glyph mark = found.get(0).get(found.get(0).size() - Integer.toString(number).length());
        Glyph before = found.get(0).get(found.get(0).size() - Integer.toString(number).length() - 1);
        assertTrue(mark.size() < 8 && mark.y() > before.y(), "not a raised mark: " + mark);
        return mark;
    }

    /** The glyphs of a note's opening, where it starts. */
    private static List<Glyph> noteOpening(List<Glyph> glyphs, String opening) {
        List<List<Glyph>> found = PdfGlyphs.occurrences(glyphs, opening);
        assertEquals(1, found.size(), opening + " is drawn " + found.size() + " times");
        return found.get(0);
    }

    /** PDFBox gives glyph sizes in whole points: the body's 10.5 as 10, the notes' 8.9 as 8 or 9. */
    private static boolean body(Glyph glyph) {
        return glyph.size() >= 9.5f && glyph.size() <= 11f;
    }

    /** What stands in a page's text frame, below the running header. */
    private static List<Glyph> inFrame(List<Glyph> glyphs, Paper paper) {
        return glyphs.stream().filter(g -> g.y() < paper.height() - paper.topMargin()).toList();
    }

    private static List<PdfRules.Rule> footnoteRules(Path pdf, Paper paper) throws java.io.IOException {
        return PdfRules.rules(pdf).stream().filter(r -> r.y() < paper.height() - paper.topMargin()).toList();
    }

    private static boolean latin(Glyph glyph) {
        return glyph.font().contains("Literata");
    }

    /** Where the second column starts on a side-by-side page: its English body text's left edge. */
    private static float secondColumn(List<Glyph> glyphs, int page) {
        return (float) glyphs.stream().filter(g -> g.page() == page && body(g) && latin(g))
                .mapToDouble(Glyph::x).min().orElseThrow();
    }

    /** The lowest baseline of the body text in a range of x on a page. */
    private static float lowestBody(List<Glyph> glyphs, int page, float from, float to) {
        return (float) glyphs.stream().filter(g -> g.page() == page && body(g) && g.x() >= from && g.x() < to)
                .mapToDouble(Glyph::y).min().orElse(Float.MAX_VALUE);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void setsEachNoteOnThePageOfItsReferenceBelowTheTextOfItsColumn(Layout layout) throws Exception {
        Path pdf = write(NoteBooks.book(PAIRS, -1, 0), layout, NotePlacement.FOOTNOTES, Paper.A5);
        List<Glyph> glyphs = inFrame(PdfGlyphs.glyphs(pdf), Paper.A5);
        int checked = 0;
        for (int k = 0; k < PAIRS; k++) {
            for (boolean chinese : new boolean[] {true, false}) {
                if (layout == Layout.ZH && !chinese || layout == Layout.EN && chinese) {
                    continue;
                }
                Glyph mark = mark(glyphs, chinese ? NoteBooks.chineseToken(k) : NoteBooks.englishToken(k),
                        number(layout, k, chinese));
                List<Glyph> note = noteOpening(glyphs, chinese ? NoteBooks.chineseNote(k) : NoteBooks.englishNote(k));
                Glyph start = note.get(0);
                String what = layout + ": the note of " + (chinese ? NoteBooks.chineseToken(k) : NoteBooks.englishToken(k));
                assertEquals(mark.page(), start.page(), what + " is not on its reference's page");
                float from = 0;
                float to = Float.MAX_VALUE;
                if (layout == Layout.SIDE_BY_SIDE) {
                    float split = secondColumn(glyphs, mark.page());
                    if (chinese) {
                        to = split;
                        for (Glyph glyph : note) {
                            assertTrue(glyph.x() + glyph.width() <= split, what + " reaches into the English column");
                        }
                    } else {
                        from = split - 0.5f;
                        assertTrue(start.x() >= from - 30, what + " stands left of the English column");
                        assertTrue(note.get(2).x() >= from, what + " stands left of the English column: " + note.get(2));
                    }
                }
                if (layout == Layout.FACING) {
                    // The Chinese page of a spread is the left-hand one, which has an even number.
                    assertEquals(chinese ? 0 : 1, mark.page() % 2, what + " is on the other language's page");
                }
                assertTrue(start.y() < lowestBody(glyphs, mark.page(), from, to), what + " is not below the text");
                checked++;
            }
        }
        assertEquals(layout == Layout.ZH || layout == Layout.EN ? PAIRS : 2 * PAIRS, checked);
        int pages = PdfPages.texts(pdf).size();
        assertTrue(pages >= 6, "the book is too short to put references near page feet: " + pages + " pages");
    }

    @Test
    void drawsEachNoteRuleBelowTheTextOfItsColumn() throws Exception {
        Path pdf = write(NoteBooks.book(PAIRS, -1, 0), Layout.SIDE_BY_SIDE, NotePlacement.FOOTNOTES, Paper.A5);
        List<Glyph> glyphs = inFrame(PdfGlyphs.glyphs(pdf), Paper.A5);
        List<PdfRules.Rule> rules = footnoteRules(pdf, Paper.A5);
        for (PdfRules.Rule rule : rules) {
            float split = secondColumn(glyphs, rule.page());
            boolean left = rule.right() <= split;
            float lowest = lowestBody(glyphs, rule.page(), left ? 0 : split - 0.5f, left ? split : Float.MAX_VALUE);
            assertTrue(rule.y() < lowest, "a note rule above the text of its column: " + rule);
        }
        assertFalse(rules.isEmpty(), "no footnote rules");
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "INTERLEAVED"})
    void continuesANoteTooLongForItsPageAtTheNextPagesFootUnderAFullRule(Layout layout) throws Exception {
        int longNote = 6;
        Path pdf = write(NoteBooks.book(14, longNote, 40), layout, NotePlacement.FOOTNOTES, Paper.A5);
        List<Glyph> glyphs = inFrame(PdfGlyphs.glyphs(pdf), Paper.A5);
        List<PdfRules.Rule> rules = footnoteRules(pdf, Paper.A5);
        for (boolean chinese : new boolean[] {true, false}) {
            Glyph mark = mark(glyphs, chinese ? NoteBooks.chineseToken(longNote) : NoteBooks.englishToken(longNote),
                    number(layout, longNote, chinese));
            Glyph start = noteOpening(glyphs, chinese ? NoteBooks.chineseNote(longNote)
                    : NoteBooks.englishNote(longNote)).get(0);
            assertEquals(mark.page(), start.page(), "the long note does not start on its reference's page");
            // The note's text runs on to the next page, where a rule across its column stands over it.
            int next = mark.page() + 1;
            float noteSize = start.size();
            List<Glyph> continued = glyphs.stream().filter(g -> g.page() == next && Math.abs(g.size() - noteSize) < 0.01f
                    && (chinese ? !latin(g) : latin(g))).toList();
            assertFalse(continued.isEmpty(), "the long note does not go on on page " + next);
            float top = (float) continued.stream().mapToDouble(Glyph::y).max().orElseThrow();
            float columnLeft = (float) continued.stream().mapToDouble(Glyph::x).min().orElseThrow();
            List<PdfRules.Rule> over = rules.stream().filter(r -> r.page() == next && r.y() > top
                    && Math.abs(r.left() - columnLeft) < 25).toList();
            assertFalse(over.isEmpty(), "no rule over the continued note on page " + next + ": " + rules);
            float longest = (float) over.stream().mapToDouble(PdfRules.Rule::length).max().orElseThrow();
            // A page's own notes stand under a short rule.
            float shortest = (float) rules.stream().filter(r -> Math.abs(r.left() - columnLeft) < 25)
                    .mapToDouble(PdfRules.Rule::length).min().orElseThrow();
            assertTrue(longest > 2.5f * shortest, "the continuation rule (" + longest
                    + ") is not longer than a page's own (" + shortest + ")");
            float lowestText = lowestBody(glyphs, next, columnLeft - 25, columnLeft + 25 + longest);
            assertTrue(top < lowestText, "the continued note stands above the text of page " + next);
        }
    }

    @Test
    void keepsEndnotesAfterTheChapterWhenAsked() throws Exception {
        Path pdf = write(NoteBooks.book(8, -1, 0), Layout.SIDE_BY_SIDE, NotePlacement.ENDNOTES, Paper.A4);
        List<Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        List<Glyph> heading = PdfGlyphs.occurrences(glyphs, "注释").get(0);
        for (int k = 0; k < 8; k++) {
            Glyph note = noteOpening(glyphs, NoteBooks.chineseNote(k)).get(0);
            Glyph lastText = PdfGlyphs.occurrences(glyphs, NoteBooks.englishToken(7)).get(0).get(0);
            assertTrue(note.page() > lastText.page() || note.y() < lastText.y(), "an endnote before the text's end");
            assertTrue(note.page() > heading.get(0).page() || note.y() < heading.get(0).y(),
                    "an endnote before the notes heading");
        }
        assertEquals(new ArrayList<>(), footnoteRules(pdf, Paper.A4), "endnotes have no footnote rules");
    }
}
