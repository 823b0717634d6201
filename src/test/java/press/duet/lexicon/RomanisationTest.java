package press.duet.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RomanisationTest {
    @Test
    void derivesWadeGilesFromPinyin() {
        assertEquals("kung", Romanisation.wadeGiles("gong"));
        assertEquals("tzu", Romanisation.wadeGiles("zi"));
        assertEquals("chih", Romanisation.wadeGiles("zhi"));
        assertEquals("hsueh", Romanisation.wadeGiles("xue"));
        assertEquals("chiang", Romanisation.wadeGiles("jiang"));
        assertEquals("chien", Romanisation.wadeGiles("qian"));
        assertEquals("jen", Romanisation.wadeGiles("ren"));
        assertEquals("kuei", Romanisation.wadeGiles("gui"));
        assertEquals("lo", Romanisation.wadeGiles("luo"));
        assertEquals("ko", Romanisation.wadeGiles("ge"));
        assertEquals("yu", Romanisation.wadeGiles("yu"));
        assertEquals("chu", Romanisation.wadeGiles("ju"));
    }

    @Test
    void spellsANameInPinyinWadeGilesAndTheOlderForm() {
        assertEquals(List.of("zigong", "tzukung", "tszekung"), Romanisation.spellings("Zi3 Gong4"));
        assertEquals(List.of("kongzi", "kungtzu", "kungtsze"), Romanisation.spellings("Kong3 zi3"));
        assertTrue(Romanisation.spellings("Yan2 Yuan1").contains("yenyuan"));
        assertTrue(Romanisation.spellings("Lao3 zi3").contains("laotzu"));
    }

    @Test
    void spellsNothingForSyllablesThatAreNotPinyin() {
        assertEquals(List.of(), Romanisation.spellings("A B zhi4"));
    }
}
