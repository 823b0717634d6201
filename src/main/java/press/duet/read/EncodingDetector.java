package press.duet.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the encoding of a text without a byte-order mark: UTF-8 when every byte sequence is valid
 * UTF-8 (legacy CJK text almost never is); else the candidate that decodes the bytes without error
 * into the most {@linkplain Plausibility plausible} text: GB18030 (and so GBK and GB2312, its
 * subsets), Big5, Windows' Big5 (CP950, Java's {@code x-windows-950}) and Big5-HKSCS (Hong Kong's,
 * with Cantonese characters such as 嘅 喺 冇 㗎), and, when the bytes hold a NUL, UTF-16 and UTF-32
 * without a mark. ICU4J's statistical detector only breaks ties between decodings equally plausible:
 * a decoding that yields implausible text is never accepted, however confident the detector is.
 *
 * <pre>{@code
 * Optional<Charset> charset = EncodingDetector.detect(bytes);  // Optional[Big5-HKSCS]
 * }</pre>
 */
public final class EncodingDetector {
    /**
     * The legacy candidates, narrowest first: when several decode the bytes into the same text, the
     * narrowest is named (a plain Big5 file is called Big5, not Big5-HKSCS).
     */
    private static final List<Charset> LEGACY = List.of(Charset.forName("GB18030"), Charset.forName("Big5"),
            Charset.forName("x-windows-950"), Charset.forName("Big5-HKSCS"));
    private static final List<Charset> WIDE = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
            Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"));
    /** Scores this close count as a tie, which the statistical detector breaks. */
    private static final double TIE = 0.05;

    private EncodingDetector() {
    }

    /**
     * The encoding of {@code bytes}, or empty when no candidate decodes them into plausible text (then
     * the caller's strict UTF-8 decoding names the first bad byte).
     */
    public static Optional<Charset> detect(byte[] bytes) {
        if (Utf8.isValid(bytes, 0)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        Map<String, Integer> confidence = icuConfidence(bytes);
        Charset best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestConfidence = -1;
        int bestImpossible = Integer.MAX_VALUE;
        int bestUnusual = Integer.MAX_VALUE;
        for (Charset candidate : candidates(bytes)) {
            Optional<String> text = decoded(bytes, candidate);
            if (text.isEmpty()) {
                continue;
            }
            Plausibility plausibility = Plausibility.of(text.get(), bytes, 0, candidate);
            if (!plausibility.isPlausible()) {
                continue;
            }
            double score = plausibility.score();
            int icu = confidence.getOrDefault(family(candidate), 0);
            // Fewer impossible characters wins outright: a wider table that decodes a character a
            // narrower one reads as private use (HKSCS's 鼈 in CP950's user-defined area) is the right one.
            int impossible = plausibility.impossible();
            // Among close scores, fewer symbols unusual in prose wins before the statistical detector:
            // Big5 and Windows' Big5 read most bytes alike and differ in a few marks (Windows' ／ is
            // Java's Big5's box diagonal ╱, Java's Big5's ／ Windows' division slash ∕), which in a long
            // text move the score too little to count, yet the one that reads them as prose is right.
            int unusual = plausibility.unusual();
            boolean better = best == null || impossible < bestImpossible
                    || impossible == bestImpossible && (score > bestScore + TIE
                    || score > bestScore - TIE && (unusual < bestUnusual
                    || unusual == bestUnusual && icu > bestConfidence));
            if (better) {
                best = candidate;
                bestScore = score;
                bestConfidence = icu;
                bestImpossible = impossible;
                bestUnusual = unusual;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the bytes decode without error in {@code charset} into plausible text (not mojibake). */
    public static boolean readsAs(byte[] bytes, Charset charset) {
        Optional<String> text = decoded(bytes, charset);
        return text.isPresent() && Plausibility.of(text.get(), bytes, 0, charset).isPlausible();
    }

    private static List<Charset> candidates(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                // Legacy CJK text never holds a NUL byte; UTF-16 and UTF-32 text with any ASCII in it does.
                return java.util.stream.Stream.concat(WIDE.stream(), LEGACY.stream()).toList();
            }
        }
        return LEGACY;
    }

    /** ICU's confidence (0–100) for each family of encodings it names. */
    private static Map<String, Integer> icuConfidence(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Map<String, Integer> confidence = new HashMap<>();
        for (CharsetMatch match : detector.detectAll()) {
            String family = switch (match.getName()) {
                case "GB18030", "GBK", "GB2312" -> "GB";
                case "Big5" -> "Big5";
                case "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE" -> match.getName();
                default -> null;
            };
            if (family != null) {
                confidence.merge(family, match.getConfidence(), Math::max);
            }
        }
        return confidence;
    }

    private static String family(Charset charset) {
        String name = charset.name();
        if (name.startsWith("GB")) {
            return "GB";
        }
        return name.startsWith("UTF") ? name : "Big5";
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
