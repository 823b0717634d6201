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

    @Test
    void answersIsCjkFromItsTableAsTheUnicodeBlocksDo() {
        java.util.Set<Character.UnicodeBlock> cjkBlocks = java.util.Set.of(
                Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
                Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS, Character.UnicodeBlock.VERTICAL_FORMS,
                Character.UnicodeBlock.CJK_COMPATIBILITY, Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS,
                Character.UnicodeBlock.HIRAGANA, Character.UnicodeBlock.KATAKANA, Character.UnicodeBlock.BOPOMOFO,
                Character.UnicodeBlock.KANGXI_RADICALS, Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = cp >= 0x2E80 && (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeBlock.of(cp) != null && cjkBlocks.contains(Character.UnicodeBlock.of(cp)));
            if (expected != Scripts.isCjk(cp)) {
                assertEquals(expected, Scripts.isCjk(cp), "U+" + Integer.toHexString(cp));
            }
        }
    }
}
