package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubTexts;

/**
 * Renders chapters in headless Chromium, as a reading system built on a browser engine would, to show
 * that both scripts are drawn in the embedded fonts: each script's text looks different once the font
 * files are taken away. The screenshots of every layout are left in {@code target/epub-screenshots}.
 */
class ChromiumRenderingTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "epub-screenshots");

    @TempDir
    Path folder;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    }

    private Path unpacked(Layout layout, String name) throws IOException {
        Path epub = folder.resolve(name + ".epub");
        new EpubWriter().write(Books.of(EpubTexts.MOUNTAIN_NOTES), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).layout(layout).build(), epub);
        Path root = folder.resolve(name);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = root.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, zip.readAllBytes());
            }
        }
        return root.resolve("OEBPS");
    }

    @Test
    void drawsChineseAndEnglishInTheEmbeddedFonts() throws Exception {
        Path withFonts = unpacked(Layout.INTERLEAVED, "with-fonts");
        Path withoutFonts = unpacked(Layout.INTERLEAVED, "without-fonts");
        try (var files = Files.list(withoutFonts.resolve("fonts"))) {
            for (Path font : files.toList()) {
                Files.delete(font); // the @font-face rules now fail, and the browser falls back
            }
        }
        for (String script : List.of("zh-Hans", "en")) {
            String other = script.equals("en") ? "zh-Hans" : "en";
            BufferedImage embedded = render(onlyScript(withFonts, other), script + "-embedded");
            BufferedImage fallback = render(onlyScript(withoutFonts, other), script + "-fallback");
            assertTrue(ink(embedded) > 5_000, script + ": nothing drawn");
            assertTrue(difference(embedded, fallback) > 2_000,
                    script + " text looks the same without the embedded fonts, so they are not the ones drawing it");
        }
    }

    @Test
    void rendersAChapterOfEveryLayout() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (Layout layout : List.of(Layout.INTERLEAVED, Layout.SIDE_BY_SIDE, Layout.ZH, Layout.EN)) {
            Path chapter = unpacked(layout, layout.cliName()).resolve(EpubWriter.chapterHref(1));
            BufferedImage image = render(chapter, "epub-" + layout.cliName());
            assertEquals(900, image.getWidth());
            assertTrue(ink(image) > 5_000, layout.cliName() + ": nothing drawn");
            Files.copy(folder.resolve("epub-" + layout.cliName() + ".png"), SCREENSHOTS.resolve("epub-" + layout.cliName() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A copy of chapter 1 without the other script's paragraphs and title, beside the original. */
    private static Path onlyScript(Path oebps, String removed) throws IOException {
        Path chapter = oebps.resolve(EpubWriter.chapterHref(1));
        Document page = Jsoup.parse(Files.readString(chapter), "", Parser.xmlParser());
        page.select("body [lang=" + removed + "]").remove();
        Path copy = chapter.resolveSibling("without-" + removed + ".xhtml");
        Files.writeString(copy, page.outerHtml(), StandardCharsets.UTF_8);
        return copy;
    }

    private BufferedImage render(Path page, String name) throws IOException, InterruptedException {
        Path png = folder.resolve(name + ".png");
        Path profile = Files.createTempDirectory(folder, "chromium");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=900,1200", "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve(name + ".log").toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium took more than 90 s to render " + page);
        }
        assertTrue(Files.exists(png), "Chromium wrote no screenshot: " + Files.readString(folder.resolve(name + ".log")));
        try (InputStream in = Files.newInputStream(png)) {
            return ImageIO.read(in);
        }
    }

    private static int ink(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static int difference(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
