package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.duet.text.LanguageIdentifier;

class LengthModelTest {
    private static final LengthModel MODEL = new LengthModel(3.0, LengthModel.DEFAULT_VARIANCE);

    @Test
    void trustsALongParagraphTenPercentLongerThanTheRatioPredicts() {
        // 2,000 Chinese characters whose translation runs 10 % long: an ordinary translation.
        assertTrue(MODEL.confidence(2000, 6600) > 0.2, "confidence " + MODEL.confidence(2000, 6600));
    }

    @Test
    void stillDoubtsAGrossMismatchOfAnyLength() {
        assertTrue(MODEL.confidence(2000, 3000) < 0.05, "confidence " + MODEL.confidence(2000, 3000));
        assertTrue(MODEL.confidence(20, 200) < 0.05, "confidence " + MODEL.confidence(20, 200));
    }

    @Test
    void judgesShortParagraphsByTheirLengthsAsBefore() {
        assertTrue(MODEL.confidence(20, 60) > 0.9);
        assertTrue(MODEL.confidence(20, 66) > 0.5);
    }

    /** The aligner takes a paragraph's length from its profile: both must count the same characters. */
    @Test
    void measuresEveryCharacterAsTheLanguageProfileDoes() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = "a" + Character.toString(cp) + "春";
            int codePoint = cp;
            assertEquals(LengthModel.length(text), LanguageIdentifier.profile(text).length(),
                    () -> String.format("U+%04X", codePoint));
        }
        String mixed = "\u3000春天 来了。\tSpring\u2002has come.\n𠀀 ";
        assertEquals(LengthModel.length(mixed), LanguageIdentifier.profile(mixed).length());
    }
}
