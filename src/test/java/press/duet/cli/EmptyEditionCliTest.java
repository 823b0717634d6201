package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.TestTexts;

/** A Chinese-only edition of an English-only text would have no body: it is refused in one line. */
class EmptyEditionCliTest {
    private static final String ENGLISH_ONLY = """
            A Walk by the Canal

            We walked along the canal until the lamps came on.

            The water was still, and the boats were tied up for the night.
            """;

    @TempDir
    Path folder;

    @Test
    void refusesAChineseEditionOfAnEnglishOnlyTextNamingTheLayoutsThatWork() throws Exception {
        Path input = TestTexts.write(folder, "canal.txt", ENGLISH_ONLY);
        Path out = folder.resolve("out");
        for (String format : new String[] {"epub", "pdf"}) {
            CliRun run = CliRun.duet("build", input.toString(), "-o", out.toString(), "--format", format, "--layout", "zh");
            assertTrue(run.exit() != 0, format + ": " + run.out() + run.err());
            String err = run.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("canal.txt") || format.equals("pdf"), err);
            assertTrue(err.contains("--layout zh") && err.contains("no Chinese paragraphs"), err);
            assertTrue(err.contains("layouts that would work: interleaved, side-by-side, en"), err);
            assertFalse(err.contains("Exception"), err);
            assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), format + " left output behind");
        }
    }

    @Test
    void stillBuildsTheEnglishEdition() throws Exception {
        Path input = TestTexts.write(folder, "canal.txt", ENGLISH_ONLY);
        CliRun run = CliRun.duet("build", input.toString(), "-o", folder.resolve("out").toString(), "--format", "epub",
                "--layout", "en");
        assertEquals(0, run.exit(), run.err());
    }
}
