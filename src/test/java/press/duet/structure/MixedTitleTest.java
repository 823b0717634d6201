package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.duet.model.BilingualText;
import press.duet.model.Lang;

/** A title line holding both languages is cut in two whichever comes first; a Chinese title opening with a name is not. */
class MixedTitleTest {
    private static BilingualText split(String line) {
        return ChapterSplitter.splitMixed(line, Lang.ZH_HANS);
    }

    private static void assertCut(String line, String zh, String en) {
        BilingualText both = split(line);
        assertEquals(zh, both.zh() == null ? null : both.zh().text(), line);
        assertEquals(en, both.en() == null ? null : both.en().text(), line);
    }

    @Test
    void chineseFirst() {
        assertCut("夜市 The Night Market", "夜市", "The Night Market");
        assertCut("第一章 春 Chapter 1 Spring", "第一章 春", "Chapter 1 Spring");
    }

    @Test
    void englishFirstPhraseWithAFunctionWord() {
        assertCut("The Night Market 夜市", "夜市", "The Night Market");
        assertCut("A Letter from an Unknown Woman 一个陌生女人的来信", "一个陌生女人的来信", "A Letter from an Unknown Woman");
    }

    @Test
    void englishFirstOfFourWordsOrSetApart() {
        assertCut("Lanterns Over Quiet Water 静水灯影", "静水灯影", "Lanterns Over Quiet Water");
        assertCut("Greetings | 问候", "问候", "Greetings");
        assertCut("Night Markets — 夜市", "夜市", "Night Markets");
    }

    @Test
    void traditionalChineseIsCutToo() {
        BilingualText both = ChapterSplitter.splitMixed("The Old Bridge 舊橋", Lang.ZH_HANT);
        assertEquals("舊橋", both.zh().text());
        assertEquals(Lang.ZH_HANT, both.zh().lang());
        assertEquals("The Old Bridge", both.en().text());
    }

    @Test
    void aChineseTitleOpeningWithANameStaysWhole() {
        BilingualText whole = split("Apple Watch 新功能介绍");
        assertNull(whole.en(), "cut: " + whole);
        assertEquals("Apple Watch 新功能介绍", whole.zh().text());
    }

    @Test
    void oneEnglishWordWithoutASeparatorStaysWhole() {
        for (String line : new String[] {"Spring 春天", "春天 Spring"}) {
            BilingualText whole = split(line);
            assertTrue(whole.zh() == null || whole.en() == null, "cut: " + line);
        }
    }
}
