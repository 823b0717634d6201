package press.duet.model;

import java.util.List;

/**
 * A piece of a paragraph's content. Every kind has a plain-text projection, {@link #text()} (as
 * pandoc's {@code stringify}): what the structure stage, the aligner and the length model read. Markup
 * never changes the projection of the words it wraps, and a note reference projects to nothing, so a
 * rich text and its plain version are paired alike.
 *
 * <pre>{@code
 * List<Inline> content = List.of(new Inline.Text("He read "),
 *         new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("静夜思"))), new Inline.Text("."));
 * String plain = Inline.text(content); // "He read 静夜思."
 * }</pre>
 */
public sealed interface Inline {
    /** The plain text this inline stands for. */
    String text();

    /** The plain text of a run of inlines. */
    static String text(List<Inline> content) {
        if (content.size() == 1) {
            return content.get(0).text();
        }
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            out.append(inline.text());
        }
        return out.toString();
    }

    /** The ways a run of text may be set apart. */
    enum Style {
        /** Italic in English, emphasis dots (着重号) in Chinese. */
        EMPHASIS,
        STRONG,
        SUPERSCRIPT,
        SUBSCRIPT,
        STRIKETHROUGH
    }

    /** Plain characters. */
    record Text(String value) implements Inline {
        public Text {
            Content.requireText(value, "text");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** Inlines set in a style. */
    record Styled(Style style, List<Inline> content) implements Inline {
        public Styled {
            java.util.Objects.requireNonNull(style, "style");
            content = List.copyOf(content);
        }

        @Override
        public String text() {
            return Inline.text(content);
        }
    }

    /** Code, set in a monospace face as written. */
    record Code(String value) implements Inline {
        public Code {
            Content.requireText(value, "code");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /**
     * A link. The target is an {@code http}, {@code https} or {@code mailto} URI, or an in-book
     * {@code #fragment}; readers refuse any other before it reaches the model.
     */
    record Link(String target, List<Inline> content) implements Inline {
        public Link {
            Content.requireTarget(target);
            content = List.copyOf(content);
        }

        /** Whether a link may go to the target: what a reader asks before it makes a link. */
        public static boolean allows(String target) {
            return target != null && Content.isAllowedTarget(target);
        }

        @Override
        public String text() {
            return Inline.text(content);
        }
    }

    /** A line break inside a paragraph, as verse has between its lines. */
    record LineBreak() implements Inline {
        @Override
        public String text() {
            return "\n";
        }
    }

    /** A reference to a note; the note travels with it. It projects to no text. */
    record NoteRef(Note note) implements Inline {
        public NoteRef {
            java.util.Objects.requireNonNull(note, "note");
        }

        @Override
        public String text() {
            return "";
        }
    }

    /** A run in another language than its paragraph's, such as an English name in a Chinese paragraph. */
    record Span(Lang lang, List<Inline> content) implements Inline {
        public Span {
            java.util.Objects.requireNonNull(lang, "lang");
            content = List.copyOf(content);
        }

        @Override
        public String text() {
            return Inline.text(content);
        }
    }

    /** Characters with their reading set above them (pinyin, zhuyin); projects to the base. */
    record Ruby(String base, String annotation) implements Inline {
        public Ruby {
            Content.requireText(base, "ruby base");
            Content.requireText(annotation, "ruby annotation");
        }

        @Override
        public String text() {
            return base;
        }
    }
}
