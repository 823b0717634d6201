package press.duet.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and replaces whole tables of a TrueType (sfnt) font file: the table directory is rewritten
 * with new offsets and checksums, and the head table's checksum adjustment is set for the new file.
 *
 * <pre>{@code
 * byte[] cmap = SfntTables.table(ttf, "cmap");
 * byte[] changed = SfntTables.replace(ttf, "cmap", newCmap);
 * }</pre>
 */
final class SfntTables {
    private static final int HEADER_SIZE = 12;
    private static final int RECORD_SIZE = 16;
    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private record Record(String tag, int offset, int length) {
    }

    private SfntTables() {
    }

    /** The bytes of a table, or null when the font has none by that tag. */
    static byte[] table(byte[] font, String tag) {
        for (Record record : records(font)) {
            if (record.tag.equals(tag)) {
                return slice(font, record.offset, record.length);
            }
        }
        return null;
    }

    /** The font with one table's bytes replaced; the tables keep their order in the file. */
    static byte[] replace(byte[] font, String tag, byte[] replacement) {
        List<Record> directory = records(font);
        List<Record> inFileOrder = new ArrayList<>(directory);
        inFileOrder.sort(Comparator.comparingInt(Record::offset));
        int size = HEADER_SIZE + RECORD_SIZE * directory.size();
        for (Record record : directory) {
            size += padded(record.tag.equals(tag) ? replacement.length : record.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(font, 0, HEADER_SIZE);
        int[] offsets = new int[directory.size()];
        int[] lengths = new int[directory.size()];
        int next = HEADER_SIZE + RECORD_SIZE * directory.size();
        int headOffset = -1;
        for (Record record : inFileOrder) {
            int index = directory.indexOf(record);
            byte[] body = record.tag.equals(tag) ? replacement : slice(font, record.offset, record.length);
            offsets[index] = next;
            lengths[index] = body.length;
            out.put(next, body);
            if (record.tag.equals("head")) {
                headOffset = next;
                out.putInt(next + HEAD_CHECKSUM_ADJUSTMENT, 0);
            }
            next += padded(body.length);
        }
        for (int i = 0; i < directory.size(); i++) {
            int at = HEADER_SIZE + RECORD_SIZE * i;
            out.put(at, directory.get(i).tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.putInt(at + 4, (int) checksum(out.array(), offsets[i], lengths[i]));
            out.putInt(at + 8, offsets[i]);
            out.putInt(at + 12, lengths[i]);
        }
        if (headOffset >= 0) {
            long whole = checksum(out.array(), 0, size);
            out.putInt(headOffset + HEAD_CHECKSUM_ADJUSTMENT, (int) ((CHECKSUM_MAGIC - whole) & 0xFFFFFFFFL));
        }
        return out.array();
    }

    private static List<Record> records(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        List<Record> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = HEADER_SIZE + RECORD_SIZE * i;
            String tag = new String(font, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            records.add(new Record(tag, in.getInt(at + 8), in.getInt(at + 12)));
        }
        return records;
    }

    private static byte[] slice(byte[] font, int offset, int length) {
        byte[] body = new byte[length];
        System.arraycopy(font, offset, body, 0, length);
        return body;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The sum of the big-endian 32-bit words of a stretch, the last padded with zeros. */
    private static long checksum(byte[] bytes, int offset, int length) {
        long sum = 0;
        for (int i = 0; i < padded(length); i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                int at = offset + i + j;
                word = (word << 8) | (i + j < length && at < bytes.length ? bytes[at] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
