package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.report.Finding;

/** The one table of formats: the reader for a name, and the files a folder is read for, agree. */
class FormatTableTest {
    @TempDir
    Path folder;

    @Test
    void readsAFolderHoldingOnlyATabFileAsTheFileAloneIsRead() throws Exception {
        Path pairs = Files.writeString(folder.resolve("pairs.tab"), "你好\tHello\n再见\tGoodbye\n");
        List<Path> files = InputFiles.expand(List.of(folder));
        assertEquals(List.of(pairs), files);
        assertEquals(Readers.read(pairs, null, null).blocks(), Readers.read(files.get(0), null, null).blocks());
        assertEquals("table", Readers.read(files.get(0), null, null).format());
    }

    @Test
    void listsInAFolderEveryFileWhoseEndingTheTableHasAndNoOther() throws Exception {
        List<String> names = new ArrayList<>();
        for (String ending : Format.allEndings()) {
            names.add("a" + ending);
        }
        for (String name : names) {
            Files.writeString(folder.resolve(name), "你好\n");
        }
        Files.writeString(folder.resolve("notes.pdf"), "not read");
        Files.writeString(folder.resolve("picture.png"), "not read");
        List<String> listed = InputFiles.expand(List.of(folder)).stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(names.stream().sorted().toList(), listed);
    }

    @Test
    void choosesEachFileEndingsReaderAndTextForAnyOther() {
        assertEquals(Format.MARKDOWN, Format.of(Path.of("Lesson.MD")));
        assertEquals(Format.MARKDOWN, Format.of(Path.of("a.markdown")));
        assertEquals(Format.TABLE, Format.of(Path.of("pairs.tab")));
        assertEquals(Format.TABLE, Format.of(Path.of("pairs.csv")));
        assertEquals(Format.TEXT, Format.of(Path.of("book.txt")));
        assertEquals(Format.TEXT, Format.of(Path.of("README")));
        assertTrue(Format.byName("notes.pdf").isEmpty());
    }

    @Test
    void readsAStringSourceWithoutAFileAndTellsTheCsvFromTheTsvByItsName() {
        List<Finding> findings = new ArrayList<>();
        Draft csv = Readers.read(Source.of("pairs.csv", "你好,\"Hello, you\"\n"), null, Format.TABLE, findings::add);
        assertEquals(List.of("你好", "Hello, you"), csv.blocks().get(0).lines());
        Draft tsv = Readers.read(Source.of("pairs.tsv", "你好,Hello\t再见\n"), null, Format.TABLE, findings::add);
        assertEquals(List.of("你好,Hello", "再见"), tsv.blocks().get(0).lines());
        Draft text = Readers.read(Source.of("book.txt", "标题\n\n正文。\n"), null, Format.TEXT, findings::add);
        assertEquals(2, text.blocks().size());
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void tellsOfRemovedControlCharactersInEveryTextFormat() {
        for (Format format : Format.values()) {
            if (format == Format.EPUB) {
                continue; // a zip archive, not a text: its documents' control characters are the HTML reading's
            }
            List<Finding> findings = new ArrayList<>();
            Readers.read(Source.of("a" + format.endings().get(0), "你好\u0000\tHello\n再见\tGoodbye\n"), null, format, findings::add);
            assertEquals(1, findings.size(), format + ": " + findings);
            assertEquals("a" + format.endings().get(0) + ":1", findings.get(0).place().toString());
        }
    }
}
