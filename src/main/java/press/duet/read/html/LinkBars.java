package press.duet.read.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A bar of links: a run of a page's text made of links alone, with nothing between them but separators
 * ({@code [ 英文 | 法文 | 日文 ]}, {@code Home · News · About}). It is how pages written before navigation
 * elements existed set their language bars and menus — loose in the body or in a paragraph — and it is
 * no sentence of the article in any language: a sentence has words outside its links. Three links at the
 * least, since two links joined by a separator ({@code 加入 / 幫助}) can still be a line of the text.
 */
final class LinkBars {
    /** The fewest links a bar has. */
    private static final int FEWEST_LINKS = 3;

    private LinkBars() {
    }

    /** Whether the nodes of one run of text (in page order) are a bar of links. */
    static boolean is(List<Node> run) {
        Tally tally = new Tally();
        for (Node node : run) {
            tally.add(node);
        }
        return tally.links >= FEWEST_LINKS && !tally.wordsOutside;
    }

    private static final class Tally {
        int links;
        boolean wordsOutside;

        void add(Node node) {
            if (node instanceof TextNode text) {
                wordsOutside |= hasWords(text.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("a") && element.hasAttr("href")) {
                    if (hasWords(element.text())) {
                        links++;
                    }
                } else if (tag.equals("img")) {
                    wordsOutside |= hasWords(element.attr("alt"));
                } else {
                    element.childNodes().forEach(this::add);
                }
            }
        }

        /** Whether the text holds a letter or a digit: anything but spaces, punctuation and symbols. */
        private static boolean hasWords(String text) {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }
}
