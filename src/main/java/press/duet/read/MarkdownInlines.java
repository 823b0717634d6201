package press.duet.read;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import press.duet.model.Inline;
import press.duet.model.Note;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Turns the inline nodes commonmark-java parsed into the model's inlines, line by line: emphasis,
 * strong, strikethrough, code, links to the web, mail and places in the book (any other link keeps its
 * text and loses its target, with a warning), footnote references with their notes, and inline HTML of
 * the safe set ({@link InlineHtml}). A reference to a note that is not defined stays as written, with a
 * warning naming its line.
 *
 * <pre>{@code
 * InlineLines lines = inlines.of(paragraph);
 * }</pre>
 */
final class MarkdownInlines {
    private static final Pattern UNDEFINED_NOTE = Pattern.compile("\\[\\^([^\\]\\s]+)]");

    private final String source;
    private final Consumer<Finding> notes;
    private final Function<FootnoteReference, Note> noteOf;
    private int lineOffset;

    /**
     * @param noteOf the note a reference names, or null when it cannot be given (a note that refers to
     *               itself through others): the reference then stays as written
     */
    MarkdownInlines(String source, Consumer<Finding> notes, Function<FootnoteReference, Note> noteOf) {
        this.source = source;
        this.notes = notes;
        this.noteOf = noteOf;
    }

    /** The inlines inside a block node, cut into lines at its soft and hard breaks. */
    InlineLines of(Node block) {
        InlineHtml html = new InlineHtml(this);
        for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
            add(node, html);
        }
        return html.finish();
    }

    private void add(Node node, InlineHtml html) {
        InlineLines out = html.target();
        switch (node) {
            case Text text -> {
                out.add(new Inline.Text(text.getLiteral()));
                warnUndefinedNotes(text);
            }
            case Code code -> out.add(new Inline.Code(code.getLiteral()));
            case SoftLineBreak ignored -> out.newLine(false);
            case HardLineBreak ignored -> out.newLine(true);
            case Emphasis emphasis -> out.append(of(emphasis), c -> new Inline.Styled(Inline.Style.EMPHASIS, c));
            case StrongEmphasis strong -> out.append(of(strong), c -> new Inline.Styled(Inline.Style.STRONG, c));
            case Strikethrough struck -> out.append(of(struck), c -> new Inline.Styled(Inline.Style.STRIKETHROUGH, c));
            case Link link -> link(link, out);
            case Image image -> {
                warn(node, "an image inside a paragraph is kept as its alternative text (a figure is an image alone in its paragraph)");
                out.append(of(image), null);
            }
            case FootnoteReference reference -> {
                Note note = noteOf.apply(reference);
                if (note != null) {
                    out.add(new Inline.NoteRef(note));
                } else {
                    out.add(new Inline.Text("[^" + reference.getLabel() + "]"));
                }
            }
            case HtmlInline tag -> html.tag(tag.getLiteral(), lineOf(node));
            default -> out.append(of(node), null);
        }
    }

    private void link(Link link, InlineLines out) {
        String target = link.getDestination();
        InlineLines content = of(link);
        if (Inline.Link.allows(target)) {
            out.append(content, c -> new Inline.Link(target, c));
        } else {
            warn(link, "the link to \"" + printable(target) + "\" is not kept (only http, https, mailto and # links are); its text is");
            out.append(content, null);
        }
    }

    private void warnUndefinedNotes(Text text) {
        if (!text.getLiteral().contains("[^")) {
            return; // the pattern's search, on every text of a book, cost more than reading the text
        }
        Matcher m = UNDEFINED_NOTE.matcher(text.getLiteral());
        while (m.find()) {
            warn(text, "the note [^" + m.group(1) + "] is referred to but never defined; the reference stays as written");
        }
    }

    void warn(Node node, String message) {
        warn(lineOf(node), message);
    }

    void warn(int line, String message) {
        notes.accept(new Finding(new Place(source, line), message));
    }

    /** A target for a message: control characters shown as \\uXXXX, and no longer than a line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? out + "…" : out.toString();
    }

    /** Nodes read next come from a part of the file that starts after {@code lines} lines. */
    void startAt(int lines) {
        this.lineOffset = lines;
    }

    /** The 1-based line of the file a node starts on, or its block's when it has no span of its own. */
    int lineOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                return lineAt(at.getSourceSpans().get(0).getLineIndex());
            }
        }
        return 0;
    }

    /** The 1-based line of the file that is line {@code index} (from 0) of the part read now. */
    int lineAt(int index) {
        return lineOffset + index + 1;
    }
}
