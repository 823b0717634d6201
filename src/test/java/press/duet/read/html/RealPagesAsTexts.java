package press.duet.read.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Writes the real pages in the layout of the real-text corpus (src/test/resources/realtexts/README.md),
 * so that its evaluation runs them end to end through Duet's reader: {@code page.html} as the input,
 * {@code gold.tsv} from the key's article blocks (each block-level article element is a paragraph, on
 * the side of its language), {@code junk.txt} from its furniture blocks, {@code meta.properties} from
 * {@code page.properties}. Pages without article text, and pages whose article is in neither English
 * nor Chinese sentences, are skipped.
 *
 * <pre>{@code
 * RealPagesAsTexts /work/realpages-private target/real-pages-as-texts
 * bench/real-texts.sh --private target/real-pages-as-texts
 * }</pre>
 */
final class RealPagesAsTexts {
    private static final Set<String> INLINE = Set.of("a", "span", "strong", "b", "em", "i", "u", "font", "sup", "sub",
            "small", "big", "abbr", "cite", "code", "label", "q", "s", "mark", "time");

    private RealPagesAsTexts() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        for (RealPage page : RealPages.load(Path.of(args[0]))) {
            List<String> gold = new ArrayList<>();
            Set<String> junk = new LinkedHashSet<>();
            List<Element> paragraphs = new ArrayList<>();
            java.util.Map<Element, Character> labels = new java.util.IdentityHashMap<>();
            page.blocks().forEach(b -> labels.put(b.element(), b.label()));
            for (RealPage.Block block : page.blocks()) {
                Element e = block.element();
                if (block.label() == 'A' && !INLINE.contains(e.normalName())
                        && paragraphs.stream().noneMatch(p -> inside(e, p))) {
                    paragraphs.add(e);
                    String text = articleText(e, labels);
                    gold.add(chinese(text) ? text + "\t" : "\t" + text);
                } else if (block.label() == 'F' && e.ownText().strip().length() >= 2) {
                    junk.add(e.text().strip());
                }
            }
            if (gold.isEmpty() || page.property("shape").contains("pinyin")) {
                continue;
            }
            Path folder = Files.createDirectories(out.resolve(page.id()));
            Files.copy(page.folder().resolve("page.html"), folder.resolve("page.html"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.write(folder.resolve("gold.tsv"), gold, StandardCharsets.UTF_8);
            Files.write(folder.resolve("junk.txt"), junk, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("meta.properties"), "files=page.html\nsource=" + page.property("site")
                    + "\nsource_url=" + page.property("url") + "\nlicence=" + page.property("licence")
                    + "\nheld_out=" + page.heldOut() + "\nshape=" + page.property("shape") + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The paragraph's text from its article blocks only: a note marker or hidden formula labelled M is not in it. */
    private static String articleText(Element paragraph, java.util.Map<Element, Character> labels) {
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.TextNode node : allText(paragraph)) {
            Element parent = (Element) node.parent();
            if (labels.getOrDefault(parent, 'A') == 'A') {
                text.append(node.getWholeText());
            }
        }
        return text.toString().replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static List<org.jsoup.nodes.TextNode> allText(Element element) {
        List<org.jsoup.nodes.TextNode> nodes = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                nodes.add(t);
            }
        }, element);
        return nodes;
    }

    private static boolean inside(Element element, Element ancestor) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean chinese(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
        return han > 0 && han * 3 >= latin;
    }
}
