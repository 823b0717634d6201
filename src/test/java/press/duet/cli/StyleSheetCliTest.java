package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.TestTexts;

/** A user's style sheet is parsed before the EPUB carries it: broken ones are refused, references dropped. */
class StyleSheetCliTest {
    @TempDir
    Path folder;

    private CliRun build(String css) throws Exception {
        Path sheet = Files.writeString(folder.resolve("mine.css"), css);
        Path input = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        return CliRun.duet("build", input.toString(), "-o", folder.resolve("out").toString(), "--format", "epub",
                "--style", sheet.toString());
    }

    private void assertRefused(CliRun run, String start) {
        assertEquals(DuetCommand.EXIT_USER_ERROR, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("duet: " + folder.resolve("mine.css") + start), lines.get(0));
        assertFalse(Files.exists(folder.resolve("out").resolve("night.epub")));
    }

    @Test
    void refusesABrokenStyleSheetNamingLineAndColumn() throws Exception {
        assertRefused(build("body { color: red; }\n}}} p { color: ; \n@@@ foo\n"), ":2:");
    }

    @Test
    void refusesAStyleSheetThatIsNotUtf8NamingTheByte() throws Exception {
        Path sheet = folder.resolve("mine.css");
        Files.write(sheet, new byte[] {'p', '{', '}', (byte) 0xFF, '\n'});
        Path input = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        CliRun run = CliRun.duet("build", input.toString(), "-o", folder.resolve("out").toString(), "--style", sheet.toString());
        assertRefused(run, ": byte 3 (line 1) is not valid UTF-8");
    }

    @Test
    void dropsEveryReferenceOutsideTheBookWithAWarningAndStaysValid() throws Exception {
        CliRun run = build("""
                @import url("file:///etc/passwd");
                @import "http://example.com/x.css";
                body { background: url(file:///etc/shadow) no-repeat; color: #222222; }
                @font-face { font-family: X; src: url(https://evil.example/x.woff2); }
                h1 { background-image: url(images/x.png); }
                @media screen { p { background: url(http://a/b.png); line-height: 1.7; } }
                """);
        assertEquals(0, run.exit(), run.err());
        for (String dropped : List.of("@import of file:///etc/passwd", "@import of http://example.com/x.css",
                "background: it refers to file:///etc/shadow", "@font-face", "background-image: it refers to images/x.png",
                "background: it refers to http://a/b.png")) {
            assertTrue(run.err().contains(dropped), dropped + " in " + run.err());
        }
        Path epub = folder.resolve("out").resolve("night.epub");
        EpubCheckResult check = EpubCheckResult.of(epub);
        assertTrue(check.problems().isEmpty(), check.toString());
        String css = cssOf(epub);
        assertFalse(css.contains("url("), css);
        assertTrue(css.contains("#222222") || css.contains("rgb(34, 34, 34)"), css);
        assertTrue(css.contains("1.7"), css);
    }

    @Test
    void keepsAGoodStyleSheetByteForByte() throws Exception {
        String sheet = "/* mine */\nbody { color: #123456; }\n";
        assertEquals(0, build(sheet).exit());
        Path epub = folder.resolve("out").resolve("night.epub");
        assertEquals(sheet, cssOf(epub));
    }

    private static String cssOf(Path epub) {
        return EpubEntries.text(epub, "OEBPS/styles/duet.css"); // the theme's sheet; layout.css comes before it
    }
}
