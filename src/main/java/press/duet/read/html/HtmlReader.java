package press.duet.read.html;

import java.nio.charset.Charset;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.Format;
import press.duet.read.ReadOptions;
import press.duet.read.Source;
import press.duet.read.TextDecoder;
import press.duet.report.Dropped;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Reads a web page (.html, .htm, .xhtml, .shtml) as a browser saved it: decoded in the encoding its
 * bytes are ({@link HtmlEncoding}), parsed by jsoup as browsers parse HTML (malformed markup too), its
 * article's content read by {@link HtmlContent} and what the page declares about it by
 * {@link PageMetadata}. The article is what {@link ArticleFinder} finds (its heading above it kept);
 * the page's furniture with text is the draft's {@link Draft#dropped()}, each part with its reason, for
 * {@code duet inspect} to list. With {@link ReadOptions#keepFurniture()} ({@code --keep-furniture}) the
 * whole page is the text, in page order after the article's heading (which still names the book): its
 * menus, share bars, related lists and footers are kept as paragraphs, and only what a browser shows as no text (scripts, frames, elements the page hides) stays
 * out. Scripts are never run and nothing is fetched. A page with no article text is refused in one line.
 *
 * <pre>{@code
 * Draft draft = Format.HTML.reader().read(Source.of("article.html", html), ReadOptions.DEFAULTS, notes);
 * }</pre>
 */
public final class HtmlReader {
    private HtmlReader() {
    }

    /** The parts a browser shows as no text: never kept, not even when the whole page is read. */
    private static final Set<Article.Reason> NEVER_SHOWN = EnumSet.of(Article.Reason.HIDDEN, Article.Reason.SCRIPT,
            Article.Reason.EMBED);
    /** The reason inspect gives a part left out because the page hides it: {@code --keep-furniture} does not bring it back. */
    public static final String HIDDEN_PART = reason(Article.Reason.HIDDEN);

    public static Draft read(Source source, ReadOptions options, Consumer<Finding> notes) {
        Charset encoding = options.encoding();
        byte[] bytes = source.bytes();
        Charset charset = encoding != null || TextDecoder.hasByteOrderMark(bytes) ? encoding
                : HtmlEncoding.of(bytes, source.name(), notes);
        TextDecoder.Decoded decoded = TextDecoder.decode(source, charset, notes);
        Document page = Jsoup.parse(decoded.text(), "", HtmlContent.parser());
        Element body = page.body() != null ? page.body() : page;
        HeadingGroups.join(body);
        Article found = ArticleFinder.find(page);
        Element article = found.root();
        boolean wholePage = options.keepFurniture();
        Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        found.left().stream().filter(left -> !wholePage || NEVER_SHOWN.contains(left.reason()))
                .forEach(left -> furniture.add(left.element()));
        List<Element> roots = new ArrayList<>();
        if (wholePage) {
            // The article's heading names the book, also when the page's menus are read above it: it is
            // read first, and the rest of the page after it in page order.
            found.heading().ifPresent(heading -> {
                roots.add(heading);
                furniture.add(heading);
            });
            roots.add(body);
        } else {
            found.heading().filter(heading -> !isInside(heading, article)).ifPresent(roots::add);
            roots.add(article);
        }
        List<DraftBlock> blocks = HtmlContent.blocks(body, roots, furniture::contains, wholePage, source.name(),
                source.resources(), notes);
        if (blocks.stream().noneMatch(block -> !block.isPlaced() && block.lines().stream().anyMatch(line -> !line.isBlank()))) {
            throw new DuetException(source.name() + ": the page holds no article text (only "
                    + (page.body() == null || page.body().text().isBlank() ? "markup, scripts or styles" : "navigation, forms or other page furniture")
                    + "); save the article's own page, or copy its text into a .txt file");
        }
        Declared declared = PageMetadata.of(page, article);
        return new Draft(source.name(), decoded.encoding(), blocks, Format.HTML.label(), declared,
                dropped(found, furniture::contains, source.name()));
    }

    private static boolean isInside(Element inner, Element outer) {
        for (Element at = inner; at != null; at = at.parent()) {
            if (at == outer) {
                return true;
            }
        }
        return false;
    }

    /** The page's furniture left out that held text, each part with its line and the reason the finder gave. */
    private static List<Dropped> dropped(Article article, java.util.function.Predicate<Element> leftOut, String source) {
        List<Dropped> dropped = new ArrayList<>();
        for (Article.Left left : article.left()) {
            if (!leftOut.test(left.element())) {
                continue;
            }
            String text = HtmlInlines.collapse(left.element().text()).strip();
            if (!text.isEmpty()) {
                String excerpt = text.codePointCount(0, text.length()) > 120 ? text.substring(0, text.offsetByCodePoints(0, 120)) + "…" : text;
                dropped.add(new Dropped(new Place(source, HtmlFindings.lineOf(left.element())), excerpt, reason(left.reason())));
            }
        }
        return dropped;
    }

    /** The reason in words, as inspect lists it: "previous/next links", "outside the article". */
    static String reason(Article.Reason reason) {
        return switch (reason) {
            case NAVIGATION -> "navigation";
            case HEADER -> "site header";
            case FOOTER -> "site footer";
            case SIDEBAR -> "sidebar";
            case BREADCRUMB -> "breadcrumb trail";
            case SHARE -> "share or scan prompt";
            case COMMENTS -> "comments";
            case AD -> "advertising";
            case RELATED -> "related articles";
            case PREVIOUS_NEXT -> "previous/next links";
            case FORM -> "form";
            case HIDDEN -> "hidden element";
            case SCRIPT -> "script or style";
            case EMBED -> "embedded frame or object";
            case LINK_LIST -> "list of links";
            case OUTSIDE_ARTICLE -> "outside the article";
        };
    }
}
