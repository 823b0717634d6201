package press.duet.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The reading systems the EPUB tests open books in, none of them written by us: epub.js and DAISY Ace
 * (npm packages in {@code src/test/js}, installed by {@code npm ci} there) in Debian's Chromium, and
 * calibre's {@code ebook-convert}. Where a tool is missing the test is skipped, unless the environment
 * sets {@code DUET_READER_TESTS=required} (as {@code .ci/run} does), in which case it fails.
 */
public final class ReaderTools {
    public static final Path NODE_FOLDER = Path.of("src", "test", "js").toAbsolutePath();
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ReaderTools() {
    }

    /** Skips (or, where required, fails) the test unless the named tools are present. */
    public static void need(boolean present, String what) {
        if (present) {
            return;
        }
        if ("required".equals(System.getenv("DUET_READER_TESTS"))) {
            throw new AssertionError(what + " is missing, and DUET_READER_TESTS=required");
        }
        Assumptions.abort(what + " is missing");
    }

    /** Skips or fails unless node, the npm packages and Chromium are installed. */
    public static void needBrowserTools() {
        need(Files.isExecutable(CHROMIUM), "Chromium at " + CHROMIUM);
        need(onPath("node"), "node");
        need(Files.isDirectory(NODE_FOLDER.resolve("node_modules/epubjs")),
                "the npm packages (run `npm ci` in " + NODE_FOLDER + ")");
    }

    public static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    /** The result of a tool run: its exit code and what it printed (standard output and error together). */
    public record Run(int exitCode, String output) {
        public List<String[]> rows(String kind) {
            List<String[]> rows = new ArrayList<>();
            for (String line : output.split("\n")) {
                String[] cells = line.split("\t");
                if (cells.length > 1 && cells[0].equals(kind)) {
                    rows.add(cells);
                }
            }
            return rows;
        }
    }

    /** Runs a command in the given folder, failing the test if it takes longer than the timeout. */
    public static Run run(Path folder, int timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("duet-tool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("PUPPETEER_EXECUTABLE_PATH", CHROMIUM.toString());
            builder.environment().put("PUPPETEER_SKIP_DOWNLOAD", "true");
            builder.environment().putIfAbsent("QT_QPA_PLATFORM", "offscreen"); // calibre, with no display
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took more than " + timeoutSeconds + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
