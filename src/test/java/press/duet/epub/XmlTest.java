package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.testing.RandomPieces;

class XmlTest {
    @Test
    void firstSpecialIsTheFirstOfTheFourCharacters() {
        String[] pieces = {"&", "<", ">", "\"", "'", "a", "春", " ", "&amp;", "\uD840\uDC00", "é"};
        Random random = new Random(2026_12_04L);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomPieces.text(random, pieces, 0, 12);
            int expected = s.length();
            for (int i = 0; i < s.length() && expected == s.length(); i++) {
                char c = s.charAt(i);
                expected = c == '&' || c == '<' || c == '>' || c == '"' ? i : expected;
            }
            assertEquals(expected, Xml.firstSpecial(s), s);
        }
    }

    @Test
    void escapesTheFourCharactersWhereverTheyStand() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; 春", Xml.escape("<a href=\"x\"> & 春"));
        assertEquals("Li &amp; Du", Xml.escape("Li & Du"));
        assertEquals("the end &gt;", Xml.escape("the end >"));
        assertEquals("&amp;&amp;", Xml.escape("&&"));
        assertEquals("it's 'quoted'", Xml.escape("it's 'quoted'"));
    }

    @Test
    void textWithNothingToEscapeIsKeptAsItIs() {
        String text = "床前明月光 The moon before my bed";
        assertSame(text, Xml.escape(text));
        assertEquals("", Xml.escape(""));
    }
}
