package press.duet.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Packs TrueType fonts into a TrueType collection (.ttc), so tests can check that Duet takes a face
 * of a collection by its index: a 'ttcf' header with each font's offset, then each font's table
 * directory with its offsets moved to where its tables now stand.
 */
public final class FontCollections {
    private FontCollections() {
    }

    public static byte[] collection(byte[]... fonts) {
        int headerSize = 12 + 4 * fonts.length;
        int[] directoryAt = new int[fonts.length];
        int position = headerSize;
        for (int f = 0; f < fonts.length; f++) {
            directoryAt[f] = position;
            position += 12 + 16 * tableCount(fonts[f]);
        }
        ByteBuffer out = ByteBuffer.allocate(position + totalTableBytes(fonts));
        out.put(new byte[] {'t', 't', 'c', 'f'}).putInt(0x00010000).putInt(fonts.length);
        for (int at : directoryAt) {
            out.putInt(at);
        }
        int tablesAt = position;
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        for (int f = 0; f < fonts.length; f++) {
            ByteBuffer font = ByteBuffer.wrap(fonts[f]);
            int count = tableCount(fonts[f]);
            out.position(directoryAt[f]);
            out.put(fonts[f], 0, 12);
            for (int t = 0; t < count; t++) {
                int entry = 12 + 16 * t;
                int offset = font.getInt(entry + 8);
                int length = font.getInt(entry + 12);
                out.put(fonts[f], entry, 8);
                out.putInt(tablesAt + tables.size());
                out.putInt(length);
                tables.write(fonts[f], offset, length);
                while (tables.size() % 4 != 0) {
                    tables.write(0);
                }
            }
        }
        out.position(tablesAt);
        out.put(tables.toByteArray());
        return out.array();
    }

    private static int tableCount(byte[] font) {
        return ByteBuffer.wrap(font).getShort(4) & 0xFFFF;
    }

    private static int totalTableBytes(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int total = 0;
        for (int t = 0; t < tableCount(font); t++) {
            total += (buffer.getInt(12 + 16 * t + 12) + 3) & ~3;
        }
        return total;
    }

    private static int totalTableBytes(byte[][] fonts) {
        int total = 0;
        for (byte[] font : fonts) {
            total += totalTableBytes(font);
        }
        return total;
    }
}
