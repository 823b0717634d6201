package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import press.duet.testing.RandomPieces;

/**
 * Holds the quick tests before three per-line patterns ({@link ListBullet#strip}, {@link LanguageLabel#strip},
 * {@link AlignmentInput#opensTurn}) to the patterns run on every line, as they were before the tests: on
 * 100,000 random lines made of the characters and words that open the patterns' matches, colons,
 * brackets, white space, letters and Han.
 */
class LineGuardsTest {
    // The patterns as the classes hold them, run without the quick tests (the label's: LanguageLabel.withoutGuard).
    private static final Pattern BULLET = Pattern.compile("^[•●◦▪■◆◇□○►▸‣⁃](?:\\s*[•●◦▪■◆◇□○►▸‣⁃])*\\s*(?=\\S)");
    private static final Pattern TURN = Pattern.compile("\\s*(?:[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[问答問])\\s?[:：]");
    private static final String[] PIECES = {
        "•", "●", "◦", "▪", "■", "◆", "◇", "□", "○", "►", "▸", "‣", "⁃", "·", "*", "-", "–",
        "中文", "汉语", "漢語", "中译", "译文", "英文", "英語", "参考译文", "翻译", "原文", "Chinese", "CHINESE", "english",
        "English", "Translation", "ORIGINAL", "Text", "text", "【", "】", ":", "：", " ", "  ", "\t", "\n",
        "问", "答", "Q", "A", "Huahua", "Mr Li", "The", "a", "b", "春节", "我们", "被认为", "The torn wreckage", ".", "，",
        "K", "ſ", "İ", "\u00A0", "\u3000"
    };

    @Test
    void quickTestsGiveWhatThePatternsGive() {
        Random random = new Random(2026_12_04L);
        for (int round = 0; round < 100_000; round++) {
            String text = RandomPieces.text(random, PIECES, 0, 7);
            String bulletless = BULLET.matcher(text).replaceFirst("");
            assertEquals(bulletless, ListBullet.strip(text), text);
            if (bulletless.equals(text)) {
                assertSame(text, ListBullet.strip(text), text);
            }
            assertEquals(TURN.matcher(text).lookingAt(), AlignmentInput.opensTurn(text), text);
            assertEquals(LanguageLabel.withoutGuard(text), LanguageLabel.strip(text), text);
        }
    }
}
