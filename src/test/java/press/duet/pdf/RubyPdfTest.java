package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.BilingualText;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfGlyphs.Glyph;

/**
 * Ruby read back with PDFBox: each reading stands above its base, centred over it, never overlapping the
 * next reading on its line nor the line above, in a paragraph where every character carries a reading
 * wider than itself (so the bases must be spaced) and some readings span two characters.
 */
class RubyPdfTest {
    /** Bases and readings: single characters with long pinyin, and two two-character bases. */
    private static final String[][] RUBY = {{"床", "chuáng"}, {"前", "qián"}, {"明月", "míngyuè"}, {"光", "guāng"},
            {"疑", "yí"}, {"是", "shì"}, {"地", "dì"}, {"上", "shàng"}, {"霜", "shuāng"}, {"舉頭", "jǔtóu"},
            {"望", "wàng"}, {"莊", "zhuāng"}, {"窗", "chuāng"}, {"雙", "shuāng"}};
    private static final int REPEATS = 4;

    @TempDir
    Path folder;

    private static Book book() {
        List<Inline> zh = new ArrayList<>();
        for (int r = 0; r < REPEATS; r++) {
            for (String[] ruby : RUBY) {
                zh.add(new Inline.Ruby(ruby[0], ruby[1]));
            }
            zh.add(new Inline.Text("，"));
        }
        zh.add(new Inline.Text("低頭思故鄉。"));
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANT, "靜夜思"), new Segment(Lang.EN, "Night Thoughts"));
        Pair pair = new Pair(new Segment(Lang.ZH_HANT, List.of(new Para(Para.Form.PARAGRAPH, zh, SourceLine.NONE))),
                new Segment(Lang.EN, "Before my bed the moonlight lies so bright that it could be frost upon the ground; "
                        + "I raise my head to the bright moon, and lower it to think of home."));
        return new Book(new Metadata(title, List.of(), null, null, null, Lang.ZH_HANT, Lang.ZH_HANT),
                List.of(new Chapter(title, List.of(pair, pair))));
    }

    @org.junit.jupiter.api.Test
    void setsTheRubyOfAMarkdownTextAboveItsTraditionalBasesWithItsNotesOnTheirPages() throws Exception {
        Book book = press.duet.structure.Structurer.structure(List.of(press.duet.read.Readers.read(
                Path.of("src/test/resources/press/duet/pdf/analects-ruby.md"), null, null))).book();
        Path pdf = folder.resolve("analects.pdf");
        assertEquals(List.of(), new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().paper(Paper.A5).modified(Instant.parse("2025-03-08T00:00:00Z")).build(), pdf));
        List<Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        // 學 under xué, in the Traditional face; the reading above it and centred over it.
        Glyph base = PdfGlyphs.occurrences(glyphs, "「學而").get(0).get(1);
        List<Glyph> reading = PdfGlyphs.occurrences(glyphs, "xué").get(0);
        assertTrue(base.font().contains("NotoSerifTC"), base.toString());
        assertEquals(base.page(), reading.get(0).page());
        assertTrue(reading.get(0).y() > base.y() + base.size() * 0.85f, reading + " over " + base);
        float centre = (reading.get(0).x() + reading.getLast().x() + reading.getLast().width()) / 2;
        assertTrue(Math.abs(centre - (base.x() + base.width() / 2)) < 0.6f, reading + " over " + base);
        // The emphasis of 君子 is dotted, two dots under the two characters.
        List<Glyph> junzi = PdfGlyphs.occurrences(glyphs, "君子乎").get(0);
        List<PdfGlyphs.Dot> dots = PdfGlyphs.dots(pdf);
        for (Glyph glyph : junzi.subList(0, 2)) {
            assertTrue(dots.stream().anyMatch(d -> d.page() == glyph.page() && Math.abs(d.x() - glyph.x()
                    - glyph.width() / 2) < 0.5f && d.y() < glyph.y()), "no dot under " + glyph);
        }
        // Each note on the page of its reference: 說's note and Legge's note on the first saying.
        Glyph chineseNote = PdfGlyphs.occurrences(glyphs, "說，讀作").get(0).get(0);
        Glyph englishNote = PdfGlyphs.occurrences(glyphs, "Thecharacter").get(0).get(0);
        assertEquals(base.page(), chineseNote.page());
        assertEquals(base.page(), englishNote.page());
        assertTrue(chineseNote.x() < englishNote.x() && chineseNote.y() < base.y());
    }

    /** A reading as drawn: its glyphs' extent and baseline. */
    private record Reading(String text, int page, float left, float right, float y) {
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"SIDE_BY_SIDE", "INTERLEAVED", "ZH"})
    void setsEachReadingAboveItsBaseWithoutOverlappingItsNeighbours(Layout layout) throws Exception {
        Path pdf = folder.resolve("ruby.pdf");
        List<String> warnings = new PdfWriter().write(book(), Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().layout(layout).paper(Paper.A5).modified(Instant.parse("2025-03-08T00:00:00Z"))
                        .build(), pdf);
        assertEquals(List.of(), warnings);
        List<Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        // The readings are the small Latin glyphs; the bases the Traditional face's glyphs at body size.
        List<Glyph> small = glyphs.stream().filter(g -> g.size() < 7 && g.font().contains("Literata")).toList();
        List<Glyph> bases = glyphs.stream().filter(g -> g.size() >= 9.5f && g.size() <= 11
                && g.font().contains("NotoSerifTC")).toList();
        int s = 0;
        int b = 0;
        List<Reading> readings = new ArrayList<>();
        for (int pair = 0; pair < 2; pair++) {
            for (int r = 0; r < REPEATS; r++) {
                for (String[] ruby : RUBY) {
                    String reading = ruby[1];
                    List<Glyph> drawn = small.subList(s, s + reading.length());
                    s += reading.length();
                    assertEquals(reading, String.join("", drawn.stream().map(Glyph::text).toList()));
                    while (!bases.get(b).text().equals(ruby[0].substring(0, 1))) {
                        b++;
                    }
                    Glyph first = bases.get(b);
                    Glyph last = bases.get(b + ruby[0].length() - 1);
                    b += ruby[0].length();
                    Reading set = new Reading(reading, drawn.get(0).page(), drawn.get(0).x(),
                            drawn.getLast().x() + drawn.getLast().width(), drawn.get(0).y());
                    String what = layout + ": " + reading + " over " + ruby[0];
                    assertEquals(first.page(), set.page(), what + " on another page");
                    // Above the base: the reading's descenders clear the top of the base's square.
                    assertTrue(set.y() - drawn.get(0).size() * 0.25f > first.y() + first.size() * 0.85f,
                            what + " is not above its base: " + set + " " + first);
                    if (last.y() == first.y()) {
                        float centre = (first.x() + last.x() + last.width()) / 2;
                        assertTrue(Math.abs((set.left() + set.right()) / 2 - centre) < 0.6f,
                                what + " is not centred over its base: " + set + " " + first + " " + last);
                    }
                    readings.add(set);
                }
                b++; // the comma
            }
        }
        for (int i = 1; i < readings.size(); i++) {
            Reading before = readings.get(i - 1);
            Reading after = readings.get(i);
            if (before.page() == after.page() && before.y() == after.y()) {
                assertTrue(before.right() <= after.left() + 0.05f, layout + ": " + before + " overlaps " + after);
            }
        }
        // Each reading stays clear of the line above it: below that line's emphasis-dot depth.
        for (Reading reading : readings) {
            float top = reading.y() + 5.25f * 0.95f;
            float above = (float) bases.stream().filter(g -> g.page() == reading.page() && g.y() > reading.y())
                    .mapToDouble(Glyph::y).min().orElse(Float.MAX_VALUE);
            assertTrue(top < above - 10.5f * 0.3f, layout + ": " + reading + " runs into the line above at " + above);
        }
    }
}
