package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link ChineseVariety}'s table true to ICU4J: every Han code point is classified again with the
 * transliterators and compared. Run with {@code -Dduet.rewrite-tables=true} to rewrite the table after
 * an ICU4J upgrade.
 */
class ChineseVarietyTableTest {
    private static final Path TABLE = Path.of("src/main/resources/press/duet/text", ChineseVariety.TABLE);
    private static final int CHARACTERS_PER_LINE = 64;

    @Test
    void tableAgreesWithIcuTransliteratorsForEveryHanCharacter() throws IOException {
        String expected = table();
        if (Boolean.getBoolean("duet.rewrite-tables")) {
            Files.writeString(TABLE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(TABLE, StandardCharsets.UTF_8),
                TABLE + " is out of date with ICU4J; rerun the test with -Dduet.rewrite-tables=true");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String name = "U+" + Integer.toHexString(cp);
                assertEquals(classify(cp), ChineseVariety.kind(cp), name);
            }
        }
    }

    private static String table() {
        StringBuilder simplified = new StringBuilder();
        StringBuilder traditional = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                continue;
            }
            int kind = classify(cp);
            if (kind == ChineseVariety.SIMPLIFIED_ONLY) {
                simplified.appendCodePoint(cp);
            } else if (kind == ChineseVariety.TRADITIONAL_ONLY) {
                traditional.appendCodePoint(cp);
            }
        }
        return "# Han characters only one variety of Chinese writes, as ICU4J's Hans-Hant and Hant-Hans\n"
                + "# transliterators tell them apart. Written by ChineseVarietyTableTest; do not edit.\n"
                + section("simplified", simplified) + section("traditional", traditional);
    }

    private static String section(String name, CharSequence characters) {
        StringBuilder out = new StringBuilder(name).append('\n');
        int[] codePoints = characters.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i += CHARACTERS_PER_LINE) {
            out.append(new String(codePoints, i, Math.min(CHARACTERS_PER_LINE, codePoints.length - i))).append('\n');
        }
        return out.toString();
    }

    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");

    /**
     * A character that Hans-Hant changes and Hant-Hans keeps is Simplified-only; the reverse is
     * Traditional-only; one both keep (人, 的) or both change tells nothing.
     */
    private static int classify(int cp) {
        String c = new String(Character.toChars(cp));
        boolean changesToTraditional = !TO_TRADITIONAL.transliterate(c).equals(c);
        boolean changesToSimplified = !TO_SIMPLIFIED.transliterate(c).equals(c);
        if (changesToTraditional && !changesToSimplified) {
            return ChineseVariety.SIMPLIFIED_ONLY;
        }
        if (changesToSimplified && !changesToTraditional) {
            return ChineseVariety.TRADITIONAL_ONLY;
        }
        return ChineseVariety.NEITHER;
    }
}
