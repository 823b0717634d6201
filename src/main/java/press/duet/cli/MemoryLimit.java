package press.duet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import press.duet.report.DuetException;

/**
 * A book too big for the memory Duet was given stops with one line that says how big the book was and
 * how to give Duet more, not with an {@code OutOfMemoryError} and its stack trace.
 */
final class MemoryLimit {
    private static final long MB = 1 << 20;

    private MemoryLimit() {
    }

    static <T> T guard(List<Path> inputs, Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            long max = Runtime.getRuntime().maxMemory() / MB;
            long size = inputBytes(inputs);
            long suggested = Math.max(2 * max, 1024) / 1024;
            throw new DuetException(String.format(Locale.ROOT,
                    "out of memory: the book (%s of input) needs more than the %d MB Duet may use;"
                            + " give it more, for example DUET_JAVA_OPTS=-Xmx%dg (see README, Memory)",
                    size < 0 ? "an unknown size" : Math.max(1, size / MB) + " MB", max, Math.max(suggested, 2)), e);
        }
    }

    /** The inputs' total size in bytes (a folder counts its files), or -1 when it cannot be told. */
    private static long inputBytes(List<Path> inputs) {
        long total = 0;
        for (Path input : inputs) {
            try (Stream<Path> files = Files.isDirectory(input) ? Files.list(input) : Stream.of(input)) {
                total += files.filter(Files::isRegularFile).mapToLong(MemoryLimit::size).sum();
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return total;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
