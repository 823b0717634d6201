package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.model.Book;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.TestTexts;
import press.duet.text.PunctuationStyle;
import press.duet.text.Scripts;

/** Traditional Chinese in the Traditional family's glyphs, and punctuation in either convention. */
class TraditionalChinesePdfTest {
    @TempDir
    Path folder;

    private Path write(Book book, PunctuationStyle punctuation) {
        Path target = folder.resolve("book.pdf");
        PdfOptions options = PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z"))
                .punctuation(punctuation).build();
        assertEquals(List.of(), new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), options, target));
        return target;
    }

    /** Each character drawn, with the base names (subset tag removed) of the fonts it was drawn in. */
    private static Map<String, Set<String>> fontsByCharacter(Path pdf) throws IOException {
        Map<String, Set<String>> fonts = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String name = text.getFont().getName();
                    fonts.computeIfAbsent(text.getUnicode(), k -> new TreeSet<>()).add(name.substring(name.indexOf('+') + 1));
                }
            }.getText(document);
        }
        return fonts;
    }

    private static Book traditional() throws IOException {
        return Books.of(HyphenationPdfTest.read("analects-legge-book1/analects.txt"));
    }

    @Test
    void setsTraditionalChineseInTheTraditionalFace() throws Exception {
        Map<String, Set<String>> fonts = fontsByCharacter(write(traditional(), null));
        int han = 0;
        for (var entry : fonts.entrySet()) {
            int cp = entry.getKey().codePointAt(0);
            if (Scripts.isHan(cp)) {
                han++;
                assertTrue(entry.getValue().stream().allMatch(f -> f.startsWith("NotoSerifTC")),
                        entry.getKey() + " drawn in " + entry.getValue());
            }
        }
        assertTrue(han > 100, "only " + han + " Han characters drawn");
        assertEquals(Set.of("NotoSerifTC-Regular"), fonts.get("。"), "a Traditional book's commas are centred");
    }

    @Test
    void setsSimplifiedChineseInTheSimplifiedFace() throws Exception {
        Map<String, Set<String>> fonts = fontsByCharacter(write(Books.of(TestTexts.ARTICLE), null));
        assertEquals(Set.of("NotoSerifSC-Regular"), fonts.get("图"));
        assertEquals(Set.of("NotoSerifSC-Regular"), fonts.get("，"));
    }

    @Test
    void punctuationFollowsTheConventionChosenForEitherVariety() throws Exception {
        Map<String, Set<String>> centred = fontsByCharacter(write(Books.of(TestTexts.ARTICLE), PunctuationStyle.CENTRED));
        assertEquals(Set.of("NotoSerifTC-Regular"), centred.get("，"));
        assertEquals(Set.of("NotoSerifSC-Regular"), centred.get("图"), "only the punctuation changes family");
        Map<String, Set<String>> mainland = fontsByCharacter(write(traditional(), PunctuationStyle.MAINLAND));
        assertEquals(Set.of("NotoSerifSC-Regular"), mainland.get("。"));
        // 學 is in the chapter title 學而第一 too, which is set bold: the variety, not the weight, is the point.
        assertTrue(mainland.get("學").contains("NotoSerifTC-Regular"), "學 drawn in " + mainland.get("學"));
        assertTrue(mainland.get("學").stream().allMatch(f -> f.startsWith("NotoSerifTC")), "學 drawn in " + mainland.get("學"));
    }
}
