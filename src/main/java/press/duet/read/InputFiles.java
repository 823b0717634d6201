package press.duet.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import press.duet.io.IoErrors;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Turns the paths a user names into the files to read: a file stands for itself, a folder for the
 * files directly inside it whose endings a {@link Format} reads, in natural order (part 10 after part 9).
 *
 * <p>Inside a folder, a symbolic link is followed only while it stays inside the folder (a link to
 * {@code /etc/passwd} is not published as a chapter) unless links are to be followed anywhere; FIFOs,
 * devices and sockets are skipped (reading a FIFO would wait for ever). The same file reached twice is
 * read once. Each of these is told to the caller as a finding, never done silently.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The files to read; links are followed only inside their folders. */
    public static List<Path> expand(List<Path> named) {
        return expand(named, false, finding -> { });
    }

    /**
     * @param followLinks follow links in folders wherever they lead
     * @param notes       told of every path skipped and why
     */
    public static List<Path> expand(List<Path> named, boolean followLinks, Consumer<Finding> notes) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : named) {
            List<Path> found;
            if (Files.isDirectory(path)) {
                found = textFilesIn(path, followLinks, notes);
                if (found.isEmpty()) {
                    throw new DuetException(path + ": the folder has no text files (" + String.join(", ", Format.allEndings()) + ")");
                }
            } else if (!Files.exists(path)) {
                throw new DuetException(path + ": no such file or folder");
            } else if (!Files.isRegularFile(path)) {
                throw new DuetException(path + ": not a regular file (a FIFO, device or socket); give a text file");
            } else if (!Files.isReadable(path)) {
                throw new DuetException(path + ": cannot read the file (permission denied)");
            } else {
                found = List.of(path);
            }
            for (Path file : found) {
                if (seen.add(realPath(file))) {
                    files.add(file);
                } else {
                    notes.accept(new Finding(new Place(file.toString(), 0),
                            "the same file is named twice; it is read once"));
                }
            }
        }
        return files;
    }

    private static List<Path> textFilesIn(Path folder, boolean followLinks, Consumer<Finding> notes) {
        Path inside = realPath(folder);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE)).toList()) {
                BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (own.isOther()) {
                    notes.accept(new Finding(new Place(entry.toString(), 0), "skipped: not a regular file (a FIFO, device or socket)"));
                    continue;
                }
                if (Format.byName(entry.getFileName().toString()).isEmpty()) {
                    continue;
                }
                if (own.isSymbolicLink()) {
                    if (!Files.exists(entry)) {
                        notes.accept(new Finding(new Place(entry.toString(), 0), "skipped: the link leads nowhere"));
                        continue;
                    }
                    if (!followLinks && !realPath(entry).startsWith(inside)) {
                        notes.accept(new Finding(new Place(entry.toString(), 0), "skipped: the link leads outside the folder, to "
                                + realPath(entry) + " (--follow-links follows it)"));
                        continue;
                    }
                    if (!Files.isRegularFile(entry)) {
                        notes.accept(new Finding(new Place(entry.toString(), 0), "skipped: the link does not lead to a regular file"));
                        continue;
                    }
                }
                if (own.isRegularFile() || own.isSymbolicLink()) {
                    files.add(entry);
                }
            }
            return files;
        } catch (IOException e) {
            throw new DuetException(folder + ": cannot list the folder (" + IoErrors.describe(e) + ")", e);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
