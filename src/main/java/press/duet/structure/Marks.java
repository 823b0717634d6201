package press.duet.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import press.duet.model.Inline;

/**
 * The markup of a paragraph as standoff marks: each mark covers a range of character offsets of the
 * paragraph's plain text (a note reference covers none: it stands between two characters). The
 * structure stage decides on the text alone; every operation it does on a text (trimming, dropping a
 * label, cutting a line in two languages, joining lines) is an operation on offsets here, so the
 * markup follows the text without ever being looked at.
 *
 * <pre>{@code
 * Marks marks = Marks.of(inlines);                 // the inlines' text is the paragraph's text
 * List<Inline> back = marks.inlines(text);         // the same inlines again
 * Marks tidied = marks.follow(text, Whitespace.tidy(text));
 * }</pre>
 */
final class Marks {
    /** No markup: plain text, the case of nearly every paragraph, which costs nothing. */
    static final Marks NONE = new Marks(List.of());

    /**
     * One mark.
     *
     * @param start   the offset of its first character
     * @param end     the offset after its last character; equal to start for a note reference
     * @param depth   how deep it was nested in its source, to nest marks of the same range as they were
     * @param wrapper the inline it stands for, its content left out (a Styled, Link or Span with none,
     *                a Code, Ruby or NoteRef as it was)
     */
    record Mark(int start, int end, int depth, Inline wrapper) {
        boolean isPoint() {
            return wrapper instanceof Inline.NoteRef;
        }

        Mark moved(int newStart, int newEnd) {
            return new Mark(newStart, newEnd, depth, wrapper);
        }
    }

    private final List<Mark> marks;

    private Marks(List<Mark> marks) {
        this.marks = List.copyOf(marks);
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    List<Mark> list() {
        return marks;
    }

    /** The marks of a run of inlines, by offset into their plain text; {@link #NONE} for plain text. */
    static Marks of(List<Inline> content) {
        List<Mark> out = new ArrayList<>();
        collect(content, 0, 0, out);
        out.removeIf(m -> !m.isPoint() && m.end() == m.start()); // markup around no text shows nothing
        return out.isEmpty() ? NONE : new Marks(out);
    }

    private static int collect(List<Inline> content, int offset, int depth, List<Mark> out) {
        int at = offset;
        for (Inline inline : content) {
            int start = at;
            switch (inline) {
                case Inline.Text text -> at += text.value().length();
                case Inline.LineBreak ignored -> at += 1;
                case Inline.NoteRef note -> out.add(new Mark(at, at, depth, note));
                case Inline.Code code -> {
                    at += code.value().length();
                    out.add(new Mark(start, at, depth, code));
                }
                case Inline.Ruby ruby -> {
                    at += ruby.base().length();
                    out.add(new Mark(start, at, depth, ruby));
                }
                case Inline.Styled styled -> {
                    out.add(new Mark(start, start, depth, new Inline.Styled(styled.style(), List.of())));
                    int index = out.size() - 1;
                    at = collect(styled.content(), at, depth + 1, out);
                    out.set(index, out.get(index).moved(start, at));
                }
                case Inline.Link link -> {
                    out.add(new Mark(start, start, depth, new Inline.Link(link.target(), List.of())));
                    int index = out.size() - 1;
                    at = collect(link.content(), at, depth + 1, out);
                    out.set(index, out.get(index).moved(start, at));
                }
                case Inline.Span span -> {
                    out.add(new Mark(start, start, depth, new Inline.Span(span.lang(), List.of())));
                    int index = out.size() - 1;
                    at = collect(span.content(), at, depth + 1, out);
                    out.set(index, out.get(index).moved(start, at));
                }
            }
        }
        return at;
    }

    /** These marks without their note references. */
    Marks withoutNotes() {
        if (marks.stream().noneMatch(Mark::isPoint)) {
            return this;
        }
        List<Mark> out = marks.stream().filter(m -> !m.isPoint()).toList();
        return out.isEmpty() ? NONE : new Marks(out);
    }

    /** Inlines whose text was {@code before}, moved onto {@code after} as {@link #follow} moves marks. */
    static List<Inline> rewrite(List<Inline> content, String before, String after) {
        Marks marks = of(content);
        return marks.isEmpty() ? new Marks(List.of()).inlines(after) : marks.follow(before, after).inlines(after);
    }

    /** These marks moved by {@code delta} characters, as for text that now follows other text. */
    Marks shifted(int delta) {
        if (marks.isEmpty() || delta == 0) {
            return this;
        }
        List<Mark> out = new ArrayList<>(marks.size());
        marks.forEach(m -> out.add(m.moved(m.start() + delta, m.end() + delta)));
        return new Marks(out);
    }

    /** The marks of this text followed by those of another text {@code length} characters after its start. */
    Marks plus(Marks next, int length) {
        if (next.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return next.shifted(length);
        }
        List<Mark> out = new ArrayList<>(marks);
        out.addAll(next.shifted(length).marks);
        return new Marks(out);
    }

    /**
     * The marks of the characters from {@code start} to {@code end}, counted from {@code start}: a mark
     * that reaches over either end is cut there. A note reference at {@code end} belongs here (it
     * follows the last character), and so does one before {@code start} when {@code first}, or after
     * {@code end} when {@code last}: a note is never lost because the text around it was cut away.
     */
    Marks slice(int start, int end, boolean first, boolean last) {
        if (marks.isEmpty()) {
            return this;
        }
        List<Mark> out = new ArrayList<>();
        for (Mark m : marks) {
            if (m.isPoint()) {
                boolean inside = m.start() > start && m.start() <= end || m.start() == start && (first || start == 0);
                if (inside || first && m.start() < start || last && m.start() > end) {
                    int at = Math.max(start, Math.min(end, m.start()));
                    out.add(m.moved(at - start, at - start));
                }
            } else if (m.start() < end && m.end() > start) {
                out.add(m.moved(Math.max(start, m.start()) - start, Math.min(end, m.end()) - start));
            }
        }
        return out.isEmpty() ? NONE : new Marks(out);
    }

    /**
     * The marks of {@code before} moved onto {@code after}, a rewriting of it (white space collapsed, a
     * label or bullet dropped, a hyphen taken out where two lines join): the two texts are aligned
     * character by character ({@link TextAlignment}), and each mark goes where its characters went. A
     * mark whose characters are all gone goes with them; a note reference stays after the character it
     * followed.
     */
    Marks follow(String before, String after) {
        if (marks.isEmpty() || before.equals(after)) {
            return this;
        }
        TextAlignment alignment = TextAlignment.of(before, after);
        List<Mark> out = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            if (m.isPoint()) {
                int at = alignment.end(m.start());
                out.add(m.moved(at, at));
            } else {
                int start = alignment.start(m.start());
                int end = Math.max(start, alignment.end(m.end()));
                if (end > start) {
                    out.add(m.moved(start, end));
                }
            }
        }
        return out.isEmpty() ? NONE : new Marks(out);
    }

    /**
     * The inlines of {@code text} under these marks: marks nested as they were, a mark that crosses the
     * end of one it began inside cut in two, line feeds as line breaks.
     */
    List<Inline> inlines(String text) {
        List<Mark> nested = nested();
        int[] next = {0};
        return build(text, 0, text.length(), nested, next, false);
    }

    /** The marks in the order they open, outer before inner, each inside the one before it that it starts in. */
    private List<Mark> nested() {
        if (marks.size() == 1) {
            return marks; // the usual case of a marked paragraph: one emphasis, one link, one note
        }
        // A note where a mark begins stands before the marked words, outside the mark; marks alike
        // in all else keep the order they were given in.
        Comparator<Queued> order = Comparator.<Queued>comparingInt(q -> q.mark().start())
                .thenComparingInt(q -> q.mark().isPoint() ? 0 : 1)
                .thenComparing(Comparator.<Queued>comparingInt(q -> q.mark().end()).reversed())
                .thenComparingInt(q -> q.mark().depth())
                .thenComparingInt(Queued::order);
        PriorityQueue<Queued> queue = new PriorityQueue<>(order);
        for (int i = 0; i < marks.size(); i++) {
            queue.add(new Queued(marks.get(i), i));
        }
        List<Mark> out = new ArrayList<>(marks.size());
        List<Mark> open = new ArrayList<>();
        while (!queue.isEmpty()) {
            Queued next = queue.poll();
            Mark m = next.mark();
            // A note where a mark ends follows the marked words, outside the mark.
            while (!open.isEmpty() && open.get(open.size() - 1).end() <= m.start()) {
                open.remove(open.size() - 1);
            }
            Mark parent = open.isEmpty() ? null : open.get(open.size() - 1);
            if (parent != null && !m.isPoint() && m.end() > parent.end()) {
                queue.add(new Queued(m.moved(parent.end(), m.end()), next.order()));
                m = m.moved(m.start(), parent.end());
            }
            out.add(m);
            if (!m.isPoint()) {
                open.add(m);
            }
        }
        return out;
    }

    private record Queued(Mark mark, int order) {
    }

    private static List<Inline> build(String text, int from, int to, List<Mark> nested, int[] next, boolean inner) {
        List<Inline> out = new ArrayList<>();
        int at = from;
        while (next[0] < nested.size()) {
            Mark m = nested.get(next[0]);
            if (m.start() > to || m.start() == to && (!m.isPoint() || inner)) {
                break;
            }
            addText(text, at, m.start(), out);
            next[0]++;
            if (m.isPoint()) {
                out.add(m.wrapper());
                at = m.start();
                continue;
            }
            List<Inline> content = build(text, m.start(), m.end(), nested, next, true);
            out.add(rebuilt(m.wrapper(), text.substring(m.start(), m.end()), content));
            if (m.wrapper() instanceof Inline.Code || m.wrapper() instanceof Inline.Ruby) {
                addNotes(content, out); // code and ruby hold their characters only
            }
            at = m.end();
        }
        addText(text, at, to, out);
        return out;
    }

    /** The wrapper again with its new content. */
    private static Inline rebuilt(Inline wrapper, String covered, List<Inline> inner) {
        return switch (wrapper) {
            case Inline.Styled s -> new Inline.Styled(s.style(), inner);
            case Inline.Link l -> new Inline.Link(l.target(), inner);
            case Inline.Span s -> new Inline.Span(s.lang(), inner);
            case Inline.Code c -> new Inline.Code(covered);
            case Inline.Ruby r -> new Inline.Ruby(covered, r.annotation());
            default -> throw new IllegalStateException("not a wrapper: " + wrapper);
        };
    }

    private static void addNotes(List<Inline> content, List<Inline> out) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.NoteRef note -> out.add(note);
                case Inline.Styled s -> addNotes(s.content(), out);
                case Inline.Link l -> addNotes(l.content(), out);
                case Inline.Span s -> addNotes(s.content(), out);
                default -> {
                }
            }
        }
    }

    private static void addText(String text, int from, int to, List<Inline> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                if (i > start) {
                    out.add(new Inline.Text(text.substring(start, i)));
                }
                out.add(new Inline.LineBreak());
                start = i + 1;
            }
        }
        if (to > start) {
            out.add(new Inline.Text(text.substring(start, to)));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Marks that && marks.equals(that.marks);
    }

    @Override
    public int hashCode() {
        return marks.hashCode();
    }

    @Override
    public String toString() {
        return marks.toString();
    }
}
