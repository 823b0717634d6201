package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlTest {
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
