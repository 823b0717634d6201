package press.duet.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.model.Inline;
import press.duet.model.Lang;

/**
 * The inline HTML of one Markdown node's content, tag by tag as commonmark-java gives it: the safe set
 * ({@value #KEPT}) becomes the model's inlines — a ruby its base with its reading, a span in a language
 * a span of that language, a br a kept line break — and any other tag is dropped with a warning while
 * its text stays. A tag left open closes where its node ends, as a browser closes it at the end of its
 * paragraph; a comment holds no text and goes without a word.
 *
 * <pre>{@code
 * html.tag("<em>", 3); html.target().add(new Inline.Text("你好")); html.tag("</em>", 3);
 * }</pre>
 */
final class InlineHtml {
    /** The tags kept, for warnings. */
    static final String KEPT = "em, i, strong, b, sup, sub, ruby, rt, rp, span with a lang, br";
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(\\s[^>]*?)?\\s*(/?)>", Pattern.DOTALL);
    private static final Pattern LANG = Pattern.compile("(?:^|\\s)(?:xml:)?lang\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))",
            Pattern.CASE_INSENSITIVE);

    private enum Role { STYLE, PLAIN, RUBY, READING, FALLBACK }

    /** An element that is open: what it does to its content when it closes, and the content so far. */
    private static final class Frame {
        final String tag;
        final Role role;
        final Function<List<Inline>, Inline> wrap;
        InlineLines content = new InlineLines();
        final List<Inline> rubies = new ArrayList<>();

        Frame(String tag, Role role, Function<List<Inline>, Inline> wrap) {
            this.tag = tag;
            this.role = role;
            this.wrap = wrap;
        }
    }

    private final MarkdownInlines context;
    private final InlineLines base = new InlineLines();
    private final Deque<Frame> open = new ArrayDeque<>();

    InlineHtml(MarkdownInlines context) {
        this.context = context;
    }

    /** Where content goes now: into the innermost open element. */
    InlineLines target() {
        return open.isEmpty() ? base : open.peek().content;
    }

    /** One tag as the source writes it, at its line. */
    void tag(String literal, int line) {
        if (literal.startsWith("<!") || literal.startsWith("<?")) {
            return; // a comment, declaration or processing instruction holds no text
        }
        Matcher m = TAG.matcher(literal);
        if (!m.matches()) {
            context.warn(line, "the HTML " + MarkdownInlines.printable(literal) + " is dropped; Duet keeps " + KEPT);
            return;
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (!m.group(1).isEmpty()) {
            close(name);
            return;
        }
        Frame frame = open(name, m.group(3) == null ? "" : m.group(3), line);
        if (frame != null) {
            open.push(frame);
            if (!m.group(4).isEmpty()) {
                close(name);
            }
        }
    }

    private Frame open(String name, String attributes, int line) {
        switch (name) {
            case "br" -> target().newLine(true);
            case "em", "i", "strong", "b", "sup", "sub" -> {
                return new Frame(name, Role.STYLE, styleOf(name));
            }
            case "span" -> {
                String tag = langAttribute(attributes);
                Lang lang = tag == null ? null : HtmlTags.lang(tag);
                if (lang != null) {
                    return new Frame(name, Role.STYLE, c -> new Inline.Span(lang, c));
                }
                context.warn(line, tag == null ? "an HTML span without a lang is dropped; its text is kept"
                        : "an HTML span in lang=\"" + MarkdownInlines.printable(tag) + "\" is dropped (Duet sets zh and en); its text is kept");
                return new Frame(name, Role.PLAIN, null);
            }
            case "ruby" -> {
                return new Frame(name, Role.RUBY, null);
            }
            case "rt", "rp" -> {
                if (!open.isEmpty() && open.peek().role == Role.RUBY) {
                    return new Frame(name, name.equals("rt") ? Role.READING : Role.FALLBACK, null);
                }
                context.warn(line, "the HTML tag <" + name + "> outside a <ruby> is dropped; its text is kept");
            }
            default -> context.warn(line, "the HTML tag <" + name + "> is dropped; its text is kept (Duet keeps " + KEPT + ")");
        }
        return null;
    }

    /** Closes the innermost open element of that name, and the ones inside it; a stray end tag does nothing. */
    private void close(String name) {
        if (open.stream().noneMatch(frame -> frame.tag.equals(name))) {
            return;
        }
        Frame frame;
        do {
            frame = open.pop();
            closed(frame);
        } while (!frame.tag.equals(name));
    }

    private void closed(Frame frame) {
        InlineLines into = target();
        switch (frame.role) {
            case STYLE -> into.append(frame.content, frame.wrap);
            case PLAIN -> into.append(frame.content, null);
            case FALLBACK -> {
                // the parentheses a reader without ruby shows: a book that sets ruby needs none
            }
            case READING -> {
                Frame ruby = open.peek();
                String baseText = ruby.content.text().strip();
                String reading = frame.content.text().strip();
                if (!baseText.isEmpty()) {
                    ruby.rubies.add(new Inline.Ruby(baseText, reading));
                }
                ruby.content = new InlineLines();
            }
            case RUBY -> {
                frame.rubies.forEach(into::add);
                into.append(frame.content, null);
            }
        }
    }

    /** Closes what is still open and gives the content. */
    InlineLines finish() {
        while (!open.isEmpty()) {
            closed(open.pop());
        }
        return base;
    }

    /** The style a safe HTML element sets its content in, as one inline; null for an element that sets none. */
    static Function<List<Inline>, Inline> styleOf(String tag) {
        Inline.Style style = HtmlTags.style(tag);
        return style == null ? null : content -> new Inline.Styled(style, content);
    }

    private static String langAttribute(String attributes) {
        Matcher m = LANG.matcher(attributes);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }
}
