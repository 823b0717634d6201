package press.duet.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import press.duet.report.DuetException;

/**
 * Decodes a user's image whole before the book carries it: a truncated or corrupt PNG or JPEG passes
 * a look at its first bytes (and EPUBCheck), but shows as a grey or broken cover in a reader. A reader
 * warning (ImageIO's JPEG reader only warns about a file cut short) refuses it as an error does; an
 * image too large to be a cover is refused from its header, before its pixels are decoded.
 */
final class ImageCheck {
    /** Sides beyond this are not a cover but a mistake (or a decompression bomb). */
    private static final int LARGEST_SIDE = 20_000;
    private static final long LARGEST_AREA = 100_000_000L;

    private ImageCheck() {
    }

    static void decodes(Path file, byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return; // no decoder in this JDK: the signature check is all there can be
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > LARGEST_SIDE || height > LARGEST_SIDE
                    || (long) width * height > LARGEST_AREA) {
                throw new DuetException(file + ": the cover image is " + width + " × " + height
                        + " pixels; give one of at most " + LARGEST_SIDE + " pixels a side");
            }
            reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DuetException duet) {
                throw duet;
            }
            if (format.equals("jpeg") && String.valueOf(e.getMessage()).contains("Unsupported Image Type")
                    && endsWith(bytes, 0xFF, 0xD9)) {
                return; // a CMYK JPEG, which Java cannot decode but readers show: complete, so kept
            }
            throw new DuetException(file + ": the cover image is damaged and cannot be decoded ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } finally {
            reader.dispose();
        }
        if (!warnings.isEmpty()) {
            throw new DuetException(file + ": the cover image is damaged (" + warnings.get(0) + ")");
        }
    }

    private static boolean endsWith(byte[] bytes, int... tail) {
        if (bytes.length < tail.length) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if ((bytes[bytes.length - tail.length + i] & 0xFF) != tail[i]) {
                return false;
            }
        }
        return true;
    }
}
