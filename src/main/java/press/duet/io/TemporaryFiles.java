package press.duet.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files Duet writes beside its outputs, and their removal whatever happens:
 * <ul>
 *   <li>names are short and fixed in length ({@code .duet-PID-N.part}), so a temporary name never
 *       exceeds the file system's limit when the final name fits;</li>
 *   <li>a shutdown hook removes the live ones when the JVM is stopped by SIGTERM, SIGINT (Ctrl-C) or
 *       SIGHUP;</li>
 *   <li>after a {@code kill -9}, which no program can handle, the next build into the folder removes
 *       the temporary files of Duet processes that are no longer running (the process id is in the
 *       name); a file of a running process is never touched.</li>
 * </ul>
 */
public final class TemporaryFiles {
    /** Duet's temporary names, and those of versions before 0.2 ({@code .NAME.pdf.PID.part}). */
    private static final Pattern OURS = Pattern.compile("\\.duet-(\\d+)-\\d+\\.part|\\..+\\.(\\d+)\\.part");
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeLive, "duet-remove-temporary-files"));
    }

    private TemporaryFiles() {
    }

    /** A new temporary name in the folder, registered for removal at shutdown. */
    static Path create(Path folder) {
        Path temporary = folder.resolve(".duet-" + PID + "-" + SEQUENCE.incrementAndGet() + ".part");
        LIVE.add(temporary);
        return temporary;
    }

    /** Registers a file of Duet's own (a lock file) for removal at shutdown. */
    static void register(Path file) {
        LIVE.add(file);
    }

    /** Removes the temporary file (if it is still there) and forgets it. */
    static void remove(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Whatever went wrong before is the error to report.
        }
        LIVE.remove(temporary);
    }

    /** Forgets a temporary file that was moved into place. */
    static void moved(Path temporary) {
        LIVE.remove(temporary);
    }

    /** Removes the temporary files that Duet processes no longer running left in the folder. */
    public static void removeStale(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path entry : entries) {
                Matcher m = OURS.matcher(entry.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
                if (pid != PID && ProcessHandle.of(pid).isEmpty() && Files.isRegularFile(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // Tidying is a courtesy: a folder that cannot be listed fails the build when it is written.
        }
    }

    private static void removeLive() {
        for (Path temporary : LIVE) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Shutting down: nothing more can be done.
            }
        }
    }
}
