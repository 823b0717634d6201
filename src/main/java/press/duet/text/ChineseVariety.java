package press.duet.text;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import press.duet.model.Lang;

/**
 * Tells Simplified from Traditional Chinese by counting characters that belong to only one of the two
 * (这/這, 们/們, 后/後 …), as ICU4J's Hans-Hant transliterators map them. Text with none of them, or a
 * tie, is Simplified.
 *
 * <pre>{@code
 * ChineseVariety.of("這是我們的書");  // ZH_HANT
 * }</pre>
 */
public final class ChineseVariety {
    private static final int NEITHER = 0;
    private static final int SIMPLIFIED_ONLY = 1;
    private static final int TRADITIONAL_ONLY = 2;

    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
    /**
     * Transliterating one character is slow; a book repeats a few thousand characters many times. The
     * answers for the Basic Multilingual Plane are kept in an array (0: not asked yet, else kind + 1);
     * two threads racing on an entry write the same value.
     */
    private static final byte[] KNOWN_BMP = new byte[0x10000];
    private static final ConcurrentHashMap<Integer, Integer> KNOWN_BEYOND = new ConcurrentHashMap<>();

    private ChineseVariety() {
    }

    /** zh-Hant when the text has more Traditional-only than Simplified-only characters, else zh-Hans. */
    public static Lang of(String text) {
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Scripts.isHan(cp)) {
                continue;
            }
            int kind = kind(cp);
            if (kind == SIMPLIFIED_ONLY) {
                simplified++;
            } else if (kind == TRADITIONAL_ONLY) {
                traditional++;
            }
        }
        return traditional > simplified ? Lang.ZH_HANT : Lang.ZH_HANS;
    }

    private static int kind(int cp) {
        if (cp >= KNOWN_BMP.length) {
            return KNOWN_BEYOND.computeIfAbsent(cp, ChineseVariety::classify);
        }
        int known = KNOWN_BMP[cp];
        if (known == 0) {
            known = classify(cp) + 1;
            KNOWN_BMP[cp] = (byte) known;
        }
        return known - 1;
    }

    /**
     * A character that Hans-Hant changes and Hant-Hans keeps is Simplified-only; the reverse is
     * Traditional-only; one both keep (人, 的) or both change tells nothing.
     */
    private static int classify(int cp) {
        String c = new String(Character.toChars(cp));
        boolean changesToTraditional;
        boolean changesToSimplified;
        // ICU transliterators are not documented as safe for concurrent use.
        synchronized (ChineseVariety.class) {
            changesToTraditional = !TO_TRADITIONAL.transliterate(c).equals(c);
            changesToSimplified = !TO_SIMPLIFIED.transliterate(c).equals(c);
        }
        if (changesToTraditional && !changesToSimplified) {
            return SIMPLIFIED_ONLY;
        }
        if (changesToSimplified && !changesToTraditional) {
            return TRADITIONAL_ONLY;
        }
        return NEITHER;
    }
}
