package press.duet.read.html;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.Format;
import press.duet.read.Source;
import press.duet.read.TextDecoder;
import press.duet.report.DuetException;
import press.duet.report.Finding;

/**
 * Reads a web page (.html, .htm, .xhtml, .shtml) as a browser saved it: decoded in the encoding its
 * bytes are ({@link HtmlEncoding}), parsed by jsoup as browsers parse HTML (malformed markup too), its
 * article's content read by {@link HtmlContent} and what the page declares about it by
 * {@link PageMetadata}. Scripts are never run and nothing is fetched. A page with no article text is
 * refused in one line.
 *
 * <pre>{@code
 * Draft draft = Format.HTML.reader().read(Source.of("article.html", html), null, notes);
 * }</pre>
 */
public final class HtmlReader {
    private HtmlReader() {
    }

    public static Draft read(Source source, Charset encoding, Consumer<Finding> notes) {
        byte[] bytes = source.bytes();
        Charset charset = encoding != null || TextDecoder.hasByteOrderMark(bytes) ? encoding
                : HtmlEncoding.of(bytes, source.name(), notes);
        TextDecoder.Decoded decoded = TextDecoder.decode(source, charset, notes);
        Document page = Jsoup.parse(decoded.text(), "", HtmlContent.parser());
        Element article = article(page);
        List<DraftBlock> blocks = HtmlContent.blocks(article, source.name(), source.resources(), notes);
        if (blocks.stream().noneMatch(block -> !block.isPlaced() && block.lines().stream().anyMatch(line -> !line.isBlank()))) {
            throw new DuetException(source.name() + ": the page holds no article text (only "
                    + (page.body() == null || page.body().text().isBlank() ? "markup, scripts or styles" : "navigation, forms or other page furniture")
                    + "); save the article's own page, or copy its text into a .txt file");
        }
        Declared declared = PageMetadata.of(page, article);
        return new Draft(source.name(), decoded.encoding(), blocks, Format.HTML.label(), declared);
    }

    /** The element whose content is the article: the page's body. */
    private static Element article(Document page) {
        return page.body() != null ? page.body() : page;
    }
}
