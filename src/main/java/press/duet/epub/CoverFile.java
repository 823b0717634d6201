package press.duet.epub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import press.duet.image.ImageProbe;
import press.duet.report.DuetException;

/**
 * The cover image an EPUB carries: one Duet drew, or a PNG or JPEG file the user named, recognised by
 * its first bytes rather than its name and decoded whole before it is used ({@link ImageProbe}).
 *
 * <pre>{@code
 * CoverFile cover = CoverFile.read(Path.of("cover.jpg"));
 * }</pre>
 */
record CoverFile(byte[] bytes, String href, String mediaType) {
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
        String type = ImageProbe.mediaType(bytes);
        if (!"image/png".equals(type) && !"image/jpeg".equals(type)) {
            throw new DuetException(file + ": the cover must be a PNG or JPEG image, and this file is neither");
        }
        try {
            ImageProbe.probe(file.getFileName().toString(), bytes);
        } catch (ImageProbe.Unusable e) {
            throw new DuetException(file + ": the cover image " + e.getMessage());
        }
        return type.equals("image/png") ? new CoverFile(bytes, "images/cover.png", type)
                : new CoverFile(bytes, "images/cover.jpg", type);
    }
}
