package press.duet.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static List<String> translations(String chinese) {
        Lexicon lexicon = Lexicon.bundled();
        List<String> words = new ArrayList<>();
        for (int id : lexicon.translations(chinese)) {
            words.add(lexicon.word(id));
        }
        return words;
    }

    private static boolean shares(String chinese, String english) {
        Lexicon lexicon = Lexicon.bundled();
        int[] zh = lexicon.translations(chinese);
        return Arrays.stream(lexicon.englishWords(english)).anyMatch(id -> Arrays.binarySearch(zh, id) >= 0);
    }

    @Test
    void findsSimplifiedAndTraditionalHeadwords() {
        assertTrue(translations("图书馆").contains(EnglishWords.stem("library")));
        assertTrue(translations("圖書館").contains(EnglishWords.stem("library")));
        assertEquals(translations("图书馆"), translations("圖書館"));
    }

    @Test
    void matchesPluralsAndPastTensesOfTheTranslation() {
        assertTrue(shares("她在图书馆里", "She was in the libraries"));
        assertTrue(shares("他学习", "He studied hard"));
        assertTrue(shares("山", "The mountains were high"));
        assertFalse(shares("山", "The river was wide"));
    }

    @Test
    void matchesNamesByPinyinAndWadeGiles() {
        assertTrue(shares("子貢問曰", "Tsze-kung asked"));
        assertTrue(shares("子贡问", "Zigong asked"));
        assertTrue(shares("顏淵", "Yen Yuan said"));
        assertTrue(shares("孔子", "Confucius said"));
        assertFalse(shares("子貢", "Yen Yuan said"));
    }

    @Test
    void leavesFunctionWordsOut() {
        Lexicon lexicon = Lexicon.bundled();
        assertEquals(0, lexicon.englishWords("the of and to was were it is").length);
        assertEquals(-1, lexicon.wordNumber("the"));
    }

    @Test
    void cutsTextIntoDictionaryWordsByLongestMatch() {
        Lexicon lexicon = Lexicon.bundled();
        // 图书馆 is one word, not 图 + 书 + 馆; characters no headword starts (punctuation) are skipped.
        assertEquals(1, lexicon.entries("图书馆。").length);
        assertEquals(0, lexicon.entries("。，ABC").length);
    }
}
