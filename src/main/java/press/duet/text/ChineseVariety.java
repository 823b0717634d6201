package press.duet.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import press.duet.model.Lang;

/**
 * Tells Simplified from Traditional Chinese by counting characters that belong to only one of the two
 * (这/這, 们/們, 后/後 …). Text with none of them, or a tie, is Simplified.
 *
 * <p>Which characters are which comes from ICU4J's Hans-Hant and Hant-Hans transliterators, read once
 * into the table {@value #TABLE}: building the transliterators costs a quarter of a second at every
 * start, the table a millisecond. {@code ChineseVarietyTableTest} checks the table against ICU4J and
 * rewrites it when asked.
 *
 * <pre>{@code
 * ChineseVariety.of("這是我們的書");  // ZH_HANT
 * }</pre>
 */
public final class ChineseVariety {
    /** The table's resource: a line "simplified" or "traditional" opens a section of characters. */
    public static final String TABLE = "chinese-varieties.txt";

    static final byte NEITHER = 0;
    static final byte SIMPLIFIED_ONLY = 1;
    static final byte TRADITIONAL_ONLY = 2;

    /** The kind of every code point up to the last one the table names; all beyond are NEITHER. */
    private static final byte[] KINDS = load();

    private ChineseVariety() {
    }

    /** zh-Hant when the text has more Traditional-only than Simplified-only characters, else zh-Hans. */
    public static Lang of(String text) {
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int kind = kind(cp);
            if (kind == SIMPLIFIED_ONLY) {
                simplified++;
            } else if (kind == TRADITIONAL_ONLY) {
                traditional++;
            }
        }
        return of(simplified, traditional);
    }

    /** zh-Hant when more characters are Traditional-only than Simplified-only, else zh-Hans. */
    static Lang of(int simplified, int traditional) {
        return traditional > simplified ? Lang.ZH_HANT : Lang.ZH_HANS;
    }

    /** {@link #SIMPLIFIED_ONLY}, {@link #TRADITIONAL_ONLY} or {@link #NEITHER}. */
    static int kind(int codePoint) {
        return codePoint < KINDS.length ? KINDS[codePoint] : NEITHER;
    }

    private static byte[] load() {
        String table;
        try (InputStream in = ChineseVariety.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the table " + TABLE + " is missing from the build");
            }
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the table " + TABLE + " cannot be read", e);
        }
        int last = table.codePoints().max().orElse(0);
        byte[] kinds = new byte[last + 1];
        byte section = NEITHER;
        for (String line : table.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            switch (line) {
                case "simplified" -> section = SIMPLIFIED_ONLY;
                case "traditional" -> section = TRADITIONAL_ONLY;
                default -> {
                    if (section == NEITHER) {
                        throw new IllegalStateException(TABLE + ": characters before a section line");
                    }
                    byte kind = section;
                    line.codePoints().forEach(cp -> kinds[cp] = kind);
                }
            }
        }
        return kinds;
    }
}
