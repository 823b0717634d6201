package press.duet.font;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Says what is wrong with a font file before a font library fails on it without a word (OpenPDF's
 * message for a truncated TrueType file is {@code null}): a header that is not a font's, or a table
 * the directory places beyond the end of the file.
 *
 * <pre>{@code
 * FontFileCheck.problem(bytes, 0);  // Optional["the file is cut short: table 'glyf' ends at byte …"]
 * }</pre>
 */
final class FontFileCheck {
    private static final int TRUETYPE = 0x00010000;
    private static final int OPENTYPE = 0x4F54544F; // OTTO
    private static final int APPLE = 0x74727565; // true
    private static final int COLLECTION = 0x74746366; // ttcf

    private FontFileCheck() {
    }

    /** What is wrong with the font (the face {@code index} of a collection), or empty when the layout holds. */
    static Optional<String> problem(byte[] bytes, int index) {
        if (bytes.length < 12) {
            return Optional.of("the file is " + bytes.length + " bytes long, too short for a font");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes);
        int tag = data.getInt(0);
        int offset = 0;
        if (tag == COLLECTION) {
            int faces = data.getInt(8);
            if (index < 0 || index >= faces) {
                return Optional.of("the collection has " + faces + " faces; choose one of 0 to " + (faces - 1));
            }
            if (12 + 4L * (index + 1) > bytes.length) {
                return Optional.of("the file is cut short in its list of faces");
            }
            offset = data.getInt(12 + 4 * index);
            if (offset < 0 || offset + 12L > bytes.length) {
                return Optional.of("the file is cut short: face " + index + " starts beyond its end");
            }
            tag = data.getInt(offset);
        }
        if (tag != TRUETYPE && tag != OPENTYPE && tag != APPLE) {
            return Optional.of("not a TrueType or OpenType font (its first bytes are not a font's header)");
        }
        int tables = data.getShort(offset + 4) & 0xFFFF;
        long directoryEnd = offset + 12L + 16L * tables;
        if (directoryEnd > bytes.length) {
            return Optional.of("the file is cut short in its table directory (" + bytes.length + " bytes)");
        }
        for (int i = 0; i < tables; i++) {
            int entry = offset + 12 + 16 * i;
            long start = Integer.toUnsignedLong(data.getInt(entry + 8));
            long length = Integer.toUnsignedLong(data.getInt(entry + 12));
            if (start + length > bytes.length) {
                return Optional.of("the file is cut short: its table '" + tagName(data.getInt(entry)) + "' ends at byte "
                        + (start + length) + " but the file has " + bytes.length);
            }
        }
        return Optional.empty();
    }

    private static String tagName(int tag) {
        char[] chars = {(char) (tag >>> 24 & 0xFF), (char) (tag >>> 16 & 0xFF), (char) (tag >>> 8 & 0xFF), (char) (tag & 0xFF)};
        return new String(chars).strip();
    }
}
