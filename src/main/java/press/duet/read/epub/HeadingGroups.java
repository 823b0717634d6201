package press.duet.read.epub;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A heading group ({@code <hgroup>}: a heading and the paragraphs that give its subtitle, as
 * Standard Ebooks writes a chapter's number over its title) is one heading: the paragraphs' content
 * joins the heading's after a colon, so that "II" over "Waging War" is the heading "II: Waging War",
 * as the book's table of contents names the chapter, and its title is no paragraph of the text. Notes
 * referred to from the subtitle stay with it.
 *
 * <pre>{@code
 * HeadingGroups.join(body); // <hgroup><h2>II</h2><p>Waging War</p></hgroup> → <h2>II: Waging War</h2>
 * }</pre>
 */
final class HeadingGroups {
    private HeadingGroups() {
    }

    /** Rewrites every heading group of the body in place. */
    static void join(Element body) {
        for (Element group : body.getElementsByTag("hgroup")) {
            List<Element> parts = group.children();
            Element heading = parts.stream().filter(e -> e.tagName().matches("h[1-6]")).findFirst().orElse(null);
            if (heading == null) {
                continue;
            }
            for (Element part : parts) {
                if (part == heading || !part.tagName().equals("p") || part.text().isBlank()) {
                    continue;
                }
                heading.appendChild(new TextNode(": "));
                for (org.jsoup.nodes.Node child : List.copyOf(part.childNodes())) {
                    heading.appendChild(child);
                }
                part.remove();
            }
            group.unwrap();
        }
    }
}
