package press.duet.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells the encoding of a text without a byte-order mark: UTF-8 when every byte sequence is valid
 * UTF-8 (legacy CJK text almost never is), else GB18030 or Big5, whichever decodes the bytes without
 * error and is ranked higher by ICU4J's statistical detector or, where the detector has too little
 * text to be sure, gives more of the frequent Chinese characters. Bytes that decode only into rare
 * characters (an English file in Windows-1252, say) are not guessed at.
 *
 * <pre>{@code
 * Optional<Charset> charset = EncodingDetector.detect(bytes);  // Optional[GB18030]
 * }</pre>
 */
public final class EncodingDetector {
    /** ICU's confidence (0–100) from which its ranking is trusted over the frequency test. */
    private static final int CONFIDENT = 30;
    /** Real prose takes at least this share of its characters from the frequent ones; mojibake far less. */
    private static final double PLAUSIBLE = 0.3;

    private EncodingDetector() {
    }

    /**
     * The encoding of {@code bytes}, or empty when no supported encoding decodes them into plausible
     * text (then the caller's strict UTF-8 decoding names the first bad byte).
     */
    public static Optional<Charset> detect(byte[] bytes) {
        if (Utf8.isValid(bytes, 0)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Charset best = null;
        double bestScore = -1;
        int bestConfidence = -1;
        for (CharsetMatch match : detector.detectAll()) {
            Optional<Charset> legacy = legacyNamed(match.getName());
            if (legacy.isEmpty()) {
                continue;
            }
            Optional<String> text = decoded(bytes, legacy.get());
            if (text.isEmpty()) {
                continue;
            }
            // A confident detector decides; on short texts its scores tie at the minimum, and the
            // share of frequent characters tells the right decoding from mojibake instead.
            double score = FrequentCharacters.share(text.get());
            boolean better = best == null
                    || match.getConfidence() >= CONFIDENT && bestConfidence < CONFIDENT
                    || (match.getConfidence() >= CONFIDENT) == (bestConfidence >= CONFIDENT) && score > bestScore + 0.1;
            if (better) {
                best = legacy.get();
                bestScore = score;
                bestConfidence = match.getConfidence();
            }
        }
        if (best == null || bestConfidence < CONFIDENT && bestScore >= 0 && bestScore < PLAUSIBLE) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static Optional<Charset> legacyNamed(String icuName) {
        return switch (icuName) {
            case "GB18030", "GBK", "GB2312" -> Optional.of(Charset.forName("GB18030"));
            case "Big5" -> Optional.of(Charset.forName("Big5"));
            default -> Optional.empty();
        };
    }

    private static Optional<String> decoded(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
