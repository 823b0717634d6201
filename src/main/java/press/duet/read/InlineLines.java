package press.duet.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import press.duet.model.Inline;
import press.duet.model.Para;
import press.duet.model.SourceLine;
import press.duet.text.Scripts;

/**
 * The inlines of a block being read, line by line as the source breaks them: text goes onto the last
 * line, a break starts a new one, and markup that spans a break wraps its part on each line, so that
 * each line's inlines project to exactly that line's text.
 *
 * <pre>{@code
 * InlineLines lines = new InlineLines();
 * lines.add(new Inline.Text("春眠"));
 * lines.newLine(true);
 * }</pre>
 */
public final class InlineLines {
    private final List<List<Inline>> lines = new ArrayList<>();
    private boolean hardBreak;

    public InlineLines() {
        lines.add(new ArrayList<>());
    }

    /** Lines of nothing but text, as a paragraph's lines joined by soft breaks. */
    static InlineLines ofText(List<String> texts) {
        InlineLines lines = new InlineLines();
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                lines.newLine(false);
            }
            lines.add(new Inline.Text(texts.get(i)));
        }
        return lines;
    }

    /** How many lines there are so far, the last one (being filled) included. */
    public int count() {
        return lines.size();
    }

    /** Appends to the last line; a text next to a text becomes one text. */
    public void add(Inline inline) {
        List<Inline> last = lines.get(lines.size() - 1);
        if (inline instanceof Inline.Text text) {
            if (text.value().isEmpty()) {
                return;
            }
            if (!last.isEmpty() && last.get(last.size() - 1) instanceof Inline.Text before) {
                last.set(last.size() - 1, new Inline.Text(before.value() + text.value()));
                return;
            }
        }
        last.add(inline);
    }

    /** Starts a new line; {@code hard} when the source says the break is kept (verse), not a soft wrap. */
    public void newLine(boolean hard) {
        lines.add(new ArrayList<>());
        hardBreak |= hard;
    }

    /** Appends what was built inside some markup, each line's part wrapped in it (empty parts are left out). */
    public void append(InlineLines inner, Function<List<Inline>, Inline> wrap) {
        for (int i = 0; i < inner.lines.size(); i++) {
            if (i > 0) {
                newLine(false);
            }
            List<Inline> part = inner.lines.get(i);
            if (!part.isEmpty()) {
                if (wrap == null) {
                    part.forEach(this::add);
                } else {
                    add(wrap.apply(part));
                }
            }
        }
        hardBreak |= inner.hardBreak;
    }

    /** Whether a break the source keeps (a hard break, a {@code <br>}) is among the lines. */
    public boolean hasHardBreak() {
        return hardBreak;
    }

    /** The plain text of every line, joined by line feeds. */
    public String text() {
        return String.join("\n", lines.stream().map(Inline::text).toList());
    }

    /**
     * The lines, each stripped of the white space at its ends (inside its markup too); blank lines
     * are kept, for the caller to drop together with their text.
     */
    public List<List<Inline>> lines() {
        List<List<Inline>> stripped = new ArrayList<>(lines.size());
        for (List<Inline> line : lines) {
            stripped.add(strip(line));
        }
        return stripped;
    }

    /** The lines as one paragraph: soft breaks joined as the languages around them join, hard breaks kept. */
    public Para para(Para.Form form, SourceLine source) {
        return new Para(form, joined(lines(), hardBreak), source);
    }

    /**
     * Lines joined into one paragraph's content, blank ones left out: with a line break between them
     * when {@code keepBreaks}, else as the languages join (nothing between two Chinese characters, a
     * space anywhere else).
     */
    public static List<Inline> joined(List<List<Inline>> lines, boolean keepBreaks) {
        List<Inline> content = new ArrayList<>();
        String before = "";
        for (List<Inline> line : lines) {
            String text = Inline.text(line);
            if (text.isBlank()) {
                continue;
            }
            if (!content.isEmpty()) {
                if (keepBreaks) {
                    content.add(new Inline.LineBreak());
                } else if (!(endsCjk(before) && Scripts.isCjk(text.codePointAt(0)))) {
                    content.add(new Inline.Text(" "));
                }
            }
            content.addAll(line);
            before = text;
        }
        return content;
    }

    private static boolean endsCjk(String text) {
        return !text.isEmpty() && Scripts.isCjk(text.codePointBefore(text.length()));
    }

    /** The inlines without white space at their ends. */
    public static List<Inline> strip(List<Inline> line) {
        List<Inline> out = new ArrayList<>(line);
        while (!out.isEmpty()) {
            Inline first = stripEnd(out.get(0), true);
            if (first == null) {
                out.remove(0);
                continue;
            }
            out.set(0, first);
            break;
        }
        while (!out.isEmpty()) {
            Inline last = stripEnd(out.get(out.size() - 1), false);
            if (last == null) {
                out.remove(out.size() - 1);
                continue;
            }
            out.set(out.size() - 1, last);
            break;
        }
        return out;
    }

    /** The inline without white space at one end, or null when nothing but white space is left. */
    private static Inline stripEnd(Inline inline, boolean leading) {
        return switch (inline) {
            case Inline.Text text -> {
                String value = leading ? text.value().stripLeading() : text.value().stripTrailing();
                yield value.isEmpty() ? null : new Inline.Text(value);
            }
            case Inline.Styled styled -> rewrap(styled.content(), leading, c -> new Inline.Styled(styled.style(), c));
            case Inline.Span span -> rewrap(span.content(), leading, c -> new Inline.Span(span.lang(), c));
            case Inline.Link link -> rewrap(link.content(), leading, c -> new Inline.Link(link.target(), c));
            default -> inline;
        };
    }

    private static Inline rewrap(List<Inline> content, boolean leading, Function<List<Inline>, Inline> wrap) {
        List<Inline> inner = new ArrayList<>(content);
        while (!inner.isEmpty()) {
            int at = leading ? 0 : inner.size() - 1;
            Inline end = stripEnd(inner.get(at), leading);
            if (end != null) {
                inner.set(at, end);
                break;
            }
            inner.remove(at);
        }
        return inner.isEmpty() ? null : wrap.apply(inner);
    }
}
