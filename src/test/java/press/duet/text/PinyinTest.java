package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PinyinTest {
    @Test
    void readsALineOfTonedSyllablesAsAReading() {
        assertTrue(Pinyin.isReadingLine("rén zhī chū , xìnɡ běn shàn 。"));
        assertTrue(Pinyin.isReadingLine("  sān zì jīnɡ  "));
    }

    @Test
    void leavesProseAndUntonedWordsAlone() {
        assertFalse(Pinyin.isReadingLine("Men at their birth are naturally good."));
        assertFalse(Pinyin.isReadingLine("ren zhi chu xing ben shan"));
        assertFalse(Pinyin.isReadingLine("人之初，性本善。"));
        assertFalse(Pinyin.isReadingLine("Café society — “rén” is a word."));
    }

    /** Tones written as combining marks after plain letters are tones too. */
    @Test
    void readsCombiningToneMarks() {
        assertTrue(Pinyin.isReadingLine("re\u0301n zhi\u0304 chu\u0304"));
    }

    /**
     * The quick test before normalising claims that no character outside U+00C0–U+1FFF is a tone mark
     * or decomposes into one: every code point outside is decomposed here, and every one inside that
     * holds a mark must be reported.
     */
    @Test
    void theQuickTestMissesNoCharacterThatDecomposesIntoAToneMark() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            String text = new String(Character.toChars(cp));
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
            boolean marked = decomposed.chars().anyMatch(c -> c == 0x300 || c == 0x301 || c == 0x30C || c == 0x304 || c == 0x308);
            if (marked) {
                assertTrue(Pinyin.mayHoldToneMark("a" + text + "b"), "U+" + Integer.toHexString(cp));
            }
        }
        assertFalse(Pinyin.mayHoldToneMark("The Master said, ‘Is it not pleasant?’ — 子曰：学而时习之。"));
    }
}
