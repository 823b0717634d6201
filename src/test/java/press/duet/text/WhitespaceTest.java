package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void turnsTypographicSpacesBetweenWordsIntoOrdinarySpaces() {
        assertEquals("The Conference has drawn up", Whitespace.tidy("The Conference has drawn\u2002up"));
    }

    @Test
    void collapsesRunsOfSpacesAndTrimsTheEnds() {
        assertEquals("a b", Whitespace.tidy("  a \t  b  "));
    }

    @Test
    void dropsTheIdeographicIndentOfAChineseParagraph() {
        assertEquals("春天来了。", Whitespace.tidy("\u3000\u3000春天来了。"));
    }

    /** Tidy returns a text that needs nothing as it is; it must never miss one that does. */
    @Test
    void givesWhatCollapsingGivesForEveryMixOfSpacesAndText() {
        char[] alphabet = {' ', ' ', '\t', '\u2002', '\u202F', '\u205F', '\u3000', '\u00A0', 'a', 'b', '春', '\n'};
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(Whitespace.collapse(text.toString()), Whitespace.tidy(text.toString()), text.toString());
        }
    }

    @Test
    void keepsNoBreakSpaces() {
        assertEquals("10\u00A0km", Whitespace.tidy("10\u00A0km"));
    }
}
