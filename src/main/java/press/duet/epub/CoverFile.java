package press.duet.epub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import press.duet.report.DuetException;

/**
 * The cover image an EPUB carries: one Duet drew, or a PNG or JPEG file the user named, recognised by
 * its first bytes rather than its name and decoded whole before it is used ({@link ImageCheck}).
 *
 * <pre>{@code
 * CoverFile cover = CoverFile.read(Path.of("cover.jpg"));
 * }</pre>
 */
record CoverFile(byte[] bytes, String href, String mediaType) {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** Where a cover Duet drew is kept in the book. */
    static final String GENERATED_HREF = "images/cover.png";

    static CoverFile generated(byte[] png) {
        return new CoverFile(png, GENERATED_HREF, "image/png");
    }

    /** A user's image; any problem with it is one line naming the file. */
    static CoverFile read(Path file) {
        if (!Files.exists(file)) {
            throw new DuetException(file + ": no such cover image");
        }
        if (!Files.isRegularFile(file)) {
            throw new DuetException(file + ": the cover must be an image file, not a folder");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DuetException(file + ": cannot read the cover image (" + press.duet.io.IoErrors.describe(e) + ")", e);
        }
        if (startsWith(bytes, PNG)) {
            ImageCheck.decodes(file, bytes, "png");
            return new CoverFile(bytes, "images/cover.png", "image/png");
        }
        if (startsWith(bytes, JPEG)) {
            ImageCheck.decodes(file, bytes, "jpeg");
            return new CoverFile(bytes, "images/cover.jpg", "image/jpeg");
        }
        throw new DuetException(file + ": the cover must be a PNG or JPEG image, and this file is neither");
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
