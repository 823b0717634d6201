package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.duet.testing.StressTexts;
import press.duet.testing.TestTexts;

/**
 * Builds stopped in the middle of the PDF leave nothing behind: a signal a program can handle
 * (SIGTERM, Ctrl-C's SIGINT, SIGHUP) removes the temporary file at once; after {@code kill -9}, which
 * none can, the next build into the folder removes it. (A PDF cut short by a full disk:
 * {@code DuetCommandTest.keepsTheGoodOutputWhenALaterBuildFails}.)
 */
class InterruptedBuildTest {
    /** Tries at landing a signal in the middle of the PDF, each with a book twice as long as the last. */
    private static final int ROUNDS = 3;
    @TempDir
    Path folder;
    private Path book;
    private Path out;

    @BeforeEach
    void writeABookThatTakesSecondsToSet() throws Exception {
        book = TestTexts.write(folder, "long.txt", StressTexts.book(7, 40, 60));
        out = folder.resolve("out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void aSignalInTheMiddleOfThePdfLeavesNoTemporaryFile(String signal) throws Exception {
        // On a loaded machine the signal may come only after the PDF is done: that round proves nothing,
        // so it is tried again with a book twice as long.
        for (int round = 0; round < ROUNDS; round++) {
            Path text = round == 0 ? book : TestTexts.write(folder, "long.txt", StressTexts.book(7 << round, 40, 60));
            Process build = ChildDuet.start(folder.resolve("log"), 0, "build", text.toString(), "-o", out.toString(), "--format", "pdf");
            assertTrue(ChildDuet.awaitTemporaryFile(out, build, 120), "the PDF was never begun: " + Files.readString(folder.resolve("log")));
            ChildDuet.signal(build, signal);
            assertTrue(build.waitFor(120, TimeUnit.SECONDS));
            assertEquals(List.of(), ChildDuet.temporaryFiles(out));
            if (build.exitValue() != 0) {
                assertFalse(Files.exists(out.resolve("long.pdf")), "the build was stopped before the PDF was complete");
                return;
            }
            Files.delete(out.resolve("long.pdf"));
        }
        throw new AssertionError("the PDF was done before the " + signal + " came in each of " + ROUNDS + " rounds");
    }

    @org.junit.jupiter.api.Test
    void theNextBuildRemovesWhatAKilledOneLeft() throws Exception {
        Process build = ChildDuet.start(folder.resolve("log"), 0, "build", book.toString(), "-o", out.toString(), "--format", "pdf");
        assertTrue(ChildDuet.awaitTemporaryFile(out, build, 120), "the PDF was never begun");
        build.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        List<Path> left = ChildDuet.temporaryFiles(out);
        assertFalse(left.isEmpty(), "kill -9 left nothing to clean: the test proves nothing");
        Path small = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        CliRun next = CliRun.duet("build", small.toString(), "-o", out.toString(), "--format", "epub");
        assertEquals(0, next.exit(), next.err());
        for (Path stale : left) {
            assertFalse(Files.exists(stale), stale + " is still there");
        }
        assertEquals(List.of(), ChildDuet.temporaryFiles(out));
    }
}
