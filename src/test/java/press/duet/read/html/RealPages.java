package press.duet.read.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@link ArticleFinder} over a folder of real pages (one {@link RealPage} per sub-folder) and
 * scores it against their answer keys; {@link #main} prints the report for bench/real-pages.sh.
 */
final class RealPages {
    private RealPages() {}

    static List<RealPage> load(Path corpus) throws IOException {
        List<RealPage> pages = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("key.tsv"))) {
                    pages.add(RealPage.load(folder));
                }
            }
        }
        return pages;
    }

    static List<RealPageScore> score(List<RealPage> pages) {
        List<RealPageScore> scores = new ArrayList<>();
        for (RealPage page : pages) {
            Article article = ArticleFinder.find(page.document());
            scores.add(RealPageScore.of(page, article::keeps));
        }
        return scores;
    }

    /** The Markdown report: one table per part, development pages and held-out pages totalled apart. */
    static String report(String part, List<RealPageScore> scores) {
        StringBuilder out = new StringBuilder(RealPageScore.table(part, scores));
        for (boolean heldOut : new boolean[] {false, true}) {
            List<RealPageScore> group = scores.stream().filter(s -> s.heldOut() == heldOut).toList();
            if (group.isEmpty()) {
                continue;
            }
            long article = group.stream().mapToLong(RealPageScore::articleCharacters).sum();
            long kept = group.stream().mapToLong(RealPageScore::articleKept).sum();
            long furniture = group.stream().mapToLong(RealPageScore::furnitureKept).sum();
            out.append(String.format("%n%s, %s: %d pages, %.1f %% of the article text kept, %d furniture blocks kept%n",
                    part, heldOut ? "held out" : "development", group.size(),
                    article == 0 ? 100.0 : 100.0 * kept / article, furniture));
        }
        return out.toString();
    }

    /** {@code RealPages DIR [DIR…]}: prints the report of each corpus folder. */
    public static void main(String[] args) throws IOException {
        for (String dir : args) {
            Path corpus = Path.of(dir);
            System.out.println(report(corpus.getFileName().toString(), score(load(corpus))));
        }
    }
}
