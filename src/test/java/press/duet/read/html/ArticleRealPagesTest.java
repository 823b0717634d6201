package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article finder on real saved pages that nobody on the team wrote (src/test/resources/realpages:
 * the pages whose licence lets them be committed, each with an answer key written by reading it).
 * With {@code -Dduet.realpages.private=DIR} the private pages (copyrighted, kept outside the
 * repository; see bench/real-pages.sh) are scored too and reported apart. The report is printed and
 * written to target/real-pages-report.md.
 *
 * <p>The floors are the figures the finder reached when they were set: a regression guard.
 */
class ArticleRealPagesTest {
    private static final double FLOOR_ARTICLE_KEPT = 0.99;
    private static final int CEILING_FURNITURE_KEPT = 0;

    @Test
    void keepsTheArticleOfEveryCommittedPageAndNoneOfItsFurniture() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getResource("/realpages").toURI());
        List<RealPage> pages = RealPages.load(corpus);
        List<RealPageScore> scores = RealPages.score(pages);
        StringBuilder report = new StringBuilder(RealPages.report("committed", scores));
        String privateCorpus = System.getProperty("duet.realpages.private");
        if (privateCorpus != null && Files.isDirectory(Path.of(privateCorpus))) {
            report.append('\n').append(RealPages.report("private", RealPages.score(RealPages.load(Path.of(privateCorpus)))));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "real-pages-report.md"), report, StandardCharsets.UTF_8);

        assertTrue(pages.size() >= 2, "the committed real pages: " + pages.size());
        for (RealPageScore score : scores) {
            assertTrue(score.recall() >= FLOOR_ARTICLE_KEPT, score.id() + " kept " + score.recall() + " of its article");
            assertTrue(score.furnitureKept() <= CEILING_FURNITURE_KEPT, score.id() + " kept "
                    + score.furnitureKept() + " furniture blocks");
        }
    }

    @Test
    void aKeyThatNoLongerFitsItsPageIsRefused() throws IOException, URISyntaxException {
        Path page = Path.of(getClass().getResource("/realpages/creativecommons-what-we-do").toURI());
        Path copy = Files.createTempDirectory("realpage");
        try {
            for (String file : List.of("page.html", "page.properties")) {
                Files.copy(page.resolve(file), copy.resolve(file));
            }
            List<String> key = Files.readAllLines(page.resolve("key.tsv"), StandardCharsets.UTF_8);
            key.set(60, key.get(60).replaceFirst("\t[^\t]*$", "\tsomething the page does not say"));
            Files.write(copy.resolve("key.tsv"), key, StandardCharsets.UTF_8);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> RealPage.load(copy));
            assertTrue(refused.getMessage().contains("key.tsv block"), refused.getMessage());
        } finally {
            try (var files = Files.list(copy)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(copy);
        }
    }
}
