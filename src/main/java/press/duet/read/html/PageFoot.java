package press.duet.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The foot of a page that has no footer markup: a hand-made page (HTML 2.0 and its like) sets its
 * "back to the home page", contact, copyright, licence and translator lines after a horizontal rule,
 * straight in the body beside the article. The foot is what follows a rule of the article's root, where
 * the root's blocks after it are page furniture by their marks — most of them are mostly link text or
 * carry a mail address or a copyright notice, at least one a mail address or a copyright notice — and
 * hold less text than the blocks before the rule. A section break before the article's last section is
 * no foot: a section of prose is sentences with a link here and there, and a closing copyright line
 * alone does not make the section furniture. The earliest such rule starts the foot, so that a rule
 * inside the foot (a "read other articles" heading between two rules) is in it.
 */
final class PageFoot {
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\)\\s*\\d{4}|copyright\\s+\\d{4}|版權所有|版权所有",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private PageFoot() {
    }

    /** The root's blocks that are its page's foot, in page order; none when it has no such foot. */
    static List<Element> of(Element root) {
        List<Element> children = root.children();
        int n = children.size();
        // Each block is read once, and the marks of every tail are summed from the end, so that a page
        // of many rules costs no more than a page of one.
        int[] blocksAfter = new int[n + 1];
        int[] markedAfter = new int[n + 1];
        int[] lengthAfter = new int[n + 1];
        boolean[] ownedAfter = new boolean[n + 1];
        int[] lengths = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            Element block = children.get(i);
            int own = length(block);
            lengths[i] = own;
            boolean notice = own > 0 && (COPYRIGHT.matcher(block.text()).find() || MAIL_ADDRESS.matcher(block.text()).find()
                    || !block.select("a[href^=mailto:]").isEmpty());
            blocksAfter[i] = blocksAfter[i + 1] + (own > 0 ? 1 : 0);
            markedAfter[i] = markedAfter[i + 1] + (own > 0 && (notice || linkText(block) * 2 >= own) ? 1 : 0);
            lengthAfter[i] = lengthAfter[i + 1] + own;
            ownedAfter[i] = ownedAfter[i + 1] || notice;
        }
        int before = 0;
        for (int i = 0; i < n; i++) {
            if (children.get(i).normalName().equals("hr") && ownedAfter[i + 1] && markedAfter[i + 1] * 2 > blocksAfter[i + 1]
                    && lengthAfter[i + 1] < before) {
                return new ArrayList<>(children.subList(i + 1, n));
            }
            before += lengths[i];
        }
        return List.of();
    }

    /** The characters of the block's link text, spaces not counted. */
    private static int linkText(Element block) {
        return block.select("a[href]").stream().mapToInt(PageFoot::length).sum();
    }

    /** The block's text in characters, spaces not counted. */
    private static int length(Element block) {
        return (int) block.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
