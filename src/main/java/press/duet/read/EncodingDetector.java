package press.duet.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Tells the encoding of a text without a byte-order mark: UTF-8 when every byte sequence is valid
 * UTF-8 (legacy CJK text almost never is), else the legacy Chinese encoding that ICU4J's statistical
 * detector ranks highest among those the bytes decode in without error.
 *
 * <pre>{@code
 * Optional<Charset> charset = EncodingDetector.detect(bytes);  // Optional[GB18030]
 * }</pre>
 */
public final class EncodingDetector {
    /** The legacy encodings Duet accepts without being told; GB18030 is a superset of GBK and GB2312. */
    private static final List<String> LEGACY = List.of("GB18030", "Big5");

    private EncodingDetector() {
    }

    /** The encoding of {@code bytes}, or empty when no supported encoding decodes them cleanly. */
    public static Optional<Charset> detect(byte[] bytes) {
        if (decodesAs(bytes, StandardCharsets.UTF_8)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            Optional<Charset> legacy = legacyNamed(match.getName());
            if (legacy.isPresent() && decodesAs(bytes, legacy.get())) {
                return legacy;
            }
        }
        // The detector may rank neither (very short texts); then the first that decodes cleanly wins.
        for (String name : LEGACY) {
            Charset charset = Charset.forName(name);
            if (decodesAs(bytes, charset)) {
                return Optional.of(charset);
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> legacyNamed(String icuName) {
        return switch (icuName) {
            case "GB18030", "GBK", "GB2312" -> Optional.of(Charset.forName("GB18030"));
            case "Big5" -> Optional.of(Charset.forName("Big5"));
            default -> Optional.empty();
        };
    }

    private static boolean decodesAs(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
