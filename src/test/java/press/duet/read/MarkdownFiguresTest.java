package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.image.TestImages;
import press.duet.model.Figure;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.report.Finding;

/** Figures in Markdown: images loaded beside the file and checked, captions in one or both languages. */
class MarkdownFiguresTest {
    private static final String KEEPS = "; the figure keeps its alternative text and caption";
    private final List<Finding> findings = new ArrayList<>();

    private Figure figure(String markdown, Map<String, byte[]> files) {
        List<DraftBlock> blocks = Readers.read(Source.of("lesson.md", markdown, files), null, Format.MARKDOWN, findings::add).blocks();
        DraftBlock block = blocks.stream().filter(b -> b.kind() == DraftBlock.Kind.FIGURE).findFirst().orElseThrow();
        return (Figure) block.item();
    }

    private List<String> warnings() {
        return findings.stream().map(Finding::toString).toList();
    }

    @Test
    void loadsEveryKindOfImageABookHoldsWithItsMediaTypeAndSize() {
        Map<String, byte[]> files = Map.of("a.png", TestImages.raster("png", 6, 4), "b.jpg", TestImages.raster("jpeg", 8, 5),
                "c.gif", TestImages.raster("gif", 3, 3), "d.svg", TestImages.SVG, "e.webp", TestImages.WEBP_LOSSY);
        List<String> found = new ArrayList<>();
        for (String name : List.of("a.png", "b.jpg", "c.gif", "d.svg", "e.webp")) {
            press.duet.model.Image image = figure("![图](" + name + ")\n", files).picture().orElseThrow();
            found.add(image.name() + " " + image.mediaType() + " " + image.width() + "x" + image.height());
        }
        assertEquals(List.of("a.png image/png 6x4", "b.jpg image/jpeg 8x5", "c.gif image/gif 3x3", "d.svg image/svg+xml 40x30",
                "e.webp image/webp 5x3"), found);
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void takesTheCaptionFromTheTitleInBothLanguages() {
        Figure figure = figure("![长城的照片](wall.png \"长城 / The Great Wall\")\n", Map.of("wall.png", TestImages.raster("png", 2, 2)));
        assertEquals("长城的照片", figure.alt());
        assertEquals("长城", figure.caption().zh().text());
        assertEquals("The Great Wall", figure.caption().en().text());
        assertEquals(Lang.ZH_HANS, figure.caption().zh().lang());
    }

    @Test
    void takesTheCaptionFromTheLinesAfterTheImageWithTheirMarkup() {
        Figure figure = figure("正文。\n\n![](wall.png)\n图一：*长城*\nFigure 1: The Great Wall\n",
                Map.of("wall.png", TestImages.raster("png", 2, 2)));
        assertEquals("", figure.alt());
        assertEquals(List.of(new Inline.Text("图一："), new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("长城")))),
                figure.caption().zh().paras().get(0).content());
        assertEquals("Figure 1: The Great Wall", figure.caption().en().text());
        assertEquals(3, figure.source().line());
    }

    @Test
    void keepsAOneLanguageCaptionOnItsSide() {
        Figure figure = figure("![a](x.png \"The wall at dawn\")\n", Map.of("x.png", TestImages.raster("png", 2, 2)));
        assertNull(figure.caption().zh());
        assertEquals("The wall at dawn", figure.caption().en().text());
    }

    @Test
    void warnsOfAMissingImageAndKeepsTheAltTextAndCaption() {
        Figure figure = figure("标题\n\n![长城](missing.png \"长城\")\n", Map.of());
        assertTrue(figure.picture().isEmpty());
        assertEquals("长城", figure.alt());
        assertEquals("长城", figure.caption().zh().text());
        assertEquals(List.of("lesson.md:3: the image missing.png cannot be read (no such file or folder)" + KEEPS), warnings());
    }

    @Test
    void neverFetchesARemoteImage() {
        Figure figure = figure("![photo](https://example.org/photo.jpg)\n", Map.of());
        assertTrue(figure.picture().isEmpty());
        assertEquals(List.of("lesson.md:1: the image https://example.org/photo.jpg is on the web and is not fetched"
                + " (a build never goes online)" + KEEPS), warnings());
    }

    @Test
    void warnsOfACorruptAndAnUnsupportedImage() {
        byte[] png = TestImages.raster("png", 30, 30);
        figure("![a](cut.png)\n\n![b](old.bmp)\n", Map.of("cut.png", Arrays.copyOf(png, png.length / 2),
                "old.bmp", TestImages.raster("bmp", 2, 2)));
        assertEquals(2, findings.size(), warnings().toString());
        assertTrue(warnings().get(0).startsWith("lesson.md:1: the image cut.png is damaged"), warnings().get(0));
        assertEquals("lesson.md:3: the image old.bmp is not a PNG, JPEG, GIF, SVG or WebP image" + KEEPS, warnings().get(1));
    }

    @Test
    void readsAnImageFromTheFolderOfTheMarkdownFileAndAnEscapedName(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/the wall.png"), TestImages.raster("png", 3, 2));
        Path markdown = Files.writeString(folder.resolve("lesson.md"), "![长城](images/the%20wall.png)\n");
        DraftBlock block = Readers.read(markdown, null, null, findings::add).blocks().get(0);
        assertEquals(3, ((Figure) block.item()).picture().orElseThrow().width());
        assertTrue(findings.isEmpty(), warnings().toString());
    }

    @Test
    void makesAFigureOnlyOfAnImageAloneOnItsLine() {
        List<DraftBlock> blocks = Readers.read(Source.of("a.md", "![a](x.png) 和文字\n"), null, Format.MARKDOWN, findings::add).blocks();
        assertEquals(DraftBlock.Kind.PARAGRAPH, blocks.get(0).kind());
        assertEquals(Para.Form.PARAGRAPH, blocks.get(0).form());
    }
}
