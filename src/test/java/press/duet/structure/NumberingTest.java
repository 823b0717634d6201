package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberingTest {
    @Test
    void readsChineseNumbering() {
        assertEquals("第2章 春", Numbering.inDigits("第二章 春"));
        assertEquals("第13回", Numbering.inDigits("第十三回"));
        assertEquals("卷105", Numbering.inDigits("卷一百零五"));
        assertEquals("（20）", Numbering.inDigits("（二十）"));
        assertEquals("3、山", Numbering.inDigits("三、山"));
        // A numeral in running text is a word, not a number.
        assertEquals("一封信", Numbering.inDigits("一封信"));
    }

    @Test
    void readsRomanNumbering() {
        assertEquals("CHAP. 2. The Master", Numbering.inDigits("CHAP. II. The Master"));
        assertEquals("Chapter 14", Numbering.inDigits("Chapter XIV"));
        assertEquals("4. Spring", Numbering.inDigits("IV. Spring"));
        assertEquals("I said", Numbering.inDigits("I said"));
    }

    @Test
    void numberingAnchorsAcrossTheLanguages() {
        assertTrue(Anchors.of("第二章").score(Anchors.of("CHAP. II."), "chap. ii.") < 0);
        assertTrue(Anchors.of("第二章").score(Anchors.of("Chapter 3"), "chapter 3") > 0);
        assertTrue(Anchors.of("（二）山").score(Anchors.of("(2) The mountain"), "(2) the mountain") < 0);
    }
}
