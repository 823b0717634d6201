package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.report.DuetException;

class TextReaderTest {
    @TempDir
    Path folder;

    @Test
    void splitsTextIntoBlocksAtBlankLinesKeepingLineNumbers() {
        List<DraftBlock> blocks = TextReader.blocks(List.of("title", "", "line a", "line b", "", "", "last"));
        assertEquals(3, blocks.size());
        assertEquals(new DraftBlock(1, List.of("title")), blocks.get(0));
        assertEquals(new DraftBlock(3, List.of("line a", "line b")), blocks.get(1));
        assertEquals(new DraftBlock(7, List.of("last")), blocks.get(2));
    }

    @Test
    void rejectsAnEmptyFileNamingIt() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.txt"), "  \n\n ");
        DuetException e = assertThrows(DuetException.class, () -> Readers.read(empty, null, Format.TEXT));
        assertTrue(e.getMessage().startsWith(empty + ": the file is empty"), e.getMessage());
    }

    @Test
    void rejectsAMissingFileNamingIt() {
        Path missing = folder.resolve("missing.txt");
        DuetException e = assertThrows(DuetException.class, () -> Readers.read(missing, null, Format.TEXT));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read the file"), e.getMessage());
    }

    @Test
    void ordersTheFilesOfAFolderNaturally() throws Exception {
        for (String name : List.of("part10.txt", "part9.txt", "part1.txt", "notes.pdf")) {
            Files.writeString(folder.resolve(name), "text");
        }
        List<Path> files = InputFiles.expand(List.of(folder));
        assertEquals(List.of("part1.txt", "part9.txt", "part10.txt"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void rejectsAFolderWithoutTextFiles() throws Exception {
        Files.writeString(folder.resolve("picture.png"), "not text");
        DuetException e = assertThrows(DuetException.class, () -> InputFiles.expand(List.of(folder)));
        assertTrue(e.getMessage().startsWith(folder + ": the folder has no text files"), e.getMessage());
    }
}
