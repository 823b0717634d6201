package press.duet.font;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Gives a subset font a character map for the whole of Unicode. FontBox's subsetter writes only a
 * format 4 map, which stops at U+FFFF, and refuses characters beyond it; but classical and regional
 * texts use Han characters of the supplementary planes (𠂇, 𠮷…). The subset's Windows BMP map is kept
 * and a format 12 map (Windows, full Unicode) is added beside it, listing every character.
 *
 * <pre>{@code
 * byte[] font = SupplementaryCmap.add(subset, Map.of((int) '春', 3, 0x20087, 4));
 * }</pre>
 */
final class SupplementaryCmap {
    private static final int WINDOWS = 3;
    private static final int UNICODE_BMP = 1;
    private static final int UNICODE_FULL = 10;

    private SupplementaryCmap() {
    }

    /**
     * The font with a cmap of its BMP subtable and a format 12 subtable mapping these characters to
     * these glyphs of the font.
     */
    static byte[] add(byte[] font, SortedMap<Integer, Integer> glyphs) {
        byte[] bmp = windowsBmpSubtable(SfntTables.table(font, "cmap"));
        byte[] full = format12(glyphs);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(table)) {
            int headerSize = 4 + 2 * 8;
            out.writeShort(0); // version
            out.writeShort(2); // subtables, in platform and encoding order
            out.writeShort(WINDOWS);
            out.writeShort(UNICODE_BMP);
            out.writeInt(headerSize);
            out.writeShort(WINDOWS);
            out.writeShort(UNICODE_FULL);
            out.writeInt(headerSize + bmp.length);
            out.write(bmp);
            out.write(full);
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory table cannot fail to write", e);
        }
        return SfntTables.replace(font, "cmap", table.toByteArray());
    }

    /** The format 4 subtable FontBox wrote for the Windows BMP encoding. */
    private static byte[] windowsBmpSubtable(byte[] cmap) {
        if (cmap == null) {
            throw new IllegalStateException("the subset has no cmap table");
        }
        ByteBuffer in = ByteBuffer.wrap(cmap);
        int count = in.getShort(2) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int at = 4 + 8 * i;
            if (in.getShort(at) == WINDOWS && in.getShort(at + 2) == UNICODE_BMP) {
                int offset = in.getInt(at + 4);
                int length = in.getShort(offset + 2) & 0xFFFF;
                byte[] subtable = new byte[length];
                in.get(offset, subtable);
                return subtable;
            }
        }
        throw new IllegalStateException("the subset's cmap has no Windows BMP subtable");
    }

    /** A format 12 subtable: runs of consecutive characters on consecutive glyphs. */
    private static byte[] format12(SortedMap<Integer, Integer> glyphs) {
        List<int[]> groups = new ArrayList<>();
        int[] open = null;
        for (Map.Entry<Integer, Integer> entry : glyphs.entrySet()) {
            int cp = entry.getKey();
            int glyph = entry.getValue();
            if (open != null && cp == open[1] + 1 && glyph == open[2] + (cp - open[0])) {
                open[1] = cp;
            } else {
                open = new int[] {cp, cp, glyph};
                groups.add(open);
            }
        }
        ByteBuffer out = ByteBuffer.allocate(16 + 12 * groups.size());
        out.putShort((short) 12);
        out.putShort((short) 0);
        out.putInt(out.capacity());
        out.putInt(0); // language
        out.putInt(groups.size());
        for (int[] group : groups) {
            out.putInt(group[0]);
            out.putInt(group[1]);
            out.putInt(group[2]);
        }
        return out.array();
    }
}
