package press.duet.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Document;
import press.duet.model.Para;
import press.duet.read.html.HtmlContent;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * An HTML block of a Markdown file (a {@code <div>}, a {@code <p>}, a table copied from a page) read as
 * a web page's content is read: through {@link HtmlContent}, the one conversion of HTML into blocks, so
 * that its paragraphs, headings, lists, tables, figures, notes and inlines are what they would be in a
 * saved page. Its lines and the findings about it are placed in the Markdown file (the block's first
 * line is the Markdown line it starts on), and its blocks take the form of the quotation or list item
 * the block stands in.
 *
 * <pre>{@code
 * List<DraftBlock> blocks = MarkdownHtmlBlocks.read("<div>第二段。</div>", 3, "a.md", resources, notes, form -> form);
 * }</pre>
 */
final class MarkdownHtmlBlocks {
    private MarkdownHtmlBlocks() {
    }

    /**
     * @param line    the Markdown line the block starts on
     * @param nesting the form each block takes where the block stands (given the form its HTML gave it);
     *                {@code first} is asked for the first block only (a list item's marker goes there)
     */
    static List<DraftBlock> read(String html, int line, String source, Resources resources, Consumer<Finding> notes,
                                 UnaryOperator<Para.Form> first, UnaryOperator<Para.Form> nesting) {
        // Parsed as the body's content, as a browser would (a script stays where it stands, counted).
        Document page = Document.createShell("");
        page.body().appendChildren(HtmlContent.parser().parseFragmentInput(html, page.body(), ""));
        int shift = line - 1;
        Consumer<Finding> placed = finding -> notes.accept(new Finding(
                new Place(finding.place().file(), at(finding.place().line(), shift, line)), finding.message()));
        List<DraftBlock> blocks = new ArrayList<>();
        for (DraftBlock block : HtmlContent.blocks(page.body(), source, resources, placed)) {
            DraftBlock.Rich rich = block.rich();
            if (!block.isPlaced() && block.kind() != DraftBlock.Kind.HEADING) {
                // A plain paragraph has no markup of its own (Rich.orNone) but still takes the form of
                // the quotation or list item it stands in.
                Para.Form form = (blocks.isEmpty() ? first : nesting).apply(block.form());
                rich = DraftBlock.Rich.orNone(block.richLines(), form);
            }
            blocks.add(new DraftBlock(at(block.line(), shift, line), block.lines(), block.kind(), block.level(), rich,
                    block.item()));
        }
        return blocks;
    }

    /** A line of the fragment as a line of the Markdown file; an untracked one is the block's first. */
    private static int at(int fragmentLine, int shift, int blockLine) {
        return fragmentLine > 0 ? fragmentLine + shift : blockLine;
    }
}
