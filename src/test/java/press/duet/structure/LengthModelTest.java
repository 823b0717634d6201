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

    @Test
    void takesTheRatioFromTheTotalsButNeverBelowWhatATranslationCanBe() {
        assertEquals(3.0, LengthModel.estimate(java.util.List.of("春天来了。"), java.util.List.of("Spring came.")).ratio(), 1.0);
        // Six Chinese paragraphs and the English of the first only: the totals would say 0.4.
        java.util.List<String> chinese = java.util.Collections.nCopies(6, "我们很荣幸邀请到各位嘉宾来参加今天的晚宴，并在这里向大家表示热烈的欢迎。");
        assertEquals(LengthModel.DEFAULT_RATIO, LengthModel.estimate(chinese, java.util.List.of("We are honoured to welcome you tonight.")).ratio());
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
