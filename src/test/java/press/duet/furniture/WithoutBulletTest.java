package press.duet.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import press.duet.testing.RandomPieces;

/**
 * Holds {@link PageLines#withoutBullet}, which looks at a line's first character before its pattern, to
 * the pattern run on every line, on random lines of bullets, dashes, white space, letters and Han.
 */
class WithoutBulletTest {
    private static final Pattern BULLET = Pattern.compile("^[•●○◦▪▫■□◆◇►▶▸‣⁃·*\\-–]\\s*");
    private static final String[] PIECES = {
        "•", "●", "○", "◦", "▪", "▫", "■", "□", "◆", "◇", "►", "▶", "▸", "‣", "⁃", "·", "*", "-", "–", "—",
        " ", "  ", "\t", "\n", "\u00A0", "\u3000", "a", "The item", "中國媒體", "。", "1.", "[", "(", "】"
    };

    @Test
    void givesWhatThePatternGives() {
        Random random = new Random(2026_12_04L);
        for (int round = 0; round < 100_000; round++) {
            String text = RandomPieces.text(random, PIECES, 0, 6);
            assertEquals(plain(text), PageLines.withoutBullet(text), text);
        }
    }

    private static String plain(String line) {
        String text = line.strip();
        Matcher m = BULLET.matcher(text);
        return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()).strip() : text;
    }
}
