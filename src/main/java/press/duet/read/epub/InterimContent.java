package press.duet.read.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import press.duet.read.DraftBlock;
import press.duet.read.Resources;
import press.duet.report.Finding;

/**
 * A stand-in for the project's HTML content conversion ({@code press.duet.read.html.HtmlContent}, due
 * from another branch) until it is merged: headings and paragraph-like elements as plain text, no
 * inline markup. It goes when that conversion arrives; nothing else calls it.
 */
final class InterimContent {
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "dt", "dd", "pre", "figcaption", "td", "th");

    private InterimContent() {
    }

    static List<DraftBlock> blocks(Element root, String sourceName, Resources resources, Consumer<Finding> notes) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            String tag = EpubXml.localName(element);
            int line = Math.max(1, element.sourceRange().startPos() < 0 ? 1 : element.sourceRange().start().lineNumber());
            String text = element.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (tag.matches("h[1-6]")) {
                blocks.add(DraftBlock.heading(line, tag.charAt(1) - '0', text));
            } else if (PARAGRAPHS.contains(tag) && element.parents().stream().noneMatch(p -> PARAGRAPHS.contains(EpubXml.localName(p)))
                    || tag.equals("div") && !element.ownText().isBlank()) {
                blocks.add(new DraftBlock(line, List.of(tag.equals("div") ? element.ownText().strip() : text), DraftBlock.Kind.PARAGRAPH, 0));
            }
        }
        return blocks;
    }
}
