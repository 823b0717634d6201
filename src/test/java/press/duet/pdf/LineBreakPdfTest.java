package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.PdfInspection;
import press.duet.testing.ShapeTexts;

class LineBreakPdfTest {
    @TempDir
    Path folder;

    @Test
    void setsEachVerseLineOnALineOfItsOwn() throws Exception {
        Path target = folder.resolve("verse.pdf");
        List<String> warnings = new PdfWriter().write(Books.of(ShapeTexts.VERSE), Theme.named("default"), FontSet.bundled(),
                PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).build(), target);
        assertEquals(List.of(), warnings);
        List<String> lines = PdfInspection.lines(target, 14).stream().map(l -> l.text().strip()).toList();
        for (String verse : List.of("窗前一片月光，", "像是地上的霜。", "抬头看那明月，", "低头想起故乡。")) {
            assertTrue(lines.contains(verse), verse + " not on a line of its own in " + lines);
        }
    }
}
