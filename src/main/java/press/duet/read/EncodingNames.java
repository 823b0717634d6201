package press.duet.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Encoding names as users write them, where Java's differ: on Windows, CP950 is Windows' Big5 (Java's
 * {@code x-windows-950}, also called MS950), but Java takes the name for IBM's variant and fails on
 * the files Windows writes; CP936 is GBK; HKSCS is Big5-HKSCS.
 *
 * <pre>{@code
 * EncodingNames.forName("cp950");  // Optional[x-windows-950]
 * }</pre>
 */
public final class EncodingNames {
    private static final Map<String, String> AS_USERS_MEAN = Map.of(
            "cp950", "x-windows-950",
            "950", "x-windows-950",
            "ms950", "x-windows-950",
            "windows-950", "x-windows-950",
            "cp936", "GBK",
            "ms936", "GBK",
            "hkscs", "Big5-HKSCS",
            "big5hkscs", "Big5-HKSCS",
            "big5-hkscs", "Big5-HKSCS");

    private EncodingNames() {
    }

    /** The encoding the name means, or empty when Java knows no such encoding. */
    public static Optional<Charset> forName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        try {
            return Optional.of(Charset.forName(AS_USERS_MEAN.getOrDefault(key, name.strip())));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
