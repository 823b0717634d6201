package press.duet.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The files an input names by a relative path, such as the images of a Markdown file: read from the
 * input's folder for a file, from a map for a test, from nowhere for bytes alone. Only regular files
 * are read (a FIFO would wait for ever), and only up to {@value #LARGEST_FILE} bytes.
 *
 * <pre>{@code
 * byte[] photo = Resources.beside(Path.of("book/lesson.md")).read("images/wall.jpg");
 * }</pre>
 */
@FunctionalInterface
public interface Resources {
    /** Larger than any picture a book holds; a guard against reading a disk image into memory. */
    long LARGEST_FILE = 64L << 20;

    /** Nothing can be read. */
    Resources NONE = path -> {
        throw new IOException("the input is not a file in a folder, so no file beside it can be read");
    };

    /**
     * The bytes of the file at {@code path} (as the input writes it, relative to the input's folder).
     *
     * @throws IOException when it is missing, not a regular file, too large or unreadable
     */
    byte[] read(String path) throws IOException;

    /** The files in and under the folder of {@code file}. */
    static Resources beside(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return path -> {
            Path target = folder.resolve(path);
            if (!Files.exists(target)) {
                throw new NoSuchFileException(path, null, "no such file");
            }
            if (!Files.isRegularFile(target)) {
                throw new IOException("not a regular file");
            }
            if (Files.size(target) > LARGEST_FILE) {
                throw new IOException("larger than " + (LARGEST_FILE >> 20) + " MiB");
            }
            return Files.readAllBytes(target);
        };
    }

    /** The given files by name; any other is missing. */
    static Resources of(Map<String, byte[]> files) {
        Map<String, byte[]> copy = Map.copyOf(files);
        return path -> {
            byte[] bytes = copy.get(path);
            if (bytes == null) {
                throw new NoSuchFileException(path, null, "no such file");
            }
            return bytes.clone();
        };
    }
}
