package press.duet.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EPUBCheck harness must see problems, or every "0 errors" it reports means nothing. */
class EpubCheckResultTest {
    @Test
    void reportsTheProblemsOfABrokenEpub(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(broken))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("OEBPS/text.xhtml"));
            zip.write("<html>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        EpubCheckResult result = EpubCheckResult.of(broken);
        assertFalse(result.problems().isEmpty(), result.toString());
    }
}
