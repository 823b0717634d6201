package press.duet.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import press.duet.io.IoErrors;
import press.duet.report.DuetException;

/**
 * Turns the paths a user names into the text files to read: a file stands for itself, a folder for
 * the text files directly inside it in natural order (part 10 after part 9).
 */
public final class InputFiles {
    private static final List<String> TEXT_ENDINGS = List.of(".txt", ".text", ".md", ".markdown", ".tsv", ".csv");

    private InputFiles() {
    }

    public static List<Path> expand(List<Path> named) {
        List<Path> files = new ArrayList<>();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                List<Path> inside = textFilesIn(path);
                if (inside.isEmpty()) {
                    throw new DuetException(path + ": the folder has no text files (" + String.join(", ", TEXT_ENDINGS) + ")");
                }
                files.addAll(inside);
            } else if (!Files.exists(path)) {
                throw new DuetException(path + ": no such file or folder");
            } else if (!Files.isReadable(path)) {
                throw new DuetException(path + ": cannot read the file (permission denied)");
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> textFilesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> TEXT_ENDINGS.stream().anyMatch(e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE))
                    .toList();
        } catch (java.io.IOException e) {
            throw new DuetException(folder + ": cannot list the folder (" + IoErrors.describe(e) + ")", e);
        }
    }
}
