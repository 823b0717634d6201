package press.duet.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import press.duet.image.ImageProbe;
import press.duet.model.Figure;
import press.duet.model.Image;
import press.duet.model.Inline;
import press.duet.model.SourceLine;

/**
 * Figures in Markdown: a paragraph whose first line is an image alone is a figure, captioned by the
 * image's title and by the paragraph's following lines, each caption text on the side of its language
 * (a text in both, Chinese then English or the other way, is cut where the language changes). The image
 * is loaded from the path beside the Markdown file and checked ({@link ImageProbe}); a remote image is
 * never fetched. An image that cannot be used is a warning naming the line, and the figure keeps its
 * alternative text and caption.
 *
 * <pre>{@code
 * if (figures.isFigure(paragraph)) blocks.add(figures.figure(paragraph));
 * }</pre>
 */
final class MarkdownFigures {
    private final String source;
    private final Resources resources;
    private final MarkdownInlines inlines;

    MarkdownFigures(String source, Resources resources, MarkdownInlines inlines) {
        this.source = source;
        this.resources = resources;
        this.inlines = inlines;
    }

    /** An image alone on the paragraph's first line (white space aside). */
    boolean isFigure(Paragraph paragraph) {
        boolean image = false;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                return image;
            }
            if (node instanceof org.commonmark.node.Image && !image) {
                image = true;
            } else if (!(node instanceof Text text && text.getLiteral().isBlank())) {
                return false;
            }
        }
        return image;
    }

    DraftBlock figure(Paragraph paragraph) {
        int line = inlines.lineOf(paragraph);
        org.commonmark.node.Image image = null;
        List<List<Inline>> captionLines = new ArrayList<>();
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Image found && image == null) {
                image = found;
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                Paragraph rest = new Paragraph();
                for (Node next = node.getNext(); next != null; ) {
                    Node following = next.getNext();
                    rest.appendChild(next);
                    next = following;
                }
                captionLines.addAll(inlines.of(rest).lines());
                break;
            }
        }
        String alt = inlines.of(image).text().replace('\n', ' ').strip();
        List<List<Inline>> texts = new ArrayList<>();
        if (image.getTitle() != null && !image.getTitle().isBlank()) {
            texts.add(List.of(new Inline.Text(image.getTitle().strip())));
        }
        captionLines.stream().filter(l -> !Inline.text(l).isBlank()).forEach(texts::add);
        SourceLine at = new SourceLine(source, line);
        Figure figure = new Figure(load(image.getDestination(), line).orElse(null), alt, Captions.of(texts, at), at);
        return DraftBlock.figure(line, figure);
    }

    /** The image at the destination, checked; empty, with a warning, when it cannot be used. */
    private Optional<Image> load(String destination, int line) {
        return ImageFiles.load(destination, resources, message -> inlines.warn(line, message));
    }
}
