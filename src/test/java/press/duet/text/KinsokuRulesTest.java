package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KinsokuRulesTest {
    @Test
    void forbidsClosingPunctuationAtTheStartOfALine() {
        for (char c : "，。、；：？！）》」』】".toCharArray()) {
            assertFalse(KinsokuRules.mayStartLine(c), "may start a line: " + c);
            assertFalse(KinsokuRules.mayBreakBetween('字', c), "break allowed before " + c);
        }
    }

    @Test
    void forbidsOpeningPunctuationAtTheEndOfALine() {
        for (char c : "（《「『【“‘".toCharArray()) {
            assertFalse(KinsokuRules.mayEndLine(c), "may end a line: " + c);
            assertFalse(KinsokuRules.mayBreakBetween(c, '字'), "break allowed after " + c);
        }
    }

    @Test
    void allowsABreakBetweenTwoHanCharacters() {
        assertTrue(KinsokuRules.mayBreakBetween('春', '天'));
    }

    @Test
    void allowsABreakAfterACommaBeforeAHanCharacter() {
        assertTrue(KinsokuRules.mayBreakBetween('，', '天'));
    }

    @Test
    void neverBreaksInsideALatinWord() {
        assertFalse(KinsokuRules.mayBreakBetween('o', 'r'));
    }

    @Test
    void breaksAfterASpaceAndAtAScriptBoundary() {
        assertTrue(KinsokuRules.mayBreakBetween(' ', 'w'));
        assertTrue(KinsokuRules.mayBreakBetween('B', '电'));
        assertTrue(KinsokuRules.mayBreakBetween('书', 'P'));
    }

    @Test
    void breaksAfterAHyphenBetweenLetters() {
        assertTrue(KinsokuRules.mayBreakBetween('-', 'b'));
        assertFalse(KinsokuRules.mayBreakBetween('-', '1'));
    }

    @Test
    void breaksAfterADashBeforeAWordOrANumberButNeverBeforeIt() {
        assertTrue(KinsokuRules.mayBreakBetween('\u2014', 'w'), "after an em dash");
        assertTrue(KinsokuRules.mayBreakBetween('\u2013', '9'), "after the en dash of a range, 1850–1927");
        assertFalse(KinsokuRules.mayBreakBetween('d', '\u2014'), "a dash never starts a line");
        assertFalse(KinsokuRules.mayBreakBetween('\u2014', '\u2014'), "a two-em dash stays whole");
        assertFalse(KinsokuRules.mayBreakBetween('\u2014', ','));
    }
}
