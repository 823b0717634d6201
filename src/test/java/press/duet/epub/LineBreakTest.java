package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.ShapeTexts;

class LineBreakTest {
    @TempDir
    Path folder;

    @Test
    void setsTheLineBreaksOfVerseAsBrAndPassesEpubCheck() throws Exception {
        Path target = folder.resolve("verse.epub");
        new EpubWriter().write(Books.of(ShapeTexts.VERSE), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).build(), target);
        assertTrue(EpubCheckResult.of(target).problems().isEmpty(), EpubCheckResult.of(target).problems().toString());
        try (ZipFile zip = new ZipFile(target.toFile())) {
            String page = zip.stream().filter(e -> e.getName().endsWith(".xhtml") && e.getName().contains("c"))
                    .map(e -> {
                        try {
                            return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    })
                    .filter(s -> s.contains("窗前一片月光"))
                    .findFirst().orElseThrow();
            assertTrue(page.contains("窗前一片月光，<br/>像是地上的霜。"), page);
        }
    }

    @Test
    void passesEpubCheckForBlocksMarkdownLikeSectionsAndUnpairedParagraphs() {
        for (String text : List.of(ShapeTexts.BLOCKS, ShapeTexts.CLASSICAL, ShapeTexts.TITLE_LINES)) {
            Path target = folder.resolve("shape.epub");
            new EpubWriter().write(Books.of(text), Theme.named("default"),
                    EpubOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).build(), target);
            assertTrue(EpubCheckResult.of(target).problems().isEmpty(), EpubCheckResult.of(target).problems().toString());
        }
    }
}
