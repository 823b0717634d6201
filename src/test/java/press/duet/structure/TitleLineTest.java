package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The part number, label and series a title line carries, taken off its text. */
class TitleLineTest {
    @Test
    void takesAPartNumberInDigitsOrChineseNumeralsOffTheTitle() {
        HeadParser.TitleLine digits = HeadParser.titleLine("山中来信 [5]");
        assertEquals("山中来信", digits.text());
        assertEquals(5, digits.part());
        HeadParser.TitleLine chinese = HeadParser.titleLine("山中来信（十五）");
        assertEquals("山中来信", chinese.text());
        assertEquals(15, chinese.part());
        HeadParser.TitleLine english = HeadParser.titleLine("Letters from the Mountains (15)");
        assertEquals("Letters from the Mountains", english.text());
        assertEquals(15, english.part());
    }

    @Test
    void leavesBracketsThatHoldNoNumberInTheTitle() {
        HeadParser.TitleLine line = HeadParser.titleLine("山中来信（节选）");
        assertEquals("山中来信（节选）", line.text());
        assertNull(line.part());
    }

    @Test
    void takesAPagesNumberingAGluedPlaceAndARestatementOffTheTitle() {
        assertEquals("The Morning Market 早市", HeadParser.titleLine("No2 The Morning Market 早市").text());
        assertEquals("城里的新图书馆", HeadParser.titleLine("篇一 :城里的新图书馆").text());
        assertEquals("在州议会上的讲话", HeadParser.titleLine("Albany, N.Y.在州议会上的讲话").text());
        assertEquals("Water Law of Ruritania",
                HeadParser.titleLine("Water Law of Ruritania (2019 Revision) [Effective] Water Law of Ruritania").text());
        assertEquals("No Man's Land", HeadParser.titleLine("No Man's Land").text());
    }
}
