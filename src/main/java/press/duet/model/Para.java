package press.duet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph of one side: its form, its rich content and where it comes from.
 *
 * <pre>{@code
 * Para item = new Para(Para.Form.listItem("2.", 1), List.of(new Inline.Text("Second")), SourceLine.NONE);
 * Para plain = Para.plain("春眠不觉晓\n处处闻啼鸟"); // verse: the line feed becomes a LineBreak
 * }</pre>
 *
 * @param form    what kind of paragraph it is
 * @param content its inlines
 * @param source  where it starts in its input
 */
public record Para(Form form, List<Inline> content, SourceLine source) {
    public Para {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(source, "source");
        content = List.copyOf(content);
    }

    /** The kinds of paragraph a side may be. */
    public enum Kind {
        PARAGRAPH,
        /** Lines kept as written, each ending at a {@link Inline.LineBreak}. */
        VERSE,
        QUOTATION,
        /** A list item; its {@link Form} has the marker and the depth. */
        LIST_ITEM,
        /** Code, set as written in a monospace face. */
        CODE
    }

    /**
     * @param marker for a list item, its marker as the list gives it ("1.", "•"), else empty
     * @param depth  for a list item, 1 for a top-level item, 2 inside it, …; for a quotation its
     *               nesting (1 for a quotation in the body); else 0
     */
    public record Form(Kind kind, String marker, int depth) {
        public static final Form PARAGRAPH = new Form(Kind.PARAGRAPH, "", 0);
        public static final Form VERSE = new Form(Kind.VERSE, "", 0);
        public static final Form CODE = new Form(Kind.CODE, "", 0);

        public Form {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(marker, "marker");
            if ((kind == Kind.LIST_ITEM) != !marker.isEmpty()) {
                throw new IllegalArgumentException("a list item, and only a list item, has a marker");
            }
            if (depth < 0 || ((kind == Kind.LIST_ITEM || kind == Kind.QUOTATION) && depth == 0)) {
                throw new IllegalArgumentException("bad depth " + depth + " for " + kind);
            }
        }

        public static Form listItem(String marker, int depth) {
            return new Form(Kind.LIST_ITEM, marker, depth);
        }

        public static Form quotation(int depth) {
            return new Form(Kind.QUOTATION, "", depth);
        }
    }

    /** A paragraph of plain text; each line feed in it becomes a line break. */
    public static Para plain(String text) {
        return plain(text, SourceLine.NONE);
    }

    public static Para plain(String text, SourceLine source) {
        Objects.requireNonNull(text, "text");
        return new Para(Form.PARAGRAPH, Content.withBreaks(text), source);
    }

    /** The plain text: the projection of its content (a line break is a line feed). */
    public String text() {
        return Inline.text(content);
    }

    /** Whether the content is plain characters and line breaks only. */
    public boolean isPlain() {
        for (Inline inline : content) {
            if (!(inline instanceof Inline.Text) && !(inline instanceof Inline.LineBreak)) {
                return false;
            }
        }
        return form.kind() == Kind.PARAGRAPH || form.kind() == Kind.VERSE;
    }

    /** The plain text of several paragraphs, joined by line feeds. */
    public static String text(List<Para> paras) {
        if (paras.size() == 1) {
            return paras.get(0).text();
        }
        List<String> texts = new ArrayList<>(paras.size());
        for (Para para : paras) {
            texts.add(para.text());
        }
        return String.join("\n", texts);
    }
}
