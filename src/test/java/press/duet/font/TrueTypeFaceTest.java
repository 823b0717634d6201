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

    @Test
    void keepsCharactersBeyondTheBasicPlaneWithTheirOwnGlyphs() throws IOException {
        TrueTypeFace noto = TrueTypeFace.bundled(FontRole.CHINESE_REGULAR);
        int rare = 0x20087; // 𠂇, a Han character of Extension B that Noto Serif SC draws
        assertTrue(noto.covers(rare));
        Set<Integer> wanted = characters("春天𠂇来了");
        byte[] subset = noto.subset(wanted);
        TrueTypeFont font = parse(subset);
        assertEquals(wanted.size() + 1, font.getNumberOfGlyphs());
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int cp : wanted) {
            int glyph = cmap.getGlyphId(cp);
            assertTrue(glyph != 0, "lost " + Character.toString(cp));
            assertEquals(noto.outline(cp).getBounds2D(), outline(font, glyph).getBounds2D(),
                    "a different glyph for " + Character.toString(cp));
        }
        assertArrayEquals(subset, noto.subset(characters("了来𠂇天春")));
        assertEquals(0xB1B0AFBAL, wholeFontChecksum(subset), "the head table's checksum adjustment is wrong");
    }

    private static java.awt.geom.GeneralPath outline(TrueTypeFont font, int glyph) throws IOException {
        java.awt.geom.GeneralPath path = font.getGlyph().getGlyph(glyph).getPath();
        float scale = 1f / font.getUnitsPerEm();
        path.transform(java.awt.geom.AffineTransform.getScaleInstance(scale, scale));
        return path;
    }

    /** A valid font's 32-bit words, summed with the checksum adjustment in place, give 0xB1B0AFBA. */
    private static long wholeFontChecksum(byte[] font) {
        long sum = 0;
        for (int i = 0; i < font.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < font.length ? font[i + j] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
