package press.duet.read;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
 * nothing beyond U+10FFFF, no sequence cut short at the end), exactly the bytes the JDK's strict UTF-8
 * decoder accepts. Checking costs a pass over the bytes without making a character; decoding them to
 * find out, as a strict decoder must, costs a copy of the whole text as well, and most inputs are UTF-8.
 *
 * <pre>{@code
 * Utf8.isValid("春天".getBytes(StandardCharsets.UTF_8), 0);  // true
 * }</pre>
 */
public final class Utf8 {
    private Utf8() {
    }

    /** True when {@code bytes} from {@code from} to the end are well-formed UTF-8. */
    public static boolean isValid(byte[] bytes, int from) {
        int i = from;
        int end = bytes.length;
        while (i < end) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(lead);
            if (length == 0 || i + length > end || !isSecondByte(lead, bytes[i + 1] & 0xFF)) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if (!isContinuation(bytes[i + k])) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** The length of the sequence a lead byte opens, or 0 for a byte that opens none. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0; // a continuation byte, an overlong two-byte lead (C0, C1) or beyond U+10FFFF
    }

    /**
     * The second byte is a continuation byte, narrowed after the leads where the full range would
     * give an overlong form (E0, F0), a surrogate (ED) or a code point beyond U+10FFFF (F4).
     */
    private static boolean isSecondByte(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> second >= 0x80 && second <= 0xBF;
        };
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
