package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.PdfGlyphs;
import press.duet.testing.PdfInspection;
import press.duet.testing.PdfPages;
import press.duet.testing.RichBooks;

/** A book with every rich kind, set in every PDF layout and as a handout, read back with PDFBox. */
class RichPdfTest {
    private static final Book BOOK = RichBooks.book();

    @TempDir
    Path folder;

    /** Every layout, and the handout of the two that a class uses most. */
    static Stream<Arguments> editions() {
        List<Arguments> editions = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            editions.add(Arguments.of(layout, false));
        }
        editions.add(Arguments.of(Layout.INTERLEAVED, true));
        editions.add(Arguments.of(Layout.SIDE_BY_SIDE, true));
        return editions.stream();
    }

    private Path write(Layout layout, boolean handout, List<String> warnings) {
        return write(new PdfWriter(), layout, handout, warnings, "rich.pdf");
    }

    private Path write(PdfWriter writer, Layout layout, boolean handout, List<String> warnings, String name) {
        return write(writer, layout, handout, warnings, name, NotePlacement.FOOTNOTES);
    }

    private Path write(PdfWriter writer, Layout layout, boolean handout, List<String> warnings, String name,
                       NotePlacement notes) {
        Path target = folder.resolve(name);
        // The note checks read each chapter from a page of its own, not run on below the one before.
        warnings.addAll(writer.write(BOOK, Theme.named("default"), FontSet.bundled(), PdfOptions.builder().layout(layout)
                .handout(handout).notes(notes).modified(Instant.parse("2025-03-08T00:00:00Z"))
                .chapterStart(ChapterStart.NEW_PAGE).build(), target));
        return target;
    }

    private static boolean showsChinese(Layout layout) {
        return layout != Layout.EN;
    }

    private static boolean showsEnglish(Layout layout) {
        return layout != Layout.ZH;
    }

    /** The font names of every glyph of every place the word is drawn; fails when it is drawn nowhere. */
    private static Set<String> fontsOf(List<PdfGlyphs.Glyph> glyphs, String word) {
        return fontsOf(glyphs, word, "");
    }

    /** The same for the places where {@code word} is followed by {@code after}, whose glyphs are left out. */
    private static Set<String> fontsOf(List<PdfGlyphs.Glyph> glyphs, String word, String after) {
        List<List<PdfGlyphs.Glyph>> found = PdfGlyphs.occurrences(glyphs, word + after);
        assertFalse(found.isEmpty(), "\"" + word + after + "\" is not drawn");
        Set<String> fonts = new TreeSet<>();
        for (List<PdfGlyphs.Glyph> occurrence : found) {
            for (PdfGlyphs.Glyph glyph : occurrence.subList(0, occurrence.size() - after.length())) {
                fonts.add(glyph.font().substring(glyph.font().indexOf('+') + 1));
            }
        }
        return fonts;
    }

    @ParameterizedTest
    @MethodSource("editions")
    void setsEmphasisInItalicAndStrongInBoldFaces(Layout layout, boolean handout) throws Exception {
        Path pdf = write(layout, handout, new ArrayList<>());
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        if (showsEnglish(layout)) {
            assertEquals(Set.of("Literata-Italic"), fontsOf(glyphs, RichBooks.ENGLISH_EMPHASIS));
            // The strong name where it carries its note's number (it also stands unmarked in a quotation).
            // Interleaved, the chapter's notes make one sequence and the English note is its second.
            assertEquals(Set.of("Literata-Bold"), fontsOf(glyphs, RichBooks.ENGLISH_STRONG,
                    layout == Layout.INTERLEAVED ? "2" : "1"));
            assertEquals(Set.of("JetBrainsMono-Regular"), fontsOf(glyphs, "moon.rise()"));
            assertEquals(Set.of("Literata-Regular"), fontsOf(glyphs, "is one of the best-known poems of"));
        }
        if (showsChinese(layout)) {
            assertEquals(Set.of("NotoSerifSC-Bold"), fontsOf(glyphs, RichBooks.CHINESE_STRONG, "1"));
            // Chinese emphasis is not slanted: the regular face, marked with dots.
            assertEquals(Set.of("NotoSerifSC-Regular"), fontsOf(glyphs, RichBooks.CHINESE_EMPHASIS));
        }
        assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
    }

    @ParameterizedTest
    @MethodSource("editions")
    void marksChineseEmphasisWithADotUnderEachCharacter(Layout layout, boolean handout) throws Exception {
        Path pdf = write(layout, handout, new ArrayList<>());
        List<PdfGlyphs.Dot> dots = PdfGlyphs.dots(pdf);
        if (!showsChinese(layout)) {
            assertEquals(List.of(), dots, "dots without Chinese emphasis");
            return;
        }
        List<PdfGlyphs.Glyph> emphasized = PdfGlyphs.occurrences(PdfGlyphs.glyphs(pdf), RichBooks.CHINESE_EMPHASIS).get(0);
        for (PdfGlyphs.Glyph glyph : emphasized) {
            float centre = glyph.x() + glyph.width() / 2;
            assertTrue(dots.stream().anyMatch(d -> d.page() == glyph.page() && Math.abs(d.x() - centre) < 0.5f
                    && d.y() < glyph.y() && d.y() > glyph.y() - glyph.size() * 0.5f), "no dot under " + glyph + ": " + dots);
        }
        // Under the three characters only, not under the book-title marks round them.
        assertEquals(3, dots.size(), dots.toString());
    }

    @ParameterizedTest
    @MethodSource("editions")
    void makesEachLinkAClickableAnnotationOverItsWords(Layout layout, boolean handout) throws Exception {
        Path pdf = write(layout, handout, new ArrayList<>());
        List<PdfGlyphs.Link> links = PdfGlyphs.links(pdf);
        List<String> uris = links.stream().map(PdfGlyphs.Link::uri).toList();
        List<String> expected = new ArrayList<>();
        if (showsChinese(layout)) {
            expected.add(RichBooks.CHINESE_LINK);
        }
        if (showsEnglish(layout)) {
            expected.addAll(List.of(RichBooks.POEM_LINK, RichBooks.MAIL_LINK));
        }
        assertEquals(new TreeSet<>(expected), new TreeSet<>(uris));
        // Each annotation covers glyphs of the linked words as drawn (one annotation per line they take).
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        for (PdfGlyphs.Link link : links) {
            String word = link.uri().equals(RichBooks.POEM_LINK) ? "online"
                    : link.uri().equals(RichBooks.MAIL_LINK) ? "the editor" : "这里";
            List<PdfGlyphs.Glyph> drawn = PdfGlyphs.occurrences(glyphs, word).get(0);
            assertTrue(drawn.stream().anyMatch(g -> g.page() == link.page() && g.x() >= link.left() - 0.5f
                    && g.x() < link.right() && g.y() > link.bottom() && g.y() < link.top()), word + " " + drawn + " vs " + link);
        }
    }

    @ParameterizedTest
    @MethodSource("editions")
    void drawsEachFigureOnThePageOfItsCaption(Layout layout, boolean handout) throws Exception {
        List<String> warnings = new ArrayList<>();
        Path pdf = write(layout, handout, warnings);
        List<PdfGlyphs.Picture> pictures = PdfGlyphs.pictures(pdf);
        List<String> pages = PdfPages.texts(pdf).stream().map(t -> t.replaceAll("\\s+", "")).toList();
        String hills = layout == Layout.EN ? RichBooks.PNG_CAPTION_EN : RichBooks.PNG_CAPTION_ZH;
        for (Object[] figure : new Object[][] {{hills, 600, 400}, {RichBooks.JPEG_CAPTION_EN, 900, 300},
                {RichBooks.GIF_CAPTION_EN, 120, 160}}) {
            String caption = ((String) figure[0]).replace(" ", "");
            if (layout == Layout.ZH && caption.equals(RichBooks.JPEG_CAPTION_EN.replace(" ", ""))) {
                caption = "黎明的河";
            }
            List<Integer> captionPages = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains(caption)) {
                    captionPages.add(p + 1);
                }
            }
            assertFalse(captionPages.isEmpty(), "no caption " + caption);
            for (int page : captionPages) {
                assertTrue(pictures.contains(new PdfGlyphs.Picture(page, (int) figure[1], (int) figure[2])),
                        caption + " on page " + page + " without its image: " + pictures);
            }
        }
        assertEquals(3, pictures.stream().map(p -> p.width() + "x" + p.height()).distinct().count(), pictures.toString());
        // The figure without an image and the one in WebP show their alternative text; the WebP one is reported.
        String all = String.join("", pages);
        assertTrue(all.contains(RichBooks.MISSING_ALT.replace(" ", "")), "no alternative text of the missing image");
        assertTrue(all.contains(RichBooks.WEBP_ALT.replace(" ", "")), "no alternative text of the WebP image");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("statue.webp") && warnings.get(0).contains("poems.md:42"), warnings.get(0));
    }

    @ParameterizedTest
    @MethodSource("editions")
    void setsEachNoteInItsChaptersNotesAfterItsNumberedReference(Layout layout, boolean handout) throws Exception {
        Path pdf = write(new PdfWriter(), layout, handout, new ArrayList<>(), "endnotes.pdf", NotePlacement.ENDNOTES);
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.glyphs(pdf);
        String text = String.join("", glyphs.stream().map(PdfGlyphs.Glyph::text).toList());
        List<String[]> notes = new ArrayList<>();
        if (showsChinese(layout)) {
            notes.add(new String[] {RichBooks.CHINESE_STRONG, RichBooks.CHINESE_NOTE, "注释"});
        }
        if (showsEnglish(layout)) {
            notes.add(new String[] {RichBooks.ENGLISH_STRONG.replace(" ", ""), RichBooks.ENGLISH_NOTE.replace(" ", ""),
                    "Notes"});
        }
        // The last: the contents and running headers name the chapter before its title opens it.
        int secondChapter = text.lastIndexOf(layout == Layout.EN ? "Chapter2" : "第二章");
        for (String[] note : notes) {
            // Interleaved, both languages share the column and one sequence: the English note is the second.
            String number = layout == Layout.INTERLEAVED && note[2].equals("Notes") ? "2" : "1";
            int reference = text.indexOf(note[0] + number);
            assertTrue(reference >= 0, "no numbered reference after " + note[0]);
            PdfGlyphs.Glyph mark = PdfGlyphs.occurrences(glyphs, note[0] + number).get(0).getLast();
            // The glyph before the mark: a phrase of two words may turn over between them.
            List<PdfGlyphs.Glyph> occurrence = PdfGlyphs.occurrences(glyphs, note[0] + number).get(0);
            PdfGlyphs.Glyph word = occurrence.get(occurrence.size() - 2);
            assertTrue(mark.size() < word.size() && mark.y() > word.y(), "the mark is not a raised small number: " + mark
                    + " after " + word);
            int heading = text.indexOf(note[2], reference);
            int entry = text.indexOf(number + "." + note[1], reference);
            assertTrue(heading > reference && entry > heading, note[1] + " is not in the notes after its reference");
            assertTrue(entry < secondChapter, "the note is not in its chapter");
        }
        if (showsEnglish(layout)) {
            int chapterTwo = text.lastIndexOf("Chapter2");
            assertTrue(text.indexOf("1." + RichBooks.SECOND_CHAPTER_NOTE.replace(" ", "")) > chapterTwo,
                    "the second chapter's notes start again at 1, after its title");
        }
    }

    @Test
    void setsTheAlternativeTextOfACorruptImageAndSaysWhere() throws Exception {
        press.duet.model.BilingualText title = new press.duet.model.BilingualText(
                new press.duet.model.Segment(press.duet.model.Lang.ZH_HANS, "坏图"),
                new press.duet.model.Segment(press.duet.model.Lang.EN, "Broken"));
        press.duet.model.Figure broken = new press.duet.model.Figure(new press.duet.model.Image("broken.png", "image/png",
                10, 10, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}), "A broken picture", null,
                new press.duet.model.SourceLine("lesson.md", 7));
        Book book = new Book(new press.duet.model.Metadata(title, List.of(), null, null, null,
                press.duet.model.Lang.ZH_HANS, press.duet.model.Lang.ZH_HANS),
                List.of(new press.duet.model.Chapter(title, List.of(broken, new press.duet.model.Pair(
                        new press.duet.model.Segment(press.duet.model.Lang.ZH_HANS, "后面的段落。"),
                        new press.duet.model.Segment(press.duet.model.Lang.EN, "The paragraph after."))))));
        Path target = folder.resolve("broken.pdf");
        List<String> warnings = new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).build(), target);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("lesson.md:7") && warnings.get(0).contains("broken.png"), warnings.get(0));
        String text = PdfInspection.text(target).replaceAll("\\s+", "");
        assertTrue(text.contains("Abrokenpicture") && text.contains("Theparagraphafter."), text);
        assertEquals(List.of(), PdfGlyphs.pictures(target));
    }

    @Test
    void setsTheSameBytesOnOneThreadAsOnTwo() throws Exception {
        for (Layout layout : List.of(Layout.SIDE_BY_SIDE, Layout.FACING)) {
            byte[] threaded = Files.readAllBytes(write(new PdfWriter(), layout, false, new ArrayList<>(), "two.pdf"));
            byte[] alone = Files.readAllBytes(write(PdfWriter.onOneThread(), layout, false, new ArrayList<>(), "one.pdf"));
            assertArrayEquals(threaded, alone, layout + ": the threaded PDF differs from the one-thread PDF");
            byte[] again = Files.readAllBytes(write(new PdfWriter(), layout, false, new ArrayList<>(), "again.pdf"));
            assertArrayEquals(threaded, again, layout + ": two builds differ");
        }
    }
}
