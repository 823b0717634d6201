package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void keepsNoBreakSpaces() {
        assertEquals("10\u00A0km", Whitespace.tidy("10\u00A0km"));
    }
}
