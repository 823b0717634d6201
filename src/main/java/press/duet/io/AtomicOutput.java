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
 * moved into place only when complete, so a failed or interrupted run never leaves a half-written
 * book where a good one was, nor a temporary file (see {@link TemporaryFiles}). An input or output
 * error, even one a library wraps in an unchecked exception (a full disk under OpenPDF), is one line
 * naming the file.
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
        } catch (IOException e) {
            throw new DuetException(folder + ": cannot write to this folder (" + IoErrors.describe(e) + ")", e);
        }
        TemporaryFiles.removeStale(folder);
        temporary = TemporaryFiles.create(folder);
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            move(temporary, target);
            TemporaryFiles.moved(temporary);
        } catch (IOException e) {
            TemporaryFiles.remove(temporary);
            throw failed(target, e);
        } catch (RuntimeException | Error e) {
            TemporaryFiles.remove(temporary);
            IOException cause = IoErrors.ioCause(e);
            if (cause != null && !(e instanceof DuetException)) {
                throw failed(target, cause);
            }
            throw e;
        }
    }

    private static DuetException failed(Path target, IOException e) {
        return new DuetException(target + ": cannot write the file (" + IoErrors.describe(e) + ")", e);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
