package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real texts nobody on the team wrote (see {@code SOURCES.md} beside them), in every encoding that can
 * hold them, with and without byte-order marks and hard-wrapped: each must decode, with no encoding
 * given, to exactly the lines of its UTF-8 original.
 */
class RealTextEncodingsTest {
    private static final List<String> TEXTS = List.of("hong-kong-culture.yue.txt", "hong-kong-portal.zh-hant.txt",
            "hong-kong-wikimania.txt");
    private static final List<String> ENCODINGS = List.of("GB18030", "GBK", "Big5", "x-windows-950", "Big5-HKSCS",
            "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE");

    static String text(String name) {
        try (InputStream in = RealTextEncodingsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every line longer than 30 characters broken into lines of 30, as old e-texts are. */
    static String hardWrapped(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (int i = 0; i < line.length(); i += 30) {
                out.append(line, i, Math.min(line.length(), i + 30)).append(i + 30 < line.length() ? "\r\n" : "");
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (String name : TEXTS) {
            for (boolean wrapped : List.of(false, true)) {
                String text = wrapped ? hardWrapped(text(name)) : text(name);
                for (String encoding : ENCODINGS) {
                    if (Charset.forName(encoding).newEncoder().canEncode(text)) {
                        variants.add(Arguments.of(name, wrapped, encoding, false));
                        if (encoding.startsWith("UTF")) {
                            variants.add(Arguments.of(name, wrapped, encoding, true));
                        }
                    }
                }
            }
        }
        return variants.stream();
    }

    @ParameterizedTest(name = "{0} wrapped={1} {2} mark={3}")
    @MethodSource("variants")
    void decodesEveryEncodingOfARealTextAsItsUtf8Original(String name, boolean wrapped, String encoding, boolean mark) {
        String text = wrapped ? hardWrapped(text(name)) : text(name);
        List<String> original = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, name).lines();
        byte[] bytes = ((mark ? "\uFEFF" : "") + text).getBytes(Charset.forName(encoding));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null, name);
        assertEquals(original, decoded.lines(), () -> "decoded as " + decoded.encoding());
    }

    @org.junit.jupiter.api.Test
    void namesTheHongKongEncodingForCantoneseAndTheNarrowestForPlainBig5() {
        String cantonese = text("hong-kong-culture.yue.txt");
        assertEquals("Big5-HKSCS", TextDecoder.decode(cantonese.getBytes(Charset.forName("Big5-HKSCS")), null, "a").encoding());
        String traditional = text("hong-kong-portal.zh-hant.txt");
        assertEquals("Big5", TextDecoder.decode(traditional.getBytes(Charset.forName("x-windows-950")), null, "a").encoding());
        assertEquals("x-windows-950", TextDecoder.decode((traditional + "€5").getBytes(Charset.forName("x-windows-950")), null, "a").encoding());
        assertTrue(cantonese.contains("㗎"));
        assertEquals(4, "㗎".getBytes(Charset.forName("GB18030")).length, "a four-byte GB18030 sequence is tested");
    }
}
