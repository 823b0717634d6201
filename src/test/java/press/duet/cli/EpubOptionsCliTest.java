package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubTexts;
import press.duet.testing.TestTexts;

/** The EPUB edition's options on the command line: --layout, --style, --embed-fonts and --cover. */
class EpubOptionsCliTest {
    @TempDir
    Path folder;

    private static CliRun duet(String... args) {
        return CliRun.duet(args);
    }

    private Path input() throws Exception {
        return TestTexts.write(folder, "mountain.txt", EpubTexts.MOUNTAIN_NOTES);
    }

    @Test
    void buildsAChineseEditionInTheStudyThemeWithoutFonts() throws Exception {
        Path out = folder.resolve("out");
        CliRun run = duet("build", input().toString(), "-o", out.toString(), "--format", "epub", "--layout", "zh",
                "--style", "study", "--embed-fonts", "none");
        assertEquals(0, run.exit(), run.err());
        Path epub = out.resolve("mountain.epub");
        assertTrue(EpubCheckResult.of(epub).problems().isEmpty());
        assertTrue(EpubEntries.text(epub, "OEBPS/styles/duet.css").contains("counter-increment: pair"));
        assertTrue(EpubEntries.names(epub).stream().noneMatch(name -> name.endsWith(".ttf")));
        assertFalse(EpubEntries.text(epub, "OEBPS/text/ch001.xhtml").contains("lang=\"en\""));
    }

    @Test
    void rejectsAMissingCoverInOneLine() throws Exception {
        Path missing = folder.resolve("no-cover.jpg");
        CliRun run = duet("build", input().toString(), "-o", folder.resolve("out").toString(), "--cover", missing.toString());
        assertEquals(DuetCommand.EXIT_USER_ERROR, run.exit(), run.err());
        assertEquals(List.of("duet: " + missing + ": no such cover image"), run.err().lines().toList());
    }

    @Test
    void rejectsAnUnknownFontChoiceInOneLine() throws Exception {
        CliRun run = duet("build", input().toString(), "-o", folder.resolve("out").toString(), "--embed-fonts", "all");
        assertEquals(DuetCommand.EXIT_USAGE, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains("--embed-fonts: unknown choice 'all' (choose subset or none)"), lines.get(0));
    }
}
