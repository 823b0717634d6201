package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.edition.Edition;
import press.duet.model.Book;
import press.duet.report.DuetException;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubTexts;

/** The cover: drawn from the titles, or the user's own PNG or JPEG. */
class CoverTest {
    private static final Book BOOK = Books.of(EpubTexts.MOUNTAIN_NOTES);

    @TempDir
    Path folder;

    private Path write(Path cover) {
        Path target = folder.resolve("book.epub");
        new EpubWriter().write(BOOK, Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).cover(cover).build(), target);
        return target;
    }

    @Test
    void drawsA1600By2560CoverWithTextAndMarksItAsTheCoverImage() throws IOException {
        Path epub = write(null);
        String opf = EpubEntries.text(epub, "OEBPS/content.opf");
        assertTrue(opf.contains("<item id=\"cover-image\" href=\"images/cover.png\" media-type=\"image/png\""
                + " properties=\"cover-image\"/>"), opf);
        assertTrue(opf.contains("<meta name=\"cover\" content=\"cover-image\"/>"), opf);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(EpubEntries.bytes(epub, "OEBPS/images/cover.png")));
        assertEquals(1600, image.getWidth());
        assertEquals(2560, image.getHeight());
        assertTrue(inkIn(image, 600, 1100) > 5_000, "no title drawn in the upper part of the cover");
        assertTrue(inkIn(image, 2000, 2300) > 1_000, "no author drawn in the lower part of the cover");
        String page = EpubEntries.text(epub, "OEBPS/cover.xhtml");
        assertTrue(page.contains("alt=\"山居笔记 · Notes from a Mountain House — 林小雨\""), page);
    }

    /** Pixels in a band of rows that are clearly darker than the cover's pale ground. */
    private static int inkIn(BufferedImage image, int top, int bottom) {
        int ink = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 450) {
                    ink++;
                }
            }
        }
        return ink;
    }

    @Test
    void drawsTheSameCoverBytesEveryTime() {
        Edition edition = Edition.of(BOOK.metadata(), EpubOptions.builder().build().edition());
        byte[] once = CoverImage.png(BOOK.metadata(), edition, new Color(0x7a1f1f), new Color(0x4f5a66));
        byte[] twice = CoverImage.png(BOOK.metadata(), edition, new Color(0x7a1f1f), new Color(0x4f5a66));
        assertArrayEquals(once, twice);
        String chunks = new String(once, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!chunks.contains("tIME"), "the PNG must carry no modification time");
    }

    @Test
    void usesTheUsersPngOrJpegAsItIs() throws IOException {
        Path png = image("png");
        Path epub = write(png);
        assertArrayEquals(Files.readAllBytes(png), EpubEntries.bytes(epub, "OEBPS/images/cover.png"));

        Path jpeg = image("jpg");
        epub = write(jpeg);
        assertArrayEquals(Files.readAllBytes(jpeg), EpubEntries.bytes(epub, "OEBPS/images/cover.jpg"));
        assertTrue(EpubEntries.text(epub, "OEBPS/content.opf").contains(
                "href=\"images/cover.jpg\" media-type=\"image/jpeg\" properties=\"cover-image\""));
        EpubCheckResult check = EpubCheckResult.of(epub);
        assertTrue(check.problems().isEmpty(), check.toString());
    }

    private Path image(String format) throws IOException {
        BufferedImage image = new BufferedImage(320, 512, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x224466));
        g.fillRect(0, 0, 320, 512);
        g.dispose();
        Path file = folder.resolve("own-cover." + format);
        ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, file.toFile());
        return file;
    }

    @Test
    void rejectsAMissingCoverNamingTheFile() {
        Path missing = folder.resolve("nowhere.png");
        DuetException e = assertThrows(DuetException.class, () -> write(missing));
        assertEquals(missing + ": no such cover image", e.getMessage());
        assertTrue(Files.notExists(folder.resolve("book.epub")), "no EPUB is left behind");
    }

    @Test
    void rejectsACoverThatIsNeitherPngNorJpegWhateverItsName() throws IOException {
        Path fake = Files.writeString(folder.resolve("cover.png"), "GIF89a, or rather some text");
        DuetException e = assertThrows(DuetException.class, () -> write(fake));
        assertEquals(fake + ": the cover must be a PNG or JPEG image, and this file is neither", e.getMessage());
    }
}
