package press.duet.read.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The main content of a web page as {@link ArticleFinder} found it: the element that holds the article,
 * the article's heading, and every element that was left out of it with the reason.
 *
 * <p>Every element of the page's body is either inside {@link #root()} or inside one of {@link #left()};
 * elements inside the root can be left out too (a share bar between two paragraphs), so a converter walks
 * the root and skips what {@link #keeps(Element)} refuses. The page itself is not changed.
 *
 * <pre>{@code
 * Article article = ArticleFinder.find(Jsoup.parse(html));
 * for (Element p : article.root().select("p")) if (article.keeps(p)) read(p);
 * }</pre>
 *
 */
public final class Article {
    private final Element root;
    private final Element heading;
    private final List<Left> left;
    private final Map<Element, Reason> leftOut = new IdentityHashMap<>(); // jsoup's equals compares content

    /** Why an element was left out of the article. */
    public enum Reason {
        /** A site's menu or navigation bar ({@code <nav>}, {@code role=navigation}, a "menu" class). */
        NAVIGATION,
        /** The site's header or masthead (not the article's own header). */
        HEADER,
        /** The site's footer, copyright lines. */
        FOOTER,
        /** A sidebar or column of widgets beside the article. */
        SIDEBAR,
        /** The "you are here" trail (首页 > 新闻 > …). */
        BREADCRUMB,
        /** Share buttons, QR codes to scan (分享到, 扫码). */
        SHARE,
        /** Comments and the form to write one. */
        COMMENTS,
        /** Advertising. */
        AD,
        /** Lists of related, recommended or popular articles (相关文章, 推荐阅读). */
        RELATED,
        /** Links to the previous and next article or page (上一篇/下一篇), page numbers. */
        PREVIOUS_NEXT,
        /** Forms and their controls: search boxes, logins, subscriptions. */
        FORM,
        /** Markup a browser does not show ({@code hidden}, {@code display:none}, {@code aria-hidden}). */
        HIDDEN,
        /** Scripts, styles and their kin ({@code <script>}, {@code <style>}, {@code <noscript>}, {@code <template>}). */
        SCRIPT,
        /** Embedded foreign content: {@code <iframe>}, {@code <object>}, {@code <embed>}. */
        EMBED,
        /** A block that is mostly links (a list of other pages), where no class or tag says more. */
        LINK_LIST,
        /** Page content outside the article's root that no rule above names. */
        OUTSIDE_ARTICLE
    }

    /**
     * One element left out of the article.
     *
     * @param element the element (of the page given to the finder)
     * @param reason why it was left out
     */
    public record Left(Element element, Reason reason) {
        public Left {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @param root the element that holds the article's text (the page's body when nothing narrower does)
     * @param heading the article's own heading (an {@code <h1>} outside the page's furniture), which may lie
     *     outside the root; null when the page has none
     * @param left the elements left out, outermost only, in page order, each with its reason
     */
    public Article(Element root, Element heading, List<Left> left) {
        this.root = Objects.requireNonNull(root, "root");
        this.heading = heading;
        this.left = List.copyOf(left);
        for (Left l : this.left) {
            leftOut.put(l.element(), l.reason());
        }
    }

    /** The element that holds the article's text. */
    public Element root() {
        return root;
    }

    /** The article's heading, when the page has one outside its furniture. */
    public Optional<Element> heading() {
        return Optional.ofNullable(heading);
    }

    /** The elements left out, outermost only, in page order. */
    public List<Left> left() {
        return left;
    }

    /** Whether {@code element} belongs to the article: inside the root and inside nothing left out. */
    public boolean keeps(Element element) {
        boolean insideRoot = false;
        for (Element e = element; e != null; e = e.parent()) {
            if (leftOut.containsKey(e)) {
                return false;
            }
            if (e == root) {
                insideRoot = true;
                break;
            }
        }
        return insideRoot;
    }

    /** Why {@code element} is left out (the reason of the outermost left-out element around it), if it is. */
    public Optional<Reason> reasonFor(Element element) {
        Reason reason = null;
        for (Element e = element; e != null; e = e.parent()) {
            Reason r = leftOut.get(e);
            if (r != null) {
                reason = r;
            }
        }
        return Optional.ofNullable(reason);
    }

}
