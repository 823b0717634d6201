package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.TestTexts;

class PreviewCommandTest {
    @TempDir
    Path folder;

    private int duet(StringWriter out, StringWriter err, String... args) {
        return DuetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void rendersTheAskedPagesToPngImages() throws Exception {
        Path input = TestTexts.write(folder, "seasons.txt", TestTexts.BOOK);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, duet(out, err, "build", input.toString(), "-o", folder.toString(), "--format", "pdf"), err.toString());
        out = new StringWriter();
        assertEquals(0, duet(out, err, "preview", folder.resolve("seasons.pdf").toString(), "--pages", "1-2", "--dpi", "72"),
                err.toString());
        assertEquals(2, out.toString().lines().count(), out.toString());
        BufferedImage page = ImageIO.read(folder.resolve("seasons-p2.png").toFile());
        assertEquals(595, page.getWidth(), 1);
        assertEquals(842, page.getHeight(), 1);
        boolean inked = false;
        for (int x = 0; x < page.getWidth() && !inked; x += 3) {
            for (int y = 0; y < page.getHeight() && !inked; y += 3) {
                inked = (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
            }
        }
        assertTrue(inked, "the rendered page is blank");
    }

    @Test
    void rejectsPagesOutsideTheDocumentInOneLine() throws Exception {
        Path input = TestTexts.write(folder, "seasons.txt", TestTexts.BOOK);
        StringWriter err = new StringWriter();
        duet(new StringWriter(), err, "build", input.toString(), "-o", folder.toString(), "--format", "pdf");
        StringWriter err2 = new StringWriter();
        int exit = duet(new StringWriter(), err2, "preview", folder.resolve("seasons.pdf").toString(), "--pages", "1-99");
        assertEquals(DuetCommand.EXIT_USAGE, exit);
        assertTrue(err2.toString().startsWith("duet: --pages: 1-99 is outside the document's pages"), err2.toString());
    }

    @Test
    void buildsAHandoutOnLetterPaperFromTheCommandLine() throws Exception {
        Path input = TestTexts.write(folder, "seasons.txt", TestTexts.BOOK);
        StringWriter err = new StringWriter();
        int exit = duet(new StringWriter(), err, "build", input.toString(), "-o", folder.toString(), "--format", "pdf",
                "--paper", "letter", "--handout", "--layout", "facing", "--first", "en");
        assertEquals(0, exit, err.toString());
        try (var document = org.apache.pdfbox.Loader.loadPDF(folder.resolve("seasons.pdf").toFile())) {
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("¶ 1"), text);
        }
    }

    @Test
    void rejectsAnUnknownPaperSizeInOneLine() throws Exception {
        Path input = TestTexts.write(folder, "seasons.txt", TestTexts.BOOK);
        StringWriter err = new StringWriter();
        int exit = duet(new StringWriter(), err, "build", input.toString(), "-o", folder.toString(), "--paper", "A3");
        assertEquals(DuetCommand.EXIT_USAGE, exit);
        assertTrue(err.toString().startsWith("duet: --paper: unknown paper size 'A3'"), err.toString());
    }
}
