package press.duet.image;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Small real images of every kind a book holds, made here (the raster ones by ImageIO, the WebP by cwebp). */
public final class TestImages {
    /** A 5 × 3 lossy WebP that cwebp made of a 5 × 3 PNG. */
    public static final byte[] WEBP_LOSSY = HexFormat.of().parseHex("524946464800000057454250565038203c000000d001009d012a"
            + "0500030002c04c25b00274010efe038e0000fec254024c410dd1aaf92d0cce18b207b503b3fe04b877896bcc1da1533517a0c6d80000");
    /** The same picture as a lossless WebP. */
    public static final byte[] WEBP_LOSSLESS = HexFormat.of().parseHex("524946463c000000574542505650384c2f0000002f04800000"
            + "7740906d33c422dc1fe40c233378f3df830cb0bc0006012011a858524821b814561835a2ffe121c7be0000");
    public static final byte[] SVG = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\">"
            + "<rect width=\"40\" height=\"30\" fill=\"#7a1f1f\"/></svg>\n").getBytes(StandardCharsets.UTF_8);

    private TestImages() {
    }

    /** A {@code width × height} picture in an ImageIO format: png, jpeg, gif or bmp. */
    public static byte[] raster(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color((x * 40) % 256, (y * 60) % 256, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
