package press.duet.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import press.duet.model.Image;

class ImageProbeTest {
    private static Image probe(byte[] bytes) throws ImageProbe.Unusable {
        return ImageProbe.probe("picture", bytes);
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(ImageProbe.Unusable.class, () -> probe(bytes)).getMessage();
    }

    @Test
    void readsTheMediaTypeAndSizeOfEachKindFromItsBytes() throws Exception {
        assertEquals("image/png 7x4", describe(probe(TestImages.raster("png", 7, 4))));
        assertEquals("image/jpeg 9x5", describe(probe(TestImages.raster("jpeg", 9, 5))));
        assertEquals("image/gif 3x8", describe(probe(TestImages.raster("gif", 3, 8))));
        assertEquals("image/svg+xml 40x30", describe(probe(TestImages.SVG)));
        assertEquals("image/webp 5x3", describe(probe(TestImages.WEBP_LOSSY)));
        assertEquals("image/webp 5x3", describe(probe(TestImages.WEBP_LOSSLESS)));
    }

    private static String describe(Image image) {
        return image.mediaType() + " " + image.width() + "x" + image.height();
    }

    @Test
    void refusesAFormatABookCannotHold() {
        assertEquals("is not a PNG, JPEG, GIF, SVG or WebP image", refusal(TestImages.raster("bmp", 4, 4)));
        assertEquals("is not a PNG, JPEG, GIF, SVG or WebP image", refusal("just text".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesATruncatedPngJpegAndWebp() {
        byte[] png = TestImages.raster("png", 40, 40);
        assertTrue(refusal(Arrays.copyOf(png, png.length / 2)).startsWith("is damaged"), refusal(Arrays.copyOf(png, png.length / 2)));
        byte[] jpeg = TestImages.raster("jpeg", 40, 40);
        assertTrue(refusal(Arrays.copyOf(jpeg, jpeg.length / 2)).startsWith("is damaged"));
        byte[] webp = TestImages.WEBP_LOSSY;
        assertEquals("is damaged: the WebP file is shorter than its header says", refusal(Arrays.copyOf(webp, webp.length - 10)));
    }

    @Test
    void sizesAnSvgByItsViewBoxOrItsUnitsAndRefusesAScriptedOne() throws Exception {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" ";
        assertEquals("image/svg+xml 200x100", describe(probe((open + "viewBox=\"0 0 200 100\"/>").getBytes(StandardCharsets.UTF_8))));
        assertEquals("image/svg+xml 96x48", describe(probe((open + "width=\"1in\" height=\"36pt\"/>").getBytes(StandardCharsets.UTF_8))));
        assertEquals("holds a script, which a book does not run",
                refusal((open + "width=\"10\" height=\"10\"><script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8)));
        assertEquals("holds a script (an onload attribute), which a book does not run",
                refusal((open + "width=\"10\" height=\"10\" onload=\"alert(1)\"/>").getBytes(StandardCharsets.UTF_8)));
        assertTrue(refusal((open + "width=\"10\" height=\"10\">").getBytes(StandardCharsets.UTF_8)).startsWith("is not well-formed SVG"));
        assertEquals("has no size: its svg element has neither width and height nor a viewBox",
                refusal((open + "/>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void neverLoadsAnExternalEntityOfAnSvg() throws Exception {
        // Were the entity loaded, the missing file would fail the parse.
        String svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///nonexistent/duet-entity\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"12\"><text>&x;</text></svg>";
        assertEquals("image/svg+xml 10x12", describe(probe(svg.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void refusesAnImageTooLargeForABook() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30000\" height=\"10\"/>".getBytes(StandardCharsets.UTF_8);
        assertEquals("is 30000 × 10 pixels; a book holds images of at most 20000 pixels a side", refusal(svg));
    }
}
