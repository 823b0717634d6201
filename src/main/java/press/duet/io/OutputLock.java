package press.duet.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import press.duet.report.DuetException;

/**
 * Serialises the builds that write into one output folder, so that two builds at once each leave a
 * consistent pair of editions (never the EPUB of one book and the PDF of the other): a lock on a file
 * {@code .duet.lock} in the folder between processes, and a lock per folder between the threads of one
 * process (a file lock belongs to the whole JVM). The lock file is removed when the last holder lets
 * go; a waiter that then finds its locked file gone from the folder starts again.
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
    private static final AtomicLong TOKENS = new AtomicLong();

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
        Path key = folder.toAbsolutePath().normalize();
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        threads.lock();
        Path file = key.resolve(NAME);
        try {
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock();
                if (isStill(file, channel)) {
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
     * Whether the file the channel holds is still the one the folder names: the holder writes a token
     * of its own into the file it locked and reads the name back. Only a holder writes, so the name
     * shows the token only when it leads to the locked file.
     */
    private static boolean isStill(Path file, FileChannel channel) throws IOException {
        byte[] token = (ProcessHandle.current().pid() + "-" + TOKENS.incrementAndGet() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        try {
            return Arrays.equals(token, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
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
