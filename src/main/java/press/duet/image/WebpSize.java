package press.duet.image;

/**
 * The canvas size of a WebP image, from the first chunk of its RIFF container (VP8X for an extended
 * file, VP8 for a lossy one, VP8L for a lossless one). The JDK has no WebP decoder, so the check is of
 * the container: a file shorter than its RIFF header says, or a first chunk that runs past the end, is
 * damaged.
 */
final class WebpSize {
    private WebpSize() {
    }

    static int[] of(byte[] bytes) throws ImageProbe.Unusable {
        if (bytes.length < 30) {
            throw new ImageProbe.Unusable("is damaged: the WebP file is cut short");
        }
        long riffSize = littleEndian(bytes, 4, 4);
        long chunkSize = littleEndian(bytes, 16, 4);
        if (riffSize + 8 > bytes.length || 20 + chunkSize > bytes.length) {
            throw new ImageProbe.Unusable("is damaged: the WebP file is shorter than its header says");
        }
        if (ImageProbe.startsWith(bytes, 12, 'V', 'P', '8', 'X')) {
            return new int[] {(int) littleEndian(bytes, 24, 3) + 1, (int) littleEndian(bytes, 27, 3) + 1};
        }
        if (ImageProbe.startsWith(bytes, 12, 'V', 'P', '8', ' ')) {
            if (!ImageProbe.startsWith(bytes, 23, 0x9d, 0x01, 0x2a)) {
                throw new ImageProbe.Unusable("is damaged: its VP8 frame has no start code");
            }
            return new int[] {(int) littleEndian(bytes, 26, 2) & 0x3fff, (int) littleEndian(bytes, 28, 2) & 0x3fff};
        }
        if (ImageProbe.startsWith(bytes, 12, 'V', 'P', '8', 'L')) {
            if ((bytes[20] & 0xff) != 0x2f) {
                throw new ImageProbe.Unusable("is damaged: its lossless frame has no signature");
            }
            long bits = littleEndian(bytes, 21, 4);
            return new int[] {(int) (bits & 0x3fff) + 1, (int) ((bits >> 14) & 0x3fff) + 1};
        }
        throw new ImageProbe.Unusable("is damaged: its WebP container holds no image chunk first");
    }

    private static long littleEndian(byte[] bytes, int at, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }
}
