package press.duet.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import press.duet.read.html.Article.Left;
import press.duet.read.html.Article.Reason;

/**
 * Finds the article in a web page: the element that holds its text, and the furniture to leave out
 * (menus, headers, footers, sidebars, breadcrumbs, share and comment widgets, ads, related and
 * previous/next lists, forms, hidden markup, scripts, styles and embedded objects).
 *
 * <p>It reads no site's layout. First the markup names furniture ({@link ArticleFurniture}: tags, ARIA
 * roles, hidden state, the words of classes and ids), and a block that is mostly link text, with no
 * sentence outside its links, is a link list; but a wrapper around the page is no furniture, whatever
 * its name: a block that holds more than half of the page's text, most of it in one child that nothing
 * names (a page wrapped whole in a {@code <form>}). Then, with the furniture set aside, the root is the
 * innermost element that holds more than half of the page's text units ({@link ArticleText}: runs of
 * text and their sentence ends, outside links); where the root holds one language and its parent also
 * holds the other language's translation (a block of Chinese beside a block of English), the root is
 * the parent, and so it is where the root is one of the article's sections, opening with a heading of
 * the level its siblings open with.
 *
 * <pre>{@code
 * Article article = ArticleFinder.find(Jsoup.parse(Files.readString(page)));
 * article.root();  // <div class="article-body">…
 * article.left();  // [Left(<nav>…, NAVIGATION), Left(<div class="share">…, SHARE), …]
 * }</pre>
 */
public final class ArticleFinder {
    /** Tags a link list can be: blocks, lists and table parts, never a run of inline text. */
    private static final Set<String> BLOCKS = Set.of("div", "ul", "ol", "dl", "table", "tbody", "tr", "td",
            "p", "section", "li", "dd", "span", "font", "center", "menu");

    private ArticleFinder() {}

    /**
     * Finds the article of a parsed page; the page is not changed.
     *
     * @param page a page parsed by jsoup
     * @return the article's root (the body when no narrower element holds its text), its heading and
     *     every element left out with the reason
     */
    public static Article find(Document page) {
        Objects.requireNonNull(page, "page");
        Element body = page.body();
        List<Element> elements = body.getAllElements();
        ArticleText raw = ArticleText.measure(body, elements.size(), e -> ArticleFurniture.always(e).isPresent());
        Map<Element, Reason> furniture = furniture(body, elements, raw);
        ArticleText content = ArticleText.measure(body, elements.size(), furniture::containsKey);
        Element root = root(body, content);
        PageFoot.of(root).forEach(block -> furniture.putIfAbsent(block, Reason.FOOTER));
        return new Article(root, heading(page, furniture), left(body, root, furniture));
    }

    /** Every element the markup or its links name furniture, except those holding most of the page's text. */
    private static Map<Element, Reason> furniture(Element body, List<Element> elements, ArticleText raw) {
        double pageUnits = raw.of(body).units();
        Map<Element, Reason> furniture = new IdentityHashMap<>();
        for (Element element : elements) {
            if (element == body) {
                continue;
            }
            Optional<Reason> always = ArticleFurniture.always(element);
            if (always.isPresent()) {
                furniture.put(element, always.get());
                continue;
            }
            ArticleText.Tally tally = raw.of(element);
            Optional<Reason> reason = ArticleFurniture.marked(element);
            if (reason.isEmpty() && linkList(element, tally)) {
                reason = Optional.of(Reason.LINK_LIST);
            }
            if (reason.isPresent() && !wrapsThePage(element, tally, pageUnits, raw)) {
                furniture.put(element, reason.get());
            }
        }
        return furniture;
    }

    /**
     * Whether a block named as furniture is only a wrapper around the page: it holds most of the page's
     * text, and most of its own text lies in one child that nothing names furniture (a page wrapped
     * whole in a {@code <form>}). A comment section with more text than the article is no wrapper: its
     * text lies in comments, each named so.
     */
    private static boolean wrapsThePage(Element element, ArticleText.Tally tally, double pageUnits, ArticleText raw) {
        if (tally.units() * 2 <= pageUnits) {
            return false;
        }
        for (Element child : element.children()) {
            if (raw.of(child).units() * 2 > tally.units()
                    && ArticleFurniture.always(child).isEmpty()
                    && ArticleFurniture.marked(child).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block with two links or more whose text is mostly link text and holds no sentence outside the
     * links: a paragraph of prose beside a few links is no list of links.
     */
    private static boolean linkList(Element element, ArticleText.Tally tally) {
        return BLOCKS.contains(element.normalName())
                && tally.links() >= 2
                && tally.linkCharacters() * 2 > tally.characters()
                && tally.sentenceEnds() == 0;
    }

    /** The innermost element with most of the page's text, widened to take in a translation beside it. */
    private static Element root(Element body, ArticleText content) {
        double pageUnits = content.of(body).units();
        Element root = body;
        descend:
        while (true) {
            for (Element child : root.children()) {
                if (content.of(child).units() * 2 > pageUnits) {
                    root = child;
                    continue descend;
                }
            }
            break;
        }
        while (root != body && (translationBeside(content.of(root), content.of(root.parent())) || sectionsBeside(root, content))) {
            root = root.parent();
        }
        return root;
    }

    /**
     * Whether the root is one section of the article and its siblings are the others: it opens with a
     * heading (h2–h6), and a sibling that holds text outside the furniture opens with a heading of the
     * same level ("Question", "Quick answer" beside the long "Details"). The longest section holds more
     * than half of the text as often as not, and a page's boxes around the article open with no heading
     * of the article's level, or are furniture, or hold no text outside links.
     */
    private static boolean sectionsBeside(Element root, ArticleText content) {
        String level = openingHeading(root);
        if (level == null) {
            return false;
        }
        for (Element sibling : root.parent().children()) {
            if (sibling != root && content.of(sibling).units() > 0 && level.equals(openingHeading(sibling))) {
                return true;
            }
        }
        return false;
    }

    /** The tag of the heading (h2–h6) a block opens with: its first child with text. */
    private static String openingHeading(Element block) {
        for (Element child : block.children()) {
            if (!child.text().isBlank()) {
                return child.normalName().matches("h[2-6]") ? child.normalName() : null;
            }
        }
        return null;
    }

    /**
     * Whether a parent holds the translation of a root in one language: the root has less than half as
     * much of the other language as of its own, and the parent adds at least half as much of it.
     */
    private static boolean translationBeside(ArticleText.Tally root, ArticleText.Tally parent) {
        boolean chinese = root.chinese() >= root.english();
        double own = chinese ? root.chinese() : root.english();
        double other = chinese ? root.english() : root.chinese();
        double added = (chinese ? parent.english() : parent.chinese()) - other;
        return own > 0 && other * 2 < own && added * 2 >= own;
    }

    /** The first {@code <h1>} with text outside the furniture. */
    private static Element heading(Document page, Map<Element, Reason> furniture) {
        for (Element h1 : page.body().getElementsByTag("h1")) {
            if (!h1.text().isBlank() && !insideFurniture(h1, furniture)) {
                return h1;
            }
        }
        return null;
    }

    private static boolean insideFurniture(Element element, Map<Element, Reason> furniture) {
        for (Element e = element; e != null; e = e.parent()) {
            if (furniture.containsKey(e)) {
                return true;
            }
        }
        return false;
    }

    /** The outermost furniture inside the root and every element outside it, in page order. */
    private static List<Left> left(Element body, Element root, Map<Element, Reason> furniture) {
        Set<Element> aroundRoot = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = root; e != null; e = e.parent()) {
            aroundRoot.add(e);
        }
        List<Left> left = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            private int insideRoot;

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element == root) {
                    insideRoot++;
                    return FilterResult.CONTINUE;
                }
                Reason reason = furniture.get(element);
                if (insideRoot > 0) {
                    if (reason == null) {
                        return FilterResult.CONTINUE;
                    }
                } else if (aroundRoot.contains(element)) {
                    return FilterResult.CONTINUE;
                } else if (reason == null) {
                    reason = Reason.OUTSIDE_ARTICLE;
                }
                left.add(new Left(element, reason));
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == root) {
                    insideRoot--;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return left;
    }
}
