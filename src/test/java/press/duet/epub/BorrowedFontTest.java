package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.InstalledFaces;
import press.duet.font.SystemFonts;
import press.duet.model.Book;
import press.duet.pdf.PdfOptions;
import press.duet.pdf.PdfWriter;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.PdfInspection;
import press.duet.testing.ReaderTools;

/**
 * A character neither bundled face has (U+0E3F THAI BAHT SIGN, which DejaVu Serif draws) is taken from
 * an installed font of the same style, serif first as fontconfig orders them, and embedded as a subset
 * in the EPUB as in the PDF, with the font's own notices on the licence page; no warning is left.
 */
class BorrowedFontTest {
    private static final int BAHT = 0x0E3F;
    private static final String TEXT = "渡船小记\n\nA Note on the Ferry\n\n去岛上的渡船要四十泰铢。\n\n"
            + "The ferry to the island cost 40 \u0E3F.\n";

    @TempDir
    Path folder;

    private static InstalledFaces.Found found;

    @BeforeAll
    static void needsAnInstalledFontWithTheCharacter() {
        assertFalse(FontSet.bundled().covers(FontRole.LATIN_REGULAR, BAHT), "the test needs a character Literata lacks");
        assertFalse(FontSet.bundled().covers(FontRole.CHINESE_REGULAR, BAHT), "the test needs a character Noto lacks");
        Optional<InstalledFaces.Found> face = new InstalledFaces().faceFor(BAHT);
        ReaderTools.need(face.isPresent(), "an installed TrueType font with U+0E3F (Debian: fonts-dejavu-core)");
        found = face.get();
    }

    @Test
    void embedsASubsetOfAnInstalledSerifFontForTheCharacter() throws Exception {
        Path epub = folder.resolve("ferry.epub");
        List<String> warnings = new EpubWriter().write(Books.of(TEXT), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).build(), epub);
        assertEquals(List.of(), warnings, "an embedded character is no longer missing");

        String opf = EpubEntries.text(epub, "OEBPS/content.opf");
        String href = "fonts/borrowed-" + Path.of(found.file()).getFileName();
        assertTrue(opf.contains("href=\"" + href + "\" media-type=\"font/ttf\""), opf);
        byte[] subset = EpubEntries.bytes(epub, "OEBPS/" + href);
        assertNotNull(subset, EpubEntries.names(epub).toString());
        TrueTypeFont font = new TTFParser(true).parse(new RandomAccessReadBuffer(subset));
        assertTrue(font.getUnicodeCmapLookup().getGlyphId(BAHT) != 0, "the subset maps the character");
        assertTrue(font.getNumberOfGlyphs() <= 4, font.getNumberOfGlyphs() + " glyphs: the subset holds more than it draws");

        String css = EpubEntries.text(epub, "OEBPS/styles/fonts.css");
        assertTrue(css.contains("unicode-range: U+0E3F;"), css);
        assertTrue(css.contains("font-family: \"Literata\";\n  font-style: normal;\n  font-weight: normal;\n  src: url(\"../"
                + href + "\")"), css);
        String family = found.face().familyName();
        assertTrue(EpubEntries.text(epub, "OEBPS/colophon.xhtml").contains("drawn from " + family), "the colophon names it");
        assertTrue(EpubEntries.text(epub, "OEBPS/licences.xhtml").contains(family), "the licence page names it");
        EpubCheckResult check = EpubCheckResult.of(epub);
        assertEquals(List.of(), check.problems(), check.toString());
    }

    @Test
    void prefersASerifFaceAsFontconfigOrdersThem() {
        List<String> files = SystemFonts.filesWith(BAHT);
        assertEquals(files.stream().filter(f -> f.endsWith(".ttf")).findFirst().orElseThrow(), found.file(),
                "the first TrueType file in fontconfig's serif order: " + files);
        boolean anySerif = files.stream().anyMatch(f -> Path.of(f).getFileName().toString().matches("(?i).*serif.*"));
        boolean sans = Path.of(found.file()).getFileName().toString().matches("(?i).*sans.*");
        assertFalse(anySerif && sans, "a sans-serif face was taken although a serif one has the character: " + files);
    }

    @Test
    void thePdfTakesTheSameInstalledFace() throws Exception {
        Path pdf = folder.resolve("ferry.pdf");
        Book book = Books.of(TEXT);
        List<String> warnings = new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().build(), pdf);
        assertEquals(List.of(), warnings);
        assertTrue(PdfInspection.text(pdf).contains("\u0E3F"));
        String postscript = found.face().familyName().replace(" ", "");
        List<String> names = PdfInspection.fontNames(pdf);
        assertTrue(names.stream().anyMatch(n -> n.contains(postscript)), postscript + " not among " + names);
        assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
    }

    @Test
    void theSameFontsGiveTheSameBook() throws Exception {
        Path one = folder.resolve("one.epub");
        Path two = folder.resolve("two.epub");
        EpubOptions options = EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).build();
        new EpubWriter().write(Books.of(TEXT), Theme.named("default"), options, one);
        new EpubWriter().write(Books.of(TEXT), Theme.named("default"), options, two);
        assertTrue(Arrays.equals(java.nio.file.Files.readAllBytes(one), java.nio.file.Files.readAllBytes(two)));
    }
}
