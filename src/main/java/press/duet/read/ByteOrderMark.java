package press.duet.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The byte-order marks of the Unicode encodings, longest first: UTF-32LE's mark begins with UTF-16LE's,
 * so it must be tried before it (else a UTF-32 file reads as UTF-16 with NULs between its characters).
 *
 * <pre>{@code
 * ByteOrderMark.of(bytes).map(ByteOrderMark::charset);  // Optional[UTF-32LE]
 * }</pre>
 */
record ByteOrderMark(Charset charset, byte[] bytes) {
    private static final List<ByteOrderMark> MARKS = List.of(
            new ByteOrderMark(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
            new ByteOrderMark(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
            new ByteOrderMark(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
            new ByteOrderMark(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
            new ByteOrderMark(StandardCharsets.UTF_16LE, 0xFF, 0xFE));

    private ByteOrderMark(Charset charset, int... bytes) {
        this(charset, toBytes(bytes));
    }

    /** The mark the bytes start with, if any. */
    static Optional<ByteOrderMark> of(byte[] data) {
        return MARKS.stream().filter(mark -> mark.startsOf(data)).findFirst();
    }

    int length() {
        return bytes.length;
    }

    private boolean startsOf(byte[] data) {
        if (data.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (data[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
