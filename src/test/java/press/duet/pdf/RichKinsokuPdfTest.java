package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Note;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.PdfGlyphs;
import press.duet.text.KinsokuRules;
import press.duet.text.Scripts;

/**
 * Chinese paragraphs whose words change face at every turn (emphasis, strong, code, Latin names, note
 * numbers, superscripts) set in a PDF: the clreq rules hold across every change of run.
 */
class RichKinsokuPdfTest {
    @TempDir
    Path folder;

    /** Random Chinese paragraphs, each word in a random run and often followed by punctuation. */
    private static Book book(long seed, int pairs) {
        Random random = new Random(seed);
        String han = "春夏秋冬山水天地人和风花雪月";
        String[] names = {"Li Bai", "EPUB", "Duet", "Tang", "2025"};
        String closing = "，。、；：？！）》」";
        String opening = "（《「";
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            List<Inline> content = new ArrayList<>();
            for (int w = 0; w < 40; w++) {
                if (random.nextInt(6) == 0) {
                    content.add(new Inline.Text(String.valueOf(opening.charAt(random.nextInt(opening.length())))));
                }
                StringBuilder word = new StringBuilder();
                boolean latin = random.nextInt(4) == 0;
                if (latin) {
                    word.append(names[random.nextInt(names.length)]);
                } else {
                    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                        word.append(han.charAt(random.nextInt(han.length())));
                    }
                }
                List<Inline> words = List.of(new Inline.Text(word.toString()));
                content.add(switch (random.nextInt(6)) {
                    case 0 -> new Inline.Styled(Inline.Style.EMPHASIS, words);
                    case 1 -> new Inline.Styled(Inline.Style.STRONG, words);
                    case 2 -> latin ? new Inline.Code(word.toString()) : new Inline.Text(word.toString());
                    case 3 -> new Inline.Styled(Inline.Style.SUPERSCRIPT, words);
                    default -> new Inline.Text(word.toString());
                });
                if (random.nextInt(8) == 0) {
                    content.add(new Inline.NoteRef(new Note("n", List.of(Para.plain("注。")))));
                }
                if (random.nextInt(3) == 0) {
                    content.add(new Inline.Text(String.valueOf(closing.charAt(random.nextInt(closing.length())))));
                }
            }
            content.add(new Inline.Text("。"));
            blocks.add(new Pair(new Segment(Lang.ZH_HANS, List.of(new Para(Para.Form.PARAGRAPH, content, SourceLine.NONE))),
                    new Segment(Lang.EN, "Pair " + p + ".")));
        }
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "换面"), new Segment(Lang.EN, "Faces"));
        return new Book(new Metadata(title, List.of(), null, null, null, Lang.ZH_HANS, Lang.ZH_HANS),
                List.of(new Chapter(title, blocks)));
    }

    private Path write(Book book, Layout layout) {
        Path target = folder.resolve(layout.cliName() + ".pdf");
        new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), PdfOptions.builder().layout(layout)
                .modified(Instant.parse("2025-03-08T00:00:00Z")).build(), target);
        return target;
    }

    @Test
    void noChineseLineStartsWithClosingPunctuationOrEndsWithOpeningAcrossFaces() throws Exception {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Layout layout : List.of(Layout.SIDE_BY_SIDE, Layout.ZH)) {
            Path pdf = write(book(5, 60), layout);
            for (String text : drawnLines(PdfGlyphs.glyphs(pdf))) {
                if (text.codePoints().noneMatch(Scripts::isHan)) {
                    continue;
                }
                checked++;
                if (!KinsokuRules.mayStartLine(text.codePointAt(0)) || !KinsokuRules.mayEndLine(text.codePointBefore(text.length()))) {
                    violations.add(layout + ": " + text);
                }
            }
        }
        assertTrue(checked > 300, "too few Chinese lines to judge: " + checked);
        assertEquals(List.of(), violations, violations.size() + " kinsoku violations");
    }

    /**
     * The lines as drawn: each line's glyphs go left to right, raised and smaller runs among them, so a
     * glyph left of the one before starts a line (a baseline test would split off the raised runs).
     */
    private static List<String> drawnLines(List<PdfGlyphs.Glyph> glyphs) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        PdfGlyphs.Glyph previous = null;
        for (PdfGlyphs.Glyph glyph : glyphs) {
            if (previous != null && (glyph.page() != previous.page() || glyph.x() < previous.x() - 1)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(glyph.text());
            previous = glyph;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void aQuarterEmStandsWhereALatinRunMeetsChineseInAnotherFace() throws Exception {
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.glyphs(write(book(6, 30), Layout.ZH));
        int changes = 0;
        List<String> tight = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) {
            PdfGlyphs.Glyph before = glyphs.get(i - 1);
            PdfGlyphs.Glyph after = glyphs.get(i);
            boolean sameLine = before.page() == after.page() && Math.abs(before.y() - after.y()) < 0.5f;
            int a = before.text().codePointAt(0);
            int b = after.text().codePointAt(0);
            boolean hanLatin = (Scripts.isHan(a) && Character.isLetter(b) && b < 0x2000)
                    || (Character.isLetter(a) && a < 0x2000 && Scripts.isHan(b));
            // Same baseline and size: not a raised note number or superscript, which sit against their word.
            if (!sameLine || !hanLatin || before.size() != after.size() || before.font().equals(after.font())) {
                continue;
            }
            changes++;
            float gap = after.x() - (before.x() + before.width());
            if (gap < before.size() * 0.25f - 0.3f) {
                tight.add(before.text() + after.text() + " gap " + gap);
            }
        }
        assertTrue(changes > 50, "too few changes of face between Chinese and Latin: " + changes);
        assertEquals(List.of(), tight);
    }
}
