package press.duet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Duet run in a process of its own, as a user runs it, for what a test cannot do in its own JVM:
 * signals, {@code kill -9}, a limit on file size.
 */
final class ChildDuet {
    /**
     * A shell without job control starts its background commands with SIGINT ignored, and a JVM keeps
     * an ignored signal ignored: Duet started from such a shell (a CI script, {@code (mvn verify &)})
     * never sees Ctrl-C. GNU env puts the signals back to their defaults first, where it can.
     */
    private static final List<String> DEFAULT_SIGNALS = resetsSignals()
            ? List.of("env", "--default-signal=HUP,INT,TERM") : List.of();

    private ChildDuet() {
    }

    private static boolean resetsSignals() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code duet ARGS}; with {@code fileSizeLimitKb} above 0, under {@code ulimit -f}. */
    static Process start(Path log, int fileSizeLimitKb, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(DEFAULT_SIGNALS);
        command.addAll(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), DuetCommand.class.getName()));
        command.addAll(List.of(args));
        if (fileSizeLimitKb > 0) {
            List<String> limited = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKb + "; exec \"$@\"", "duet"));
            limited.addAll(command);
            command = limited;
        }
        return new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
                .redirectError(log.toFile()).start();
    }

    /** Waits until a temporary edition with some bytes in it appears in the folder; false after the timeout. */
    static boolean awaitTemporaryFile(Path folder, Process process, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && process.isAlive()) {
            if (temporaryFiles(folder).stream().anyMatch(p -> p.getFileName().toString().endsWith(".part"))) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** The temporary files (and lock files) Duet may leave in a folder. */
    static List<Path> temporaryFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".part") || name.endsWith(".lock") || name.startsWith(".");
            }).filter(p -> {
                try {
                    return !p.getFileName().toString().endsWith(".part") || Files.size(p) > 0;
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    static void signal(Process process, String signal) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
    }
}
