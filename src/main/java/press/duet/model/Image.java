package press.duet.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of an image a reader found and checked, with its media type and size in pixels. The
 * model holds no files: the reader loads the image, the writers copy or draw it.
 *
 * @param name      a name for the image in reports and in the book (for example "photo.jpg")
 * @param mediaType image/png, image/jpeg, image/gif, image/svg+xml or image/webp
 */
public record Image(String name, String mediaType, int width, int height, byte[] bytes) {
    public Image {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image has a size, was " + width + "x" + height);
        }
        bytes = bytes.clone();
    }

    /** A copy of the image's bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image that && name.equals(that.name) && mediaType.equals(that.mediaType)
                && width == that.width && height == that.height && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, width, height, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Image[" + name + ", " + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
