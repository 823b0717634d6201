package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.TestTexts;

/** A book that publishes but holds headings with nothing under them names them in one plain sentence. */
class EmptyChaptersWarningTest {
    @TempDir
    Path folder;

    @Test
    void aChapterWithoutParagraphsIsNamedInOneSentence() throws Exception {
        Path book = TestTexts.write(folder, "notes.md", """
                # 第一章 河 Chapter 1 The River

                河水向东流。

                The river flows east.

                # 参考 References
                """);
        CliRun run = CliRun.duet("build", book.toString(), "-o", folder.resolve("out").toString(), "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(book + ": 1 chapter has no paragraphs: '参考"), run.err());
    }
}
