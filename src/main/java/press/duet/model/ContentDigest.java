package press.duet.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Feeds a digest what rich paragraphs say: each paragraph's form, and each inline's kind with its words,
 * targets and notes, every string preceded by its length so that no two contents feed the same bytes.
 * Where a paragraph comes from ({@link SourceLine}) is left out: the same text read from another folder
 * is the same book. Written out by hand rather than through the records' {@code toString}, which named
 * the source file and, in a fresh JVM, cost a third of a second on a large book with markup.
 *
 * <pre>{@code
 * ContentDigest.paras(digest, side.paras());
 * }</pre>
 */
final class ContentDigest {
    private static final char END = '.';

    private ContentDigest() {
    }

    /** Feeds the description of the paragraphs to the digest, in UTF-8, in one piece. */
    static void paras(MessageDigest digest, List<Para> paras) {
        StringBuilder description = new StringBuilder(256);
        paras(description, paras);
        digest.update(description.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void paras(StringBuilder out, List<Para> paras) {
        for (Para para : paras) {
            out.append('P');
            string(out, para.form().kind().name());
            string(out, para.form().marker());
            number(out, para.form().depth());
            inlines(out, para.content());
            out.append(END);
        }
    }

    private static void inlines(StringBuilder out, List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text text -> string(out.append('t'), text.value());
                case Inline.Styled styled -> {
                    string(out.append('s'), styled.style().name());
                    nested(out, styled.content());
                }
                case Inline.Code code -> string(out.append('c'), code.value());
                case Inline.Link link -> {
                    string(out.append('a'), link.target());
                    nested(out, link.content());
                }
                case Inline.LineBreak ignored -> out.append('b');
                case Inline.NoteRef ref -> {
                    string(out.append('n'), ref.note().label());
                    paras(out, ref.note().content());
                    out.append(END);
                }
                case Inline.Span span -> {
                    string(out.append('l'), span.lang().tag());
                    nested(out, span.content());
                }
                case Inline.Ruby ruby -> {
                    string(out.append('r'), ruby.base());
                    string(out, ruby.annotation());
                }
            }
        }
    }

    private static void nested(StringBuilder out, List<Inline> content) {
        inlines(out, content);
        out.append(END);
    }

    /** A string as its length, a colon and its characters: no two contents give the same description. */
    private static void string(StringBuilder out, String value) {
        number(out, value.length());
        out.append(value);
    }

    private static void number(StringBuilder out, int value) {
        out.append(value).append(':');
    }
}
