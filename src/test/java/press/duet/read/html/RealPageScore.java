package press.duet.read.html;

import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * How well a main-content finder did on one real page: how much of the article's text it kept (by
 * characters of the article's blocks) and how many furniture blocks it kept (each one would be
 * published as a paragraph).
 *
 * @param articleCharacters characters in the page's article blocks
 * @param articleKept of those, characters in blocks the finder kept
 * @param furnitureBlocks the page's furniture blocks
 * @param furnitureKept furniture blocks the finder kept
 * @param furnitureKeptCharacters characters of those
 */
record RealPageScore(String id, String site, boolean heldOut, int articleCharacters, int articleKept,
        int furnitureBlocks, int furnitureKept, int furnitureKeptCharacters) {

    static RealPageScore of(RealPage page, Predicate<Element> kept) {
        int articleCharacters = 0;
        int articleKept = 0;
        int furnitureBlocks = 0;
        int furnitureKept = 0;
        int furnitureKeptCharacters = 0;
        for (RealPage.Block block : page.blocks()) {
            int characters = visible(block.element().ownText());
            boolean keeps = kept.test(block.element());
            if (block.label() == 'A') {
                articleCharacters += characters;
                articleKept += keeps ? characters : 0;
            } else if (block.label() == 'F') {
                furnitureBlocks++;
                if (keeps && characters > 0) {
                    furnitureKept++;
                    furnitureKeptCharacters += characters;
                }
            }
        }
        return new RealPageScore(page.id(), page.property("site"), page.heldOut(), articleCharacters,
                articleKept, furnitureBlocks, furnitureKept, furnitureKeptCharacters);
    }

    /** The share of the article's text kept, 1 for a page without article text. */
    double recall() {
        return articleCharacters == 0 ? 1 : (double) articleKept / articleCharacters;
    }

    static String table(String title, List<RealPageScore> scores) {
        StringBuilder out = new StringBuilder("| " + title + " | site | article text kept | furniture blocks kept |\n"
                + "| --- | --- | ---: | ---: |\n");
        for (RealPageScore s : scores) {
            out.append(String.format("| %s%s | %s | %.1f %% | %d of %d (%d chars) |%n", s.id(), s.heldOut() ? " (held out)" : "",
                    s.site(), 100 * s.recall(), s.furnitureKept(), s.furnitureBlocks(), s.furnitureKeptCharacters()));
        }
        return out.toString();
    }

    private static int visible(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
