package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.duet.font.FontSet;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.NoteBooks;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfGlyphs.Glyph;

/**
 * Chinese footnotes are justified on the whole-em grid the body keeps, read back with PDFBox: every
 * line of a Chinese note that ends in a Han character spans a whole number of its ems, so its
 * characters stand in one grid and a full line sets at its natural width. Off the grid (the note's
 * measure less its hanging number, whatever that leaves) each justified line spreads a fraction of
 * an em over its gaps, and the notes of a narrow column look letter-spaced.
 */
class ChineseNotesOnTheGridPdfTest {
    /** The note size: 0.85 of the 10.5 pt body. */
    private static final float NOTE_EM = 10.5f * 0.85f;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"A4", "A5"})
    void setsEachChineseNoteLineOnTheWholeEmGrid(Paper paper) throws Exception {
        Path pdf = folder.resolve(paper + ".pdf");
        new PdfWriter().write(NoteBooks.book(30, -1, 0), Theme.named("default"), FontSet.bundled(), PdfOptions.builder()
                .layout(Layout.SIDE_BY_SIDE).paper(paper).notes(NotePlacement.FOOTNOTES)
                .modified(Instant.parse("2025-03-08T00:00:00Z")).build(), pdf);
        // The note text's Chinese glyphs (reference marks are smaller, the body larger; the running
        // header is above the frame), line by line.
        Map<String, List<Glyph>> lines = new TreeMap<>();
        for (Glyph glyph : PdfGlyphs.glyphs(pdf)) {
            if (glyph.y() < paper.height() - paper.topMargin() && glyph.size() > 7.5f && glyph.size() < 9.5f && !glyph.font().contains("Literata")
                    && !Character.isDigit(glyph.text().codePointAt(0))) {
                lines.computeIfAbsent(glyph.page() + "/" + Math.round(glyph.y()), k -> new ArrayList<>()).add(glyph);
            }
        }
        int checked = 0;
        List<String> offGrid = new ArrayList<>();
        for (var entry : lines.entrySet()) {
            List<Glyph> line = entry.getValue();
            line.sort(Comparator.comparingDouble(Glyph::x));
            Glyph last = line.getLast();
            if (line.size() < 4 || Character.UnicodeScript.of(last.text().codePointAt(0)) != Character.UnicodeScript.HAN) {
                continue;
            }
            float ems = (last.x() + NOTE_EM - line.getFirst().x()) / NOTE_EM;
            if (Math.abs(ems - Math.round(ems)) > 0.05f) {
                offGrid.add(entry.getKey() + ": " + ems + " ems");
            }
            checked++;
        }
        assertTrue(checked >= 40, "only " + checked + " Chinese note lines ending in a Han character");
        assertTrue(offGrid.isEmpty(), offGrid.size() + " of " + checked + " Chinese note lines off the grid: " + offGrid);
    }
}
