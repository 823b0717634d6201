package press.duet.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class TrueTypeFaceTest {
    private static Set<Integer> characters(String text) {
        Set<Integer> set = new TreeSet<>();
        text.codePoints().forEach(set::add);
        return set;
    }

    private static TrueTypeFont parse(byte[] ttf) throws IOException {
        return new TTFParser(true).parse(new RandomAccessReadBuffer(ttf));
    }

    @Test
    void keepsExactlyTheGlyphsOfTheGivenCharactersPlusNotdef() throws IOException {
        Set<Integer> wanted = characters("春眠不觉晓，处处闻啼鸟。");
        byte[] subset = TrueTypeFace.bundled(FontRole.CHINESE_REGULAR).subset(wanted);
        TrueTypeFont font = parse(subset);
        assertEquals(wanted.size() + 1, font.getNumberOfGlyphs());
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int cp : wanted) {
            assertTrue(cmap.getGlyphId(cp) != 0, "lost " + Character.toString(cp));
        }
        assertEquals(0, cmap.getGlyphId('夏'));
        assertTrue(subset.length < 20_000, subset.length + " bytes for 12 characters");
    }

    @Test
    void writesTheSameBytesForTheSameCharactersWhateverTheirOrder() {
        TrueTypeFace literata = TrueTypeFace.bundled(FontRole.LATIN_REGULAR);
        byte[] once = literata.subset(characters("Spring arrives slowly"));
        byte[] again = literata.subset(new java.util.HashSet<>(characters("slowly arrives Spring")));
        assertArrayEquals(once, again);
    }

    @Test
    void knowsWhichCharactersEachBundledFaceCovers() {
        assertTrue(TrueTypeFace.bundled(FontRole.CHINESE_BOLD).covers('龙'));
        assertFalse(TrueTypeFace.bundled(FontRole.LATIN_REGULAR).covers('龙'));
        assertTrue(TrueTypeFace.bundled(FontRole.LATIN_ITALIC).covers('é'));
        assertFalse(TrueTypeFace.bundled(FontRole.CHINESE_REGULAR).covers(0x1F701));
    }

    @Test
    void rejectsAFileThatIsNoFontNamingIt() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrueTypeFace.of("notes.txt", "not a font at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().startsWith("notes.txt: "), e.getMessage());
    }
}
