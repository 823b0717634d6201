package press.duet.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import press.duet.report.DuetException;

/**
 * Writes a file all or nothing: the content goes to a temporary file beside the target, which is
 * moved into place only when complete, so a failed run never leaves a half-written book where a good
 * one was.
 *
 * <pre>{@code
 * AtomicOutput.write(target, out -> out.write(bytes));
 * }</pre>
 */
public final class AtomicOutput {
    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    public static void write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary;
        try {
            Files.createDirectories(folder);
            temporary = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new DuetException(folder + ": cannot write to this folder (" + IoErrors.describe(e) + ")", e);
        }
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            move(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new DuetException(target + ": cannot write the file (" + IoErrors.describe(e) + ")", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The original error is the one to report.
        }
    }
}
