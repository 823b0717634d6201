package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Book;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.ReaderTools;
import press.duet.testing.EveryKindBook;

/**
 * DAISY Ace, the accessibility checker publishers use, finds no violation in a bilingual and a
 * monolingual edition of the example guide, and in a book holding every kind of rich content (notes,
 * figures, lists, a table, ruby) side by side (axe rules on every page, and the package's metadata).
 */
class AccessibilityTest {
    @TempDir
    Path folder;

    @Test
    void aceFindsNoViolations() throws Exception {
        ReaderTools.needBrowserTools();
        Book guide = Books.example();
        List<String> command = new ArrayList<>(List.of("node", "ace.mjs", folder.resolve("reports").toString()));
        for (Layout layout : List.of(Layout.SIDE_BY_SIDE, Layout.EN)) {
            Path epub = folder.resolve(layout.cliName() + ".epub");
            new EpubWriter().write(guide, Theme.named("study"),
                    EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).layout(layout).build(), epub);
            command.add(layout.cliName() + "=" + epub);
        }
        Path rich = folder.resolve("rich.epub");
        new EpubWriter().write(EveryKindBook.everyKind(), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).layout(Layout.SIDE_BY_SIDE).build(), rich);
        command.add("rich=" + rich);
        long start = System.nanoTime();
        ReaderTools.Run run = ReaderTools.run(ReaderTools.NODE_FOLDER, 300, command);
        System.out.printf("Ace checked 3 books in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(0, run.exitCode(), run.output());
        List<String[]> books = run.rows("ace");
        assertEquals(3, books.size(), run.output());
        for (String[] book : books) {
            assertEquals("0", book[3], book[1] + ": " + run.output());
            assertEquals("pass", book[2], run.output());
        }
        assertTrue(run.rows("violation").isEmpty(), run.output());
    }
}
