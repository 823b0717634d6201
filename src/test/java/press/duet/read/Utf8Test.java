package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8#isValid} must accept exactly what the JDK's strict UTF-8 decoder accepts. */
class Utf8Test {
    /** Bytes at the edges of the continuation range and outside it, for the bytes after the second. */
    private static final int[] EDGES = {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xFF};

    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    @Test
    void agreesWithTheJdkOnEveryOneAndTwoByteSequence() {
        for (int a = 0; a < 256; a++) {
            check(a);
            for (int b = 0; b < 256; b++) {
                check(a, b);
            }
        }
    }

    @Test
    void agreesWithTheJdkOnThreeByteSequencesOfEveryLeadAndSecondByte() {
        for (int a = 0x80; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : EDGES) {
                    check(a, b, c);
                }
            }
        }
    }

    @Test
    void agreesWithTheJdkOnFourByteSequencesOfEveryFourByteLeadAndSecondByte() {
        for (int a = 0xF0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : EDGES) {
                    for (int d : EDGES) {
                        check(a, b, c, d);
                    }
                }
            }
        }
    }

    @Test
    void agreesWithTheJdkOnRandomMixturesOfWholeAndBrokenSequences() {
        Random random = new Random(7);
        String sample = "春 Spring 𠀀 é";
        byte[] whole = sample.getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : whole[random.nextInt(whole.length)];
            }
            assertEquals(jdkAccepts(bytes, 0), Utf8.isValid(bytes, 0), HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void startsWhereItIsTold() {
        byte[] bytes = {(byte) 0xBF, 'a', (byte) 0xE6, (byte) 0x98, (byte) 0xA5};
        assertFalse(Utf8.isValid(bytes, 0));
        assertTrue(Utf8.isValid(bytes, 1));
        assertTrue(Utf8.isValid(bytes, bytes.length));
    }

    private void check(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        assertEquals(jdkAccepts(bytes, 0), Utf8.isValid(bytes, 0), HexFormat.of().formatHex(bytes));
    }

    private boolean jdkAccepts(byte[] bytes, int from) {
        try {
            strict.reset().decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
