package press.duet.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import press.duet.report.DuetException;

/**
 * Serialises the builds that write into one output folder, so that two builds at once each leave a
 * consistent pair of editions (never the EPUB of one book and the PDF of the other): a lock on a file
 * {@code .duet.lock} in the folder between processes, and a lock per folder between the threads of one
 * process (a file lock belongs to the whole JVM). The lock file is removed when the last holder lets
 * go (where /proc tells a removed file from the one the folder names; elsewhere it stays); a waiter that
 * then finds it locked a removed file starts again.
 *
 * <pre>{@code
 * try (OutputLock lock = OutputLock.acquire(folder)) {
 *     ... write the editions ...
 * }
 * }</pre>
 */
public final class OutputLock implements AutoCloseable {
    private static final String NAME = ".duet.lock";
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final Path DESCRIPTORS = Path.of("/proc/self/fd");

    private final ReentrantLock threads;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock threads, Path file, FileChannel channel, FileLock lock) {
        this.threads = threads;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other build writes into the folder (which must exist), then holds it. */
    public static OutputLock acquire(Path folder) {
        Path key = realFolder(folder);
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        threads.lock();
        Path file = key.resolve(NAME);
        try {
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock();
                if (isStill(file)) {
                    // Removed at shutdown from now on, not while waiting: the file is another holder's then.
                    // (A signal just before this leaves it, and the next build takes it and removes it.)
                    TemporaryFiles.register(file);
                    return new OutputLock(threads, file, channel, lock);
                }
                channel.close(); // the holder before removed it: lock the new one
            }
        } catch (IOException e) {
            threads.unlock();
            throw new DuetException(folder + ": cannot write to this folder (" + IoErrors.describe(e) + ")", e);
        } catch (RuntimeException | Error e) {
            threads.unlock();
            throw e;
        }
    }

    /**
     * Whether the file the channel holds is still the one the folder names, or was removed by the
     * holder before (then the channel's descriptor reads "NAME (deleted)" in /proc). Nothing is opened
     * to find out: closing any descriptor of a file drops the process's POSIX locks on it. Where there
     * is no /proc the lock file is never removed, so the question does not arise.
     */
    private static boolean isStill(Path file) throws IOException {
        if (!Files.isDirectory(DESCRIPTORS)) {
            return true;
        }
        String removed = file + " (deleted)";
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(DESCRIPTORS)) {
            for (Path descriptor : descriptors) {
                try {
                    if (Files.readSymbolicLink(descriptor).toString().equals(removed)) {
                        return false;
                    }
                } catch (IOException ignored) {
                    // A descriptor closed meanwhile.
                }
            }
        }
        return true;
    }

    private static Path realFolder(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    @Override
    public void close() {
        try {
            if (Files.isDirectory(DESCRIPTORS)) {
                Files.deleteIfExists(file); // before the lock goes, so that no one takes the file meanwhile
            }
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The editions are written; a lock file left behind is removed by the next build.
        } finally {
            TemporaryFiles.moved(file);
            threads.unlock();
        }
    }
}
