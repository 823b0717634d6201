package press.duet.read.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import press.duet.text.Scripts;

/**
 * A heading group ({@code <hgroup>}: a heading and the paragraphs or lower headings that give its
 * subtitle, as Standard Ebooks writes a chapter's number over its title, or a page its headline over
 * the headline's translation) is one heading. In one language the subtitle joins the heading after a
 * colon, so that "II" over "Waging War" is the heading "II: Waging War", as a table of contents names
 * the chapter (a Chinese one after a space: "第二章 作战"); in the other language it is the heading's
 * translation, joined after a space, which the structure stage cuts into the heading's two sides as it
 * cuts "灯笼夜 The Lantern Night". Either way no
 * part of the group is a paragraph of the text. Notes referred to from the subtitle stay with it.
 *
 * <pre>{@code
 * HeadingGroups.join(body); // <hgroup><h2>II</h2><p>Waging War</p></hgroup> → <h2>II: Waging War</h2>
 * }</pre>
 */
public final class HeadingGroups {
    private HeadingGroups() {
    }

    /** Rewrites every heading group of the body (a saved page's or an e-book's document) in place. */
    public static void join(Element body) {
        for (Element group : body.getElementsByTag("hgroup")) {
            List<Element> parts = group.children();
            Element heading = parts.stream().filter(HeadingGroups::isHeading).findFirst().orElse(null);
            if (heading == null) {
                continue;
            }
            for (Element part : parts) {
                if (part == heading || !(part.tagName().equals("p") || isHeading(part)) || part.text().isBlank()) {
                    continue;
                }
                // A Chinese heading's number and name are set apart by a space ("第二章 作战"), as its translation is.
                boolean latinOnly = !hasHan(heading.text()) && !hasHan(part.text());
                heading.appendChild(new TextNode(latinOnly ? ": " : " "));
                for (Node child : List.copyOf(part.childNodes())) {
                    heading.appendChild(child);
                }
                part.remove();
            }
            group.unwrap();
        }
    }

    private static boolean isHeading(Element element) {
        return element.tagName().matches("h[1-6]");
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(Scripts::isHan);
    }
}
