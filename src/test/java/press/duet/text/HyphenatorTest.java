package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HyphenatorTest {
    private static String hyphenated(String word) {
        int[] points = Hyphenator.english().points(word);
        StringBuilder text = new StringBuilder(word);
        for (int i = points.length - 1; i >= 0; i--) {
            text.insert(points[i], '-');
        }
        return text.toString();
    }

    @Test
    void breaksWordsWhereTexBreaksThem() {
        // As TeX's \showhyphens sets them with the US English patterns.
        assertEquals("hy-phen-ation", hyphenated("hyphenation"));
        assertEquals("su-per-cal-ifrag-ilis-tic-ex-pi-ali-do-cious", hyphenated("supercalifragilisticexpialidocious"));
        assertEquals("al-go-rithm", hyphenated("algorithm"));
        assertEquals("right-eous-ness", hyphenated("righteousness"));
    }

    @Test
    void takesTheExceptionsListOverThePatterns() {
        assertEquals("ta-ble", hyphenated("table"));
        assertEquals("present", hyphenated("present"));
        assertEquals("as-so-ciate", hyphenated("associate"));
    }

    @Test
    void leavesTwoLettersBeforeAndThreeAfterEveryHyphen() {
        for (String word : new String[] {"education", "philosophy", "benevolence", "righteousness", "government"}) {
            for (int point : Hyphenator.english().points(word)) {
                assertEquals(true, point >= Hyphenator.LEFT_MIN && word.length() - point >= Hyphenator.RIGHT_MIN,
                        word + " at " + point);
            }
        }
        assertArrayEquals(new int[0], Hyphenator.english().points("ahead"));
    }

    @Test
    void keepsCapitalisedWordsButNotAcronymsOrWordsWithOtherCharacters() {
        assertEquals("Con-fu-cius", hyphenated("Confucius"));
        assertEquals("UNESCO", hyphenated("UNESCO"));
        assertEquals("Kung-fu", hyphenated("Kung-fu"));
        assertEquals("café", hyphenated("café"));
    }
}
