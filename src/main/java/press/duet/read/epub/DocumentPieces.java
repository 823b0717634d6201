package press.duet.read.epub;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A content document cut where chapters start inside it (a table of contents entry pointing at
 * {@code ch1.xhtml#chapter2}): everything before the target element in document order stays in the
 * first piece, the target and everything after it go to the next. Each piece is a body of its own,
 * holding shallow copies of the target's ancestors, so markup around the cut (a section, a div) is
 * kept on both sides.
 *
 * <pre>{@code
 * List<Element> pieces = DocumentPieces.cut(body, List.of(body.getElementById("chapter2")));
 * }</pre>
 */
final class DocumentPieces {
    private DocumentPieces() {
    }

    /**
     * @param body    the document's body; it becomes the first piece
     * @param targets elements of the body in document order, each starting a piece
     * @return the pieces, one more than the targets
     */
    static List<Element> cut(Element body, List<Element> targets) {
        List<Element> pieces = new ArrayList<>();
        pieces.add(body);
        Element rest = body;
        for (Element target : targets) {
            rest = splitOff(rest, target);
            pieces.add(rest);
        }
        return pieces;
    }

    /** Moves {@code target} and everything after it out of {@code root} into a shallow copy of root. */
    private static Element splitOff(Element root, Element target) {
        Node node = target;
        Element carried = null;
        while (node != root) {
            Element parent = (Element) node.parent();
            Element copy = parent.shallowClone();
            if (carried != null) {
                copy.appendChild(carried);
            }
            List<Node> moving = new ArrayList<>();
            for (Node sibling = carried == null ? node : node.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
                moving.add(sibling);
            }
            for (Node moved : moving) {
                moved.remove();
                copy.appendChild(moved);
            }
            carried = copy;
            node = parent;
        }
        return carried == null ? root.shallowClone() : carried;
    }
}
