package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Book;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.text.PunctuationStyle;

/** A Traditional Chinese EPUB carries Noto Serif TC, and either variety's stops may follow the other's convention. */
class TraditionalFontsTest {
    private static final String TRADITIONAL = """
            論語選讀

            Selections from the Analects

            學而第一

            Book I

            子曰：「學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？」

            The Master said, "Is it not pleasant to learn with a constant perseverance and application?"

            有子曰：「其為人也孝弟，而好犯上者，鮮矣。」

            The philosopher Yu said, "They are few who, being filial and fraternal, are fond of offending against their superiors."
            """;

    @TempDir
    Path folder;

    private Path write(Book book, PunctuationStyle punctuation) {
        Path target = folder.resolve("book.epub");
        List<String> warnings = new EpubWriter().write(book, Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).punctuation(punctuation).build(), target);
        assertEquals(List.of(), warnings);
        assertEquals(List.of(), EpubCheckResult.of(target).problems());
        return target;
    }

    private static TrueTypeFont font(Path epub, String file) throws IOException {
        byte[] bytes = EpubEntries.bytes(epub, "OEBPS/fonts/" + file);
        return bytes == null ? null : new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
    }

    @Test
    void embedsTheTraditionalFaceForTraditionalTextUnderItsFamilyName() throws Exception {
        Path epub = write(Books.of(TRADITIONAL), null);
        TrueTypeFont tc = font(epub, "NotoSerifTC-Regular.ttf");
        assertNotNull(tc, "no Noto Serif TC in " + EpubEntries.names(epub));
        assertTrue(tc.getUnicodeCmapLookup().getGlyphId('學') != 0);
        assertTrue(tc.getUnicodeCmapLookup().getGlyphId('，') != 0);
        assertNull(font(epub, "NotoSerifSC-Regular.ttf"), "a Traditional book needs no Simplified face");
        String css = EpubEntries.text(epub, "OEBPS/styles/fonts.css");
        assertTrue(css.contains("font-family: \"Noto Serif TC\""), css);
        assertTrue(EpubEntries.names(epub).stream().anyMatch(n -> n.contains("licence") || n.contains("license")));
    }

    @Test
    void drawsATraditionalBooksStopsFromTheSimplifiedFaceWhenMainlandPunctuationIsAsked() throws Exception {
        Path epub = write(Books.of(TRADITIONAL), PunctuationStyle.MAINLAND);
        TrueTypeFont sc = font(epub, "NotoSerifSC-Regular.ttf");
        assertNotNull(sc, "the mainland stops need the Simplified face");
        assertTrue(sc.getUnicodeCmapLookup().getGlyphId('，') != 0);
        assertEquals(0, sc.getUnicodeCmapLookup().getGlyphId('學'), "only the stops come from the Simplified face");
        String css = EpubEntries.text(epub, "OEBPS/styles/fonts.css");
        // The rule that ranges over the stops maps the Traditional family to the Simplified face.
        String rule = css.substring(css.lastIndexOf("@font-face", css.indexOf("unicode-range")));
        rule = rule.substring(0, rule.indexOf('}'));
        assertTrue(rule.contains("\"Noto Serif TC\"") && rule.contains("NotoSerifSC-Regular.ttf") && rule.contains("U+FF0C"), rule);
    }
}
