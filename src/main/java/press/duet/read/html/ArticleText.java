package press.duet.read.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much article-like text each element of a page holds, counted once over the page (iteratively, so
 * that deeply nested markup cannot overflow the stack).
 *
 * <p>Text is measured in <em>units</em>: a run of text outside links counts one, and each sentence end in
 * it (。！？；… and {@code . ! ? ;}) one more. Sentence counts are about equal in a text and its translation,
 * so a Chinese block and its English block weigh about the same though their character counts differ
 * several times; a run counts as Chinese when its Han characters are at least a third of its Latin letters.
 * Link text is counted apart: a menu is mostly links, an article mostly not.
 *
 * <pre>{@code
 * ArticleText text = ArticleText.measure(body, 1000, e -> false);
 * text.of(body).units();  // the page's text units
 * }</pre>
 */
final class ArticleText {

    /** The text one element holds. */
    static final class Tally {
        private double chinese;
        private double english;
        private int characters;
        private int linkCharacters;
        private int links;
        private int sentenceEnds;

        /** Text units in Chinese runs. */
        double chinese() {
            return chinese;
        }

        /** Text units in English (Latin) runs. */
        double english() {
            return english;
        }

        /** All text units. */
        double units() {
            return chinese + english;
        }

        /** Visible characters (not spaces), inside links and out. */
        int characters() {
            return characters;
        }

        /** Visible characters inside links. */
        int linkCharacters() {
            return linkCharacters;
        }

        /** Links ({@code <a href>}). */
        int links() {
            return links;
        }

        /** Sentence ends in text outside links. */
        int sentenceEnds() {
            return sentenceEnds;
        }

        private void add(Tally other) {
            chinese += other.chinese;
            english += other.english;
            characters += other.characters;
            linkCharacters += other.linkCharacters;
            links += other.links;
            sentenceEnds += other.sentenceEnds;
        }
    }

    private static final Tally NONE = new Tally();

    private final Map<Element, Tally> tallies;

    private ArticleText(Map<Element, Tally> tallies) {
        this.tallies = tallies;
    }

    /** The text of an element (nothing for an element that was not measured or was skipped). */
    Tally of(Element element) {
        return tallies.getOrDefault(element, NONE);
    }

    /**
     * Measures every element under {@code top} (about {@code elements} of them, to size the table); the
     * text of elements that {@code skip} accepts (and of everything inside them) is not counted, in them or
     * their ancestors.
     */
    static ArticleText measure(Element top, int elements, Predicate<Element> skip) {
        Map<Element, Tally> tallies = new IdentityHashMap<>(elements);
        Deque<Tally> open = new ArrayDeque<>();
        int[] linkDepth = {0};
        int[] skipDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (skipDepth[0] > 0 || skip.test(element)) {
                        skipDepth[0]++;
                        return;
                    }
                    Tally tally = new Tally();
                    tallies.put(element, tally);
                    open.push(tally);
                    if (element.normalName().equals("a")) {
                        linkDepth[0]++;
                        if (element.hasAttr("href")) {
                            tally.links++;
                        }
                    }
                } else if (node instanceof TextNode text && skipDepth[0] == 0 && !open.isEmpty()) {
                    count(text.getWholeText(), linkDepth[0] > 0, open.peek());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                if (skipDepth[0] > 0) {
                    skipDepth[0]--;
                    return;
                }
                Tally done = open.pop();
                if (element.normalName().equals("a")) {
                    linkDepth[0]--;
                }
                if (!open.isEmpty()) {
                    open.peek().add(done);
                }
            }
        }, top);
        return new ArticleText(tallies);
    }

    private static void count(String text, boolean inLink, Tally tally) {
        int han = 0;
        int latin = 0;
        int visible = 0;
        int ends = 0;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c < 0x80) { // most characters of most pages: no script lookup
                if (c > ' ') {
                    visible++;
                }
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                } else if (endsSentence(c, text, next)) {
                    ends++;
                }
            } else {
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    visible++;
                }
                if (isHan(c)) {
                    han++;
                } else if (c < 0x250 && Character.isLetter(c)) {
                    latin++;
                } else if (endsSentence(c, text, next)) {
                    ends++;
                }
            }
            i = next;
        }
        tally.characters += visible;
        if (inLink) {
            tally.linkCharacters += visible;
            return;
        }
        // A sentence's full stop after its last link ("…計畫</a> 。") ends a sentence outside the links.
        tally.sentenceEnds += ends;
        if (han == 0 && latin == 0) {
            return; // digits and punctuation alone are no text
        }
        double units = 1 + ends;
        if (han > 0 && han * 3 >= latin) {
            tally.chinese += units;
        } else {
            tally.english += units;
        }
    }

    /**
     * Han characters by their blocks (unified ideographs and extensions, compatibility ideographs,
     * radicals, 々 and 〇), without the script table's binary search for every CJK punctuation mark.
     */
    private static boolean isHan(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x20000 && c <= 0x323AF) || (c >= 0x2E80 && c <= 0x2FDF)
                || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303B);
    }

    /** Chinese sentence ends always; a Latin full stop only before a space, a quote or the end. */
    private static boolean endsSentence(int c, String text, int next) {
        switch (c) {
            case '。', '！', '？', '；', '…', '!', '?', ';' -> {
                return true;
            }
            case '.' -> {
                if (next >= text.length()) {
                    return true;
                }
                char after = text.charAt(next);
                return Character.isWhitespace(after) || after == '"' || after == '\u201d' || after == '\u2019';
            }
            default -> {
                return false;
            }
        }
    }
}
