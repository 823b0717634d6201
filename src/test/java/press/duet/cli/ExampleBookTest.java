package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.PdfInspection;

/** {@code duet build} with no input publishes the bundled example book, the first thing a newcomer sees. */
class ExampleBookTest {
    @Test
    void publishesTheExampleBookWhenGivenNoInput(@TempDir Path out) throws Exception {
        StringWriter err = new StringWriter();
        int exit = DuetCommand.run(new String[] {"build", "-o", out.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        assertEquals("", err.toString(), "the example book should build without warnings");
        EpubCheckResult check = EpubCheckResult.of(out.resolve("duet-guide.epub"));
        assertTrue(check.problems().isEmpty(), check.toString());
        Path pdf = out.resolve("duet-guide.pdf");
        String text = PdfInspection.text(pdf);
        assertTrue(text.contains("Duet 使用指南"), text);
        assertEquals(List.of(), PdfInspection.fontsNotEmbedded(pdf));
        assertEquals(3, PdfInspection.bookmarks(pdf).size());
    }
}
