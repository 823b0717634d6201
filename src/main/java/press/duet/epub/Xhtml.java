package press.duet.epub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The one way a chapter's markup is written: elements opened and closed in order, attribute values and
 * text escaped, and every character of text noted in the {@link TextInventory} with the language and
 * the face it is set in, so that the embedded fonts hold it. The face follows the elements as the style
 * sheets set them: bold inside {@code strong}, {@code th} and headings, italic inside an English
 * {@code em}; a {@code lang} attribute also writes {@code xml:lang} and sets the language of the text
 * inside.
 *
 * <pre>{@code
 * Xhtml xhtml = new Xhtml(out, inventory, true);
 * xhtml.start("p", "class", "first", "lang", "zh-Hans").text("春眠不觉晓").end("p").newline();
 * }</pre>
 */
final class Xhtml {
    private static final Set<String> BOLD = Set.of("strong", "b", "th", "h1", "h2", "h3", "h4", "h5", "h6");
    /** What an emphasis mark (着重号) is drawn with in horizontal text: the reader sets it in the text's font. */
    static final String EMPHASIS_DOT = "\u2022";

    /** An open element and what the text inside it is set in. */
    private record Frame(String name, boolean chinese, boolean bold, boolean italic, boolean preformatted) {
    }

    private final Writer out;
    private final TextInventory inventory;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final boolean rootChinese;
    private String place = "";

    /** @param chinese whether the page's own language, on its root, is Chinese */
    Xhtml(Writer out, TextInventory inventory, boolean chinese) {
        this.out = out;
        this.inventory = inventory;
        this.rootChinese = chinese;
    }

    /** Where the text written next is, for the report of characters no font has. */
    void place(String place) {
        this.place = place;
    }

    /**
     * Opens an element.
     *
     * @param attributes names and values in turn; a null value leaves its attribute out
     */
    Xhtml start(String name, String... attributes) {
        Frame parent = open.peek();
        boolean chinese = parent == null ? rootChinese : parent.chinese();
        write("<" + name);
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            attribute(attributes[i], value);
            if (attributes[i].equals("lang")) {
                attribute("xml:lang", value);
                chinese = value.startsWith("zh");
            }
        }
        write(">");
        boolean bold = BOLD.contains(name) || (parent != null && parent.bold());
        boolean italic = (name.equals("em") && !chinese) || (parent != null && parent.italic());
        if (name.equals("em") && chinese) {
            inventory.add(EMPHASIS_DOT, true, TextInventory.Face.REGULAR, place);
        }
        boolean preformatted = name.equals("pre") || (parent != null && parent.preformatted());
        open.push(new Frame(name, chinese, bold, italic, preformatted));
        return this;
    }

    /** Closes the innermost element, which must be the one named. */
    Xhtml end(String name) {
        Frame frame = open.poll();
        if (frame == null || !frame.name().equals(name)) {
            throw new IllegalStateException("closing <" + name + "> where <" + (frame == null ? "nothing" : frame.name())
                    + "> is open");
        }
        write("</" + name + ">");
        return this;
    }

    /** An element with no content, such as {@code br} or {@code img}. */
    Xhtml empty(String name, String... attributes) {
        write("<" + name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                attribute(attributes[i], attributes[i + 1]);
                if (attributes[i].equals("lang")) {
                    attribute("xml:lang", attributes[i + 1]);
                }
            }
        }
        write("/>");
        return this;
    }

    /** Text, escaped and noted in the face the open elements set it in. */
    Xhtml text(String text) {
        Frame frame = open.peek();
        boolean chinese = frame == null ? rootChinese : frame.chinese();
        TextInventory.Face face = frame == null ? TextInventory.Face.REGULAR
                : frame.bold() ? TextInventory.Face.BOLD
                : frame.italic() ? TextInventory.Face.ITALIC : TextInventory.Face.REGULAR;
        inventory.add(text, chinese, face, place);
        write(Xml.escape(text));
        return this;
    }

    /** A line feed between elements, so that the file reads line by line. */
    Xhtml newline() {
        write("\n");
        return this;
    }

    /** Whether the text written now is preformatted, where a line break is a line feed. */
    boolean preformatted() {
        Frame frame = open.peek();
        return frame != null && frame.preformatted();
    }

    /** Whether the text written now is in a Chinese-tagged element. */
    boolean chinese() {
        Frame frame = open.peek();
        return frame == null ? rootChinese : frame.chinese();
    }

    /** Fails when an element is left open: the page would not be well-formed. */
    void requireClosed() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("<" + open.peek().name() + "> is left open");
        }
    }

    private void attribute(String name, String value) {
        write(" " + name + "=\"" + Xml.escape(value) + "\"");
    }

    private void write(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
