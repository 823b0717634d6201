package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
