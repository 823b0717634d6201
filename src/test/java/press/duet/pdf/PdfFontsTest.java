package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.SystemFonts;
import press.duet.model.Book;
import press.duet.report.DuetException;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.PdfInspection;

class PdfFontsTest {
    @TempDir
    Path folder;

    private List<String> write(Book book, PdfOptions options, Path target) {
        return new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), options, target);
    }

    private static Book bookWith(String chinese, String english) {
        return Books.of("符号小记\n\nNotes on Signs\n\n" + chinese + "\n\n" + english + "\n");
    }

    @Test
    void setsLatinTextInTheUsersFont() throws Exception {
        Path pdf = folder.resolve("user.pdf");
        List<String> warnings = write(bookWith("雪人站在门口。", "A snowman stands at the door."),
                PdfOptions.builder().latinFont("fonts/Literata-Italic.ttf").build(), pdf);
        assertEquals(List.of(), warnings);
        List<String> names = PdfInspection.fontNames(pdf);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("+Literata-Italic")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.endsWith("+Literata-Regular")), names.toString());
        assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
    }

    @Test
    void rejectsAFontFileThatIsNotThere() {
        DuetException e = assertThrows(DuetException.class, () -> write(bookWith("雪。", "Snow."),
                PdfOptions.builder().chineseFont("nowhere/missing.ttf").build(), folder.resolve("x.pdf")));
        assertEquals("nowhere/missing.ttf: no such font file", e.getMessage());
    }

    @Test
    void borrowsAnInstalledFontForACharacterTheBookFontsLack() throws Exception {
        int king = 0x2654;
        assertFalse(FontSet.bundled().covers(FontRole.LATIN_REGULAR, king), "the test needs a character Literata lacks");
        assertFalse(FontSet.bundled().covers(FontRole.CHINESE_REGULAR, king), "the test needs a character Noto Serif SC lacks");
        Path pdf = folder.resolve("chess.pdf");
        List<String> warnings = write(bookWith("棋盘上只剩一个白王♔。", "Only a white king ♔ is left on the board."),
                PdfOptions.builder().build(), pdf);
        if (SystemFonts.filesWith(king).isEmpty()) {
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("U+2654 ♔ has no glyph"), warnings.get(0));
        } else {
            assertEquals(List.of(), warnings);
            assertTrue(PdfInspection.text(pdf).contains("♔"));
            assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
            List<String> names = PdfInspection.fontNames(pdf);
            assertTrue(names.stream().anyMatch(n -> !n.contains("NotoSerifSC") && !n.contains("Literata")), names.toString());
            byte[] again = java.nio.file.Files.readAllBytes(pdf);
            write(bookWith("棋盘上只剩一个白王♔。", "Only a white king ♔ is left on the board."), PdfOptions.builder().build(), pdf);
            assertTrue(java.util.Arrays.equals(again, java.nio.file.Files.readAllBytes(pdf)), "a borrowed font made the bytes differ");
        }
    }

    @Test
    void reportsACharacterNoFontHasWithWhereItStands() {
        List<String> warnings = write(bookWith("这里有一个私用字\uE000。", "Here is a private character."),
                PdfOptions.builder().build(), folder.resolve("private.pdf"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("U+E000"), warnings.get(0));
        assertTrue(warnings.get(0).contains("chapter 1, pair 1"), warnings.get(0));
    }

    @Test
    void takesAFaceOfAFontCollectionByItsIndex() throws Exception {
        Path collection = folder.resolve("literata.ttc");
        java.nio.file.Files.write(collection, press.duet.testing.FontCollections.collection(
                java.nio.file.Files.readAllBytes(Path.of("fonts/Literata-Regular.ttf")),
                java.nio.file.Files.readAllBytes(Path.of("fonts/Literata-Bold.ttf"))));
        Path pdf = folder.resolve("collection.pdf");
        List<String> warnings = write(bookWith("集子里的第二个字体。", "The second face of a collection."),
                PdfOptions.builder().latinFont(collection + ",1").build(), pdf);
        assertEquals(List.of(), warnings);
        List<String> names = PdfInspection.fontNames(pdf);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("+Literata-Bold")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.endsWith("+Literata-Regular")), names.toString());
        assertTrue(PdfInspection.text(pdf).contains("The second face of a collection."));
    }
}
