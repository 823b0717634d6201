package press.duet.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/**
 * The bundled themes keep the rules the PDF reads its colours and line heights from, written as the
 * PDF expects them, so that a theme chosen for both editions styles both.
 */
class BundledThemesTest {
    @Test
    void defaultThemeGivesThePdfItsColoursAndLineHeights() {
        Theme theme = Theme.named("default");
        assertEquals(new Color(0x1b1b1b), theme.textColor());
        assertEquals(new Color(0x4f5a66), theme.secondLanguageColor());
        assertEquals(new Color(0x7a1f1f), theme.headingColor());
        assertEquals(1.6f, theme.latinLineHeight());
        assertEquals(1.8f, theme.chineseLineHeight());
    }

    @Test
    void studyThemeGivesThePdfItsOwnGreyBlueAndLooserLines() {
        Theme theme = Theme.named("study");
        assertEquals(new Color(0x1b1b1b), theme.textColor());
        assertEquals(new Color(0x666666), theme.secondLanguageColor());
        assertEquals(new Color(0x1f4e79), theme.headingColor());
        assertEquals(1.65f, theme.latinLineHeight());
        assertEquals(1.9f, theme.chineseLineHeight());
    }
}
