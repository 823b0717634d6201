package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    /** The fast paths for common characters must agree with Unicode's script property everywhere. */
    @Test
    void agreesWithUnicodeOnWhichCharactersAreHan() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (han != Scripts.isHan(cp)) {
                assertEquals(han, Scripts.isHan(cp), String.format("U+%04X", cp));
            }
        }
    }

    @Test
    void agreesWithUnicodeOnWhichCharactersAreLatinLetters() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean latin = Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            if (latin != Scripts.isLatinLetter(cp)) {
                assertEquals(latin, Scripts.isLatinLetter(cp), String.format("U+%04X", cp));
            }
        }
    }

    @Test
    void countsCjkPunctuationAndFullWidthFormsAsCjkButNotLatin() {
        for (char c : "，。、；：？！（）《》「」　々〇ぁア".toCharArray()) {
            assertTrue(Scripts.isCjk(c), "not CJK: " + c);
        }
        for (char c : "a,.;:?!()\"' é—“”".toCharArray()) {
            assertFalse(Scripts.isCjk(c), "CJK: " + c);
        }
    }
}
