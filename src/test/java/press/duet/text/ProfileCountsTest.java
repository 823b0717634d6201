package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.testing.RandomPieces;

/**
 * Holds {@link LanguageIdentifier#profile}'s counts to the plain reading of every code point that its
 * loop short-cuts for ASCII: random texts of ASCII, Han characters (simplified-only and
 * traditional-only among them), readings in brackets, kana, Hangul, typographic spaces and surrogate
 * pairs, without web addresses (whose letters the profile counts apart).
 */
class ProfileCountsTest {
    private static final String[] PIECES = {"a", "Z", " ", "\t", "\n", "(", ")", "7", ".", "-", "'", "\u001F",
        "春", "来", "來", "说", "說", "（", "）", "統(tǒng)", "统（tǒng）", "(x)", "か", "カ", "ー", "한", "ᄀ",
        "\u3000", "\u2003", "\u00A0", "é", "ɡ", "ǒ", "𠀀", "😀", "\uD800", "，", "。", "Ａ"};

    @Test
    void asciiHasNoChineseVariety() {
        for (int c = 0; c < 0x80; c++) {
            assertEquals(ChineseVariety.NEITHER, ChineseVariety.kind(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void countsAgreeWithReadingEachCodePoint() {
        Random random = new Random(20261202);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomPieces.text(random, PIECES, 0, 24);
            int[] expected = counts(s);
            LanguageIdentifier.Profile profile = LanguageIdentifier.profile(s);
            String name = s.replace("\n", "\\n");
            assertEquals(expected[0], profile.han(), "han in " + name);
            assertEquals(expected[1], profile.latin(), "latin in " + name);
            assertEquals(expected[2], profile.simplified(), "simplified in " + name);
            assertEquals(expected[3], profile.traditional(), "traditional in " + name);
            assertEquals(expected[4], profile.visible(), "visible in " + name);
            assertEquals(expected[5], profile.kana(), "kana in " + name);
            assertEquals(expected[6], profile.hangul(), "hangul in " + name);
        }
    }

    /** Han, Latin, simplified, traditional, visible, kana and Hangul, one code point at a time. */
    private static int[] counts(String text) {
        int han = 0;
        int latin = 0;
        int simplified = 0;
        int traditional = 0;
        int codePoints = 0;
        int spaces = 0;
        int kana = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int reading = ReadingAnnotations.at(text, i);
            if (reading > 0) {
                i += reading;
                continue;
            }
            codePoints++;
            if (Scripts.isHan(cp)) {
                han++;
            } else if (Scripts.isLatinLetter(cp)) {
                latin++;
            } else if (Character.isWhitespace(cp)) {
                spaces++;
            } else {
                kana += cp >= 0x3041 && cp <= 0x30FF && cp != 0x30FC && cp != 0x30FB || cp >= 0x31F0 && cp <= 0x31FF
                        || cp >= 0xFF66 && cp <= 0xFF9D ? 1 : 0;
                hangul += cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x1100 && cp <= 0x11FF || cp >= 0x3131 && cp <= 0x318E
                        || cp >= 0xFFA0 && cp <= 0xFFDC ? 1 : 0;
            }
            simplified += ChineseVariety.kind(cp) == ChineseVariety.SIMPLIFIED_ONLY ? 1 : 0;
            traditional += ChineseVariety.kind(cp) == ChineseVariety.TRADITIONAL_ONLY ? 1 : 0;
            i += Character.charCount(cp);
        }
        return new int[] {han, latin, simplified, traditional, codePoints - spaces, kana, hangul};
    }
}
