package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.testing.RandomPieces;

class GutenbergFrameTest {
    @Test
    void theFramesLinesPassTheQuickTest() {
        assertTrue(GutenbergFrame.mayOpenFrameLine("*** START OF THE PROJECT GUTENBERG EBOOK THE ANALECTS ***"));
        assertTrue(GutenbergFrame.mayOpenFrameLine(" \t*END*THE SMALL PRINT! FOR PUBLIC DOMAIN EBOOKS"));
        assertTrue(GutenbergFrame.mayOpenFrameLine("End of the Project Gutenberg EBook of The Analects"));
        assertTrue(GutenbergFrame.mayOpenFrameLine("end of project gutenberg's tao te ching"));
        assertFalse(GutenbergFrame.mayOpenFrameLine("The Master said, 'Is it not pleasant to learn?'"));
        assertFalse(GutenbergFrame.mayOpenFrameLine("子曰：学而时习之，不亦说乎？"));
        assertFalse(GutenbergFrame.mayOpenFrameLine("   "));
    }

    /** No line that either pattern matches fails the quick test: lines built from the patterns' own pieces. */
    @Test
    void theQuickTestRefusesNoLineThatAPatternMatches() {
        String[] pieces = {" ", "\t", "\u000B", "\u00A0", "\u3000", "*", "***", "E", "e", "S", "s", "END", "End", "end",
            "START OF ", "start of ", "END OF ", "THE ", "this ", "PROJECT GUTENBERG", "Project Gutenberg", "*END*",
            "THE SMALL PRINT", "of ", "the ", "x", "章"};
        Random random = new Random(7);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = RandomPieces.text(random, pieces, 1, 7);
            boolean matches = GutenbergFrame.START.matcher(text).lookingAt() || GutenbergFrame.END.matcher(text).lookingAt();
            if (matches) {
                matched++;
                assertTrue(GutenbergFrame.mayOpenFrameLine(text), text);
            }
        }
        assertTrue(matched > 100, "the pieces make frame lines: " + matched);
    }
}
