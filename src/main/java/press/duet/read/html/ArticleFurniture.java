package press.duet.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import press.duet.read.html.Article.Reason;

/**
 * Tells page furniture by what the markup says of an element: its tag, its ARIA role, whether it is
 * hidden, and the words of its class and id ({@code class="share-bar"}, {@code id="breadcrumb"},
 * {@code class="xgwz"} is not read, but the pinyin words {@code fenxiang}, {@code tuijian} are).
 *
 * <p>{@link #always(Element)} names what is never article text (scripts, styles, embedded objects);
 * {@link #marked(Element)} names what is furniture unless it turns out to hold the page's text, which
 * {@link ArticleFinder} decides.
 *
 * <pre>{@code
 * ArticleFurniture.marked(element);  // Optional[SHARE] for <div class="bdshare-box">
 * }</pre>
 */
final class ArticleFurniture {
    private static final Set<String> SCRIPTS = Set.of("script", "style", "noscript", "template", "link", "meta");
    private static final Set<String> EMBEDS = Set.of("iframe", "object", "embed", "applet", "frame", "frameset");
    private static final Set<String> CONTROLS = Set.of("form", "input", "select", "textarea", "button");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    /** Words of a class or id that say what a block is; the first rule that matches wins. */
    private static final List<Map.Entry<Reason, Set<String>>> WORDS = List.of(
            Map.entry(Reason.BREADCRUMB, Set.of("breadcrumb", "breadcrumbs", "crumb", "crumbs", "crumbnav", "mbx")),
            Map.entry(Reason.SHARE, Set.of("share", "sharing", "sharebar", "social", "bdshare", "jiathis",
                    "fenxiang", "qrcode", "erweima", "ewm", "like", "likes", "zan", "dianzan", "digg", "vote", "rating")),
            Map.entry(Reason.COMMENTS, Set.of("comment", "comments", "commentlist", "reply", "replies", "pinglun",
                    "disqus", "respond", "discuss", "liuyan")),
            Map.entry(Reason.AD, Set.of("ad", "ads", "advert", "adverts", "advertisement", "adsense", "advertising",
                    "sponsor", "sponsored", "promo", "guanggao", "dfp", "gpt")),
            Map.entry(Reason.RELATED, Set.of("related", "relate", "recommend", "recommended", "recommendation",
                    "recommendations", "xiangguan", "tuijian", "popular", "mostviewed", "trending", "hotnews",
                    "ranking", "paihang", "readmore", "tag", "tags", "tagcloud", "keyword", "keywords", "biaoqian")),
            Map.entry(Reason.PREVIOUS_NEXT, Set.of("prev", "previous", "next", "pager", "pagination", "paging",
                    "pagenav", "prevnext", "shangyipian", "xiayipian")),
            Map.entry(Reason.NAVIGATION, Set.of("nav", "navbar", "navigation", "menu", "menubar", "topnav", "subnav",
                    "daohang", "toolbar", "skip", "search", "sitemap", "edit", "editsection", "editlink")),
            Map.entry(Reason.SIDEBAR, Set.of("sidebar", "side", "sidenav", "aside", "widget", "widgets", "rail")),
            Map.entry(Reason.FOOTER, Set.of("footer", "foot", "copyright", "banquan", "colophon")),
            Map.entry(Reason.HEADER, Set.of("header", "masthead", "topbar", "branding", "logo")),
            Map.entry(Reason.FORM, Set.of("login", "signin", "signup", "register", "subscribe", "newsletter")));

    /** Words that name the article itself: a block named "article-header" is the article's header, not the site's. */
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "post", "story", "entry", "content",
            "main", "text", "body", "detail", "news", "zhengwen");

    private static final Map<String, Reason> ROLES = Map.of(
            "navigation", Reason.NAVIGATION, "banner", Reason.HEADER, "contentinfo", Reason.FOOTER,
            "complementary", Reason.SIDEBAR, "search", Reason.FORM, "menu", Reason.NAVIGATION,
            "menubar", Reason.NAVIGATION);

    private ArticleFurniture() {}

    /** The reason an element is never article text (a script, a style, an embedded object), if it is one. */
    static Optional<Reason> always(Element element) {
        String tag = element.normalName();
        if (SCRIPTS.contains(tag)) {
            return Optional.of(Reason.SCRIPT);
        }
        if (EMBEDS.contains(tag)) {
            return Optional.of(Reason.EMBED);
        }
        return Optional.empty();
    }

    /** The reason the markup gives for an element being furniture (its tag, role, hidden state or names). */
    static Optional<Reason> marked(Element element) {
        String tag = element.normalName();
        if (hidden(element)) {
            return Optional.of(Reason.HIDDEN);
        }
        if (CONTROLS.contains(tag)) {
            return Optional.of(Reason.FORM);
        }
        if (tag.equals("nav")) {
            return Optional.of(Reason.NAVIGATION);
        }
        if (tag.equals("aside")) {
            return Optional.of(Reason.SIDEBAR);
        }
        if ((tag.equals("header") || tag.equals("footer")) && !inArticleSection(element)) {
            return Optional.of(tag.equals("header") ? Reason.HEADER : Reason.FOOTER);
        }
        if (element.attributesSize() == 0) {
            return Optional.empty(); // most elements of a page: nothing more to read
        }
        Reason role = element.hasAttr("role") ? ROLES.get(element.attr("role").trim().toLowerCase(Locale.ROOT)) : null;
        if (role != null) {
            return Optional.of(role);
        }
        if (element.attr("aria-label").toLowerCase(Locale.ROOT).contains("breadcrumb")) {
            return Optional.of(Reason.BREADCRUMB);
        }
        String names = element.className() + " " + element.id();
        if (names.isBlank() || midSentence(element)) {
            return Optional.empty();
        }
        return byWords(words(names));
    }

    /**
     * Whether the element is inline and has text of its sentence on both sides ({@code 秘书长<span
     * class="keyword-inner">古特雷斯</span>致辞}): a word of the text a site marks (a keyword link, a
     * highlighted tag), whatever its class says; a widget is a block, or stands apart from the text.
     */
    private static boolean midSentence(Element element) {
        return !ElementKinds.isBlock(element) && isText(element.previousSibling()) && isText(element.nextSibling());
    }

    private static boolean isText(Node node) {
        return node instanceof TextNode text && !text.isBlank();
    }

    /**
     * The furniture a set of class and id words names. A header or footer named after the article
     * ({@code post-header}) is the article's own; a share bar or comment list named after it is not.
     */
    static Optional<Reason> byWords(List<String> words) {
        boolean articles = words.stream().anyMatch(ARTICLE_WORDS::contains);
        for (Map.Entry<Reason, Set<String>> rule : WORDS) {
            Reason reason = rule.getKey();
            if (articles && (reason == Reason.HEADER || reason == Reason.FOOTER)) {
                continue;
            }
            for (String word : words) {
                if (rule.getValue().contains(word)) {
                    return Optional.of(reason);
                }
            }
        }
        return Optional.empty();
    }

    /** The lower-case words of a class or id list: {@code "shareBar top_nav-2"} gives share, bar, top, nav, 2. */
    static List<String> words(String names) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(names.trim())) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean hidden(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        return element.hasAttr("hidden")
                || element.attr("aria-hidden").trim().equalsIgnoreCase("true")
                || (element.normalName().equals("input") && element.attr("type").equalsIgnoreCase("hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style")).find();
    }

    /** A header or footer inside an {@code <article>}, {@code <main>} or {@code <section>} is the article's own. */
    private static boolean inArticleSection(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("section")) {
                return true;
            }
        }
        return false;
    }
}
