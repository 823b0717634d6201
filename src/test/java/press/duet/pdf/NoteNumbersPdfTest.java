package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.duet.font.FontSet;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.NoteBooks;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfGlyphs.Glyph;

/**
 * Notes numbered as a reader expects, read back with PDFBox from a chapter whose every pair carries a
 * note on each side: side by side and facing, each language's column counts 1, 2, 3 on its own (a
 * pair's note and its translation's carry one number); interleaved, where both languages share the
 * column, the chapter's notes make one sequence, so no page shows a number twice.
 */
class NoteNumbersPdfTest {
    private static final int PAIRS = 24;

    @org.junit.jupiter.api.io.TempDir
    Path folder;

    private List<Glyph> glyphs(Layout layout, NotePlacement notes) throws Exception {
        Path pdf = folder.resolve(layout + "-" + notes + ".pdf");
        new PdfWriter().write(NoteBooks.book(PAIRS, -1, 0), Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().layout(layout).paper(Paper.A5).notes(notes)
                        .modified(Instant.parse("2025-03-08T00:00:00Z")).build(), pdf);
        return PdfGlyphs.glyphs(pdf);
    }

    /** The page on which a note opens, after the number it is drawn with. */
    private static int notePage(List<Glyph> glyphs, int number, String opening) {
        List<List<Glyph>> found = PdfGlyphs.occurrences(glyphs, number + "." + opening);
        assertEquals(1, found.size(), "the note \"" + opening + "\" numbered " + number + " is drawn "
                + found.size() + " times");
        return found.get(0).get(0).page();
    }

    @ParameterizedTest
    @EnumSource(value = NotePlacement.class)
    void numbersBothLanguagesInOneSequenceWhenTheyShareAColumn(NotePlacement placement) throws Exception {
        List<Glyph> glyphs = glyphs(Layout.INTERLEAVED, placement);
        Map<Integer, Set<Integer>> numbersOnPage = new HashMap<>();
        int previousPage = 0;
        for (int k = 0; k < PAIRS; k++) {
            for (boolean chinese : new boolean[] {true, false}) {
                int number = 2 * k + (chinese ? 1 : 2);
                int page = notePage(glyphs, number, chinese ? NoteBooks.chineseNote(k) : NoteBooks.englishNote(k));
                assertTrue(numbersOnPage.computeIfAbsent(page, p -> new HashSet<>()).add(number));
                assertTrue(page >= previousPage, "note " + number + " stands before the note numbered before it");
                previousPage = page;
            }
        }
        // Nothing else on the pages is numbered as a note: the references are the only ones of each number.
        for (int number = 1; number <= 2 * PAIRS; number++) {
            int k = (number - 1) / 2;
            String token = number % 2 == 1 ? NoteBooks.chineseToken(k) : NoteBooks.englishToken(k);
            assertEquals(1, PdfGlyphs.occurrences(glyphs, token + number).size(), "reference " + number);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "FACING"})
    void numbersEachLanguagesColumnOnItsOwnWhenEachHasOne(Layout layout) throws Exception {
        List<Glyph> glyphs = glyphs(layout, NotePlacement.FOOTNOTES);
        for (int k = 0; k < PAIRS; k++) {
            notePage(glyphs, k + 1, NoteBooks.chineseNote(k));
            notePage(glyphs, k + 1, NoteBooks.englishNote(k));
            assertEquals(1, PdfGlyphs.occurrences(glyphs, NoteBooks.chineseToken(k) + (k + 1)).size());
            assertEquals(1, PdfGlyphs.occurrences(glyphs, NoteBooks.englishToken(k) + (k + 1)).size());
        }
    }
}
