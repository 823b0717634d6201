package press.duet.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import press.duet.model.Image;

/**
 * Recognises an image by its bytes, never by its name — PNG, JPEG, GIF, SVG or WebP, the media types
 * an EPUB 3 may hold — reads its size in pixels and checks that it is whole: a raster the JDK can decode
 * is decoded (a truncated PNG passes a look at its first bytes but shows broken in a reader), a WebP's
 * chunks are checked against its length, an SVG is parsed as XML without its DTD.
 *
 * <pre>{@code
 * Image image = ImageProbe.probe("photo.jpg", bytes); // or ImageProbe.Unusable with the reason
 * }</pre>
 */
public final class ImageProbe {
    /** Sides beyond this are not a picture in a book but a mistake (or a decompression bomb). */
    static final int LARGEST_SIDE = 20_000;
    private static final long LARGEST_AREA = 100_000_000L;

    private ImageProbe() {
    }

    /** Why an image cannot go into a book, in words for the user (after "the image …"). */
    public static final class Unusable extends Exception {
        public Unusable(String reason) {
            super(reason);
        }
    }

    /** The checked image, named {@code name} in reports and in the book. */
    public static Image probe(String name, byte[] bytes) throws Unusable {
        String type = mediaType(bytes);
        if (type == null) {
            throw new Unusable("is not a PNG, JPEG, GIF, SVG or WebP image");
        }
        int[] size = switch (type) {
            case "image/svg+xml" -> SvgSize.of(bytes);
            case "image/webp" -> WebpSize.of(bytes);
            default -> decodedSize(bytes, type.substring("image/".length()));
        };
        if (size[0] <= 0 || size[1] <= 0 || size[0] > LARGEST_SIDE || size[1] > LARGEST_SIDE
                || (long) size[0] * size[1] > LARGEST_AREA) {
            throw new Unusable("is " + size[0] + " × " + size[1] + " pixels; a book holds images of at most "
                    + LARGEST_SIDE + " pixels a side");
        }
        return new Image(name, type, size[0], size[1], bytes);
    }

    /** The media type the first bytes announce, or null for none of the five. */
    public static String mediaType(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')) {
            return "image/png";
        }
        if (startsWith(bytes, 0, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')
                && bytes[5] == 'a') {
            return "image/gif";
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return SvgSize.looksLikeSvg(bytes) ? "image/svg+xml" : null;
    }

    /** Reads the header, refuses a bomb before decoding, then decodes every pixel. */
    private static int[] decodedSize(byte[] bytes, String format) throws Unusable {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new Unusable("cannot be checked: this Java has no " + format.toUpperCase(java.util.Locale.ROOT) + " decoder");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        int[] size;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            size = new int[] {reader.getWidth(0), reader.getHeight(0)};
            if (size[0] <= 0 || size[1] <= 0 || size[0] > LARGEST_SIDE || size[1] > LARGEST_SIDE
                    || (long) size[0] * size[1] > LARGEST_AREA) {
                return size;
            }
            reader.read(0);
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (format.equals("jpeg") && message.contains("Unsupported Image Type") && endsWith(bytes, 0xff, 0xd9)) {
                return cmykJpegSize(bytes); // complete, and shown by readers, though Java cannot decode CMYK
            }
            throw new Unusable("is damaged and cannot be decoded (" + message + ")");
        } finally {
            reader.dispose();
        }
        if (!warnings.isEmpty()) {
            throw new Unusable("is damaged (" + warnings.get(0) + ")");
        }
        return size;
    }

    /** The size from a JPEG's first start-of-frame marker. */
    private static int[] cmykJpegSize(byte[] bytes) throws Unusable {
        int at = 2;
        while (at + 9 < bytes.length && (bytes[at] & 0xff) == 0xff) {
            int marker = bytes[at + 1] & 0xff;
            int length = ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                int height = ((bytes[at + 5] & 0xff) << 8) | (bytes[at + 6] & 0xff);
                int width = ((bytes[at + 7] & 0xff) << 8) | (bytes[at + 8] & 0xff);
                return new int[] {width, height};
            }
            at += 2 + length;
        }
        throw new Unusable("is damaged: its JPEG frame header is missing");
    }

    static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] bytes, int... tail) {
        return bytes.length >= tail.length && startsWith(bytes, bytes.length - tail.length, tail);
    }
}
