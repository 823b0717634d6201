package press.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book with markup read from another folder, named by another path, is the same book: its EPUB
 * (whose identifier is the book's fingerprint) and its PDF (whose font subset tags come from it) are
 * the same bytes. The fingerprint once described rich paragraphs with their source file's path.
 */
class SameBookFromAnotherFolderTest {
    private static final String LESSON = """
            # 第一课

            我们读*静夜思*。[^1]

            We read *Quiet Night Thought*.[^2]

            [^1]: 李白的诗。
            [^2]: A poem by **Li Bai**.
            """;

    @TempDir
    Path folder;

    @Test
    void theSameMarkdownFromTwoFoldersGivesTheSameEditions() throws Exception {
        Path one = write(folder.resolve("a"));
        Path other = write(folder.resolve("b").resolve("deeper"));
        for (OutputFormat format : OutputFormat.values()) {
            byte[] first = build(one, folder.resolve("out-a"), format);
            byte[] second = build(other, folder.resolve("out-b"), format);
            assertArrayEquals(first, second, format + " differs when the same text is read from another folder");
        }
    }

    private static Path write(Path dir) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("lesson.md"), LESSON);
    }

    private static byte[] build(Path input, Path out, OutputFormat format) throws Exception {
        Duet.build(BuildRequest.builder().input(input).outputFolder(out).formats(Set.of(format)).build());
        return Files.readAllBytes(out.resolve("lesson." + format.extension()));
    }
}
