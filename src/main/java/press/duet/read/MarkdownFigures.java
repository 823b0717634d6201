package press.duet.read;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import press.duet.image.ImageProbe;
import press.duet.io.IoErrors;
import press.duet.model.BilingualText;
import press.duet.model.Figure;
import press.duet.model.Image;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageRun;

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
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/]");
    /** What may stand between the two languages of one caption text. */
    private static final String SEPARATORS = " \t/|·—–-:：";

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
        int line = MarkdownInlines.lineOf(paragraph);
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
        Figure figure = new Figure(load(image.getDestination(), line).orElse(null), alt, caption(texts, at), at);
        return DraftBlock.figure(line, figure);
    }

    /** The caption's texts on their languages' sides; null when there are none. */
    private static BilingualText caption(List<List<Inline>> texts, SourceLine at) {
        List<Para> zh = new ArrayList<>();
        List<Para> en = new ArrayList<>();
        Lang chinese = Lang.ZH_HANS;
        for (List<Inline> text : texts) {
            String plain = Inline.text(text);
            List<LanguageRun> runs = LanguageIdentifier.runs(plain);
            if (runs.size() == 2 && runs.get(0).lang().isChinese() != runs.get(1).lang().isChinese()) {
                for (LanguageRun run : runs) {
                    String part = trim(run.of(plain));
                    if (!part.isEmpty()) {
                        (run.lang().isChinese() ? zh : en).add(Para.plain(part, at));
                        chinese = run.lang().isChinese() ? run.lang() : chinese;
                    }
                }
                continue;
            }
            Lang lang = LanguageIdentifier.identify(plain).orElse(Lang.EN);
            (lang.isChinese() ? zh : en).add(new Para(Para.Form.PARAGRAPH, text, at));
            chinese = lang.isChinese() ? lang : chinese;
        }
        if (zh.isEmpty() && en.isEmpty()) {
            return null;
        }
        return new BilingualText(zh.isEmpty() ? null : new Segment(chinese, zh), en.isEmpty() ? null : new Segment(Lang.EN, en));
    }

    private static String trim(String part) {
        int start = 0;
        int end = part.length();
        while (start < end && SEPARATORS.indexOf(part.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && SEPARATORS.indexOf(part.charAt(end - 1)) >= 0) {
            end--;
        }
        return part.substring(start, end);
    }

    /** The image at the destination, checked; empty, with a warning, when it cannot be used. */
    private Optional<Image> load(String destination, int line) {
        String keeps = "; the figure keeps its alternative text and caption";
        if (destination == null || destination.isBlank()) {
            inlines.warn(line, "the image has no path" + keeps);
            return Optional.empty();
        }
        String shown = MarkdownInlines.printable(destination);
        if (SCHEME.matcher(destination).find() && !DRIVE.matcher(destination).find()) {
            String lower = destination.toLowerCase(Locale.ROOT);
            inlines.warn(line, lower.startsWith("http:") || lower.startsWith("https:")
                    ? "the image " + shown + " is on the web and is not fetched (a build never goes online)" + keeps
                    : "the image " + shown + " is not a file beside the text" + keeps);
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = readFile(destination);
        } catch (IOException e) {
            inlines.warn(line, "the image " + shown + " cannot be read (" + IoErrors.describe(e) + ")" + keeps);
            return Optional.empty();
        }
        String name = destination.substring(Math.max(destination.lastIndexOf('/'), destination.lastIndexOf('\\')) + 1);
        try {
            return Optional.of(ImageProbe.probe(name, bytes));
        } catch (ImageProbe.Unusable e) {
            inlines.warn(line, "the image " + shown + " " + e.getMessage() + keeps);
            return Optional.empty();
        }
    }

    /** The file as written, else with its %-escapes decoded (a path written as a URL). */
    private byte[] readFile(String destination) throws IOException {
        try {
            return resources.read(destination);
        } catch (NoSuchFileException e) {
            if (destination.indexOf('%') < 0) {
                throw e;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(destination.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException bad) {
                throw e;
            }
            return resources.read(decoded);
        }
    }
}
