package press.duet.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import press.duet.text.Pinyin;

/**
 * {@link PageLines#readingFront} gives up at the first character of U+3400–U+9FFF before the reading's
 * stop: it holds that no reading line has one, whichever of those characters it is and wherever it stands.
 */
class ReadingFrontCjkTest {
    private static final String READING = "chūn mián bù jué xiǎo 。";
    private static final String LINE = READING + "In spring I sleep past the dawn.";

    @Test
    void noReadingLineHoldsACharacterOfTheCjkBlocks() {
        assertEquals(READING.strip(), PageLines.readingFront(LINE));
        for (char c = '\u3400'; c <= '\u9FFF'; c++) {
            for (int at : new int[] {0, 5, READING.length() - 2}) {
                String front = READING.substring(0, at) + c + READING.substring(at);
                assertFalse(Pinyin.isReadingLine(front), front);
                assertNull(PageLines.readingFront(front + "In spring I sleep past the dawn."), front);
            }
        }
    }
}
