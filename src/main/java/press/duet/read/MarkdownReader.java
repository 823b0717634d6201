package press.duet.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark with commonmark-java: headings become heading blocks (the structure stage makes
 * chapters of them), paragraphs, list items and quotations become paragraph blocks, code blocks and
 * paragraphs with hard line breaks keep their lines. Inline markup is reduced to its text.
 *
 * <pre>{@code
 * Draft draft = MarkdownReader.parse("book.md", TextDecoder.decode(bytes, null, "book.md"));
 * }</pre>
 */
final class MarkdownReader {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownReader() {
    }

    static Draft parse(String source, TextDecoder.Decoded decoded) {
        List<DraftBlock> blocks = new ArrayList<>();
        Node document = PARSER.parse(decoded.text());
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            collect(node, blocks, "");
        }
        return new Draft(source, decoded.encoding(), blocks, Format.MARKDOWN.label());
    }

    private static void collect(Node node, List<DraftBlock> blocks, String marker) {
        int line = lineOf(node);
        switch (node) {
            case Heading heading -> {
                String text = String.join(" ", inlineLines(heading)).strip();
                if (!text.isEmpty()) {
                    blocks.add(DraftBlock.heading(line, heading.getLevel(), text));
                }
            }
            case Paragraph paragraph -> {
                List<String> lines = inlineLines(paragraph);
                if (!marker.isEmpty() && !lines.isEmpty()) {
                    lines.set(0, marker + lines.get(0));
                }
                boolean hardBreaks = hasHardBreak(paragraph);
                lines.removeIf(String::isBlank);
                if (!lines.isEmpty()) {
                    blocks.add(new DraftBlock(line, lines, hardBreaks ? DraftBlock.Kind.VERBATIM : DraftBlock.Kind.PARAGRAPH, 0));
                }
            }
            case FencedCodeBlock code -> verbatim(code.getLiteral(), line, blocks);
            case IndentedCodeBlock code -> verbatim(code.getLiteral(), line, blocks);
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    collect(child, blocks, "");
                }
            }
            case ListBlock list -> {
                int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                        ? ordered.getMarkerStartNumber() : 1;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    String itemMarker = list instanceof OrderedList ? (number++) + ". " : "• ";
                    boolean first = true;
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        collect(child, blocks, first ? itemMarker : "");
                        first = false;
                    }
                }
            }
            case ListItem item -> {
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    collect(child, blocks, marker);
                }
            }
            case ThematicBreak ignored -> {
                // A rule between sections carries no text.
            }
            case HtmlBlock ignored -> {
                // Raw HTML is not text to publish.
            }
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    collect(child, blocks, marker);
                }
            }
        }
    }

    private static void verbatim(String literal, int line, List<DraftBlock> blocks) {
        List<String> lines = new ArrayList<>(List.of(literal.split("\n")));
        lines.removeIf(String::isBlank);
        if (!lines.isEmpty()) {
            blocks.add(new DraftBlock(line, lines, DraftBlock.Kind.VERBATIM, 0));
        }
    }

    /** The text of a block's inlines, cut into its source lines at soft and hard breaks. */
    private static List<String> inlineLines(Node block) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        appendInlines(block, lines, current);
        lines.add(current.toString());
        return lines;
    }

    private static void appendInlines(Node parent, List<String> lines, StringBuilder current) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> current.append(text.getLiteral());
                case Code code -> current.append(code.getLiteral());
                case SoftLineBreak ignored -> {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                case HardLineBreak ignored -> {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                default -> appendInlines(node, lines, current);
            }
        }
    }

    private static boolean hasHardBreak(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HardLineBreak || hasHardBreak(node)) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
