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
    private static final byte PARA = 'P';
    private static final byte END = 0x1f;

    private ContentDigest() {
    }

    static void paras(MessageDigest digest, List<Para> paras) {
        for (Para para : paras) {
            digest.update(PARA);
            digest.update((byte) para.form().kind().ordinal());
            string(digest, para.form().marker());
            number(digest, para.form().depth());
            inlines(digest, para.content());
            digest.update(END);
        }
    }

    private static void inlines(MessageDigest digest, List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text text -> {
                    digest.update((byte) 't');
                    string(digest, text.value());
                }
                case Inline.Styled styled -> {
                    digest.update((byte) 's');
                    digest.update((byte) styled.style().ordinal());
                    nested(digest, styled.content());
                }
                case Inline.Code code -> {
                    digest.update((byte) 'c');
                    string(digest, code.value());
                }
                case Inline.Link link -> {
                    digest.update((byte) 'a');
                    string(digest, link.target());
                    nested(digest, link.content());
                }
                case Inline.LineBreak ignored -> digest.update((byte) 'b');
                case Inline.NoteRef ref -> {
                    digest.update((byte) 'n');
                    string(digest, ref.note().label());
                    paras(digest, ref.note().content());
                    digest.update(END);
                }
                case Inline.Span span -> {
                    digest.update((byte) 'l');
                    string(digest, span.lang().tag());
                    nested(digest, span.content());
                }
                case Inline.Ruby ruby -> {
                    digest.update((byte) 'r');
                    string(digest, ruby.base());
                    string(digest, ruby.annotation());
                }
            }
        }
    }

    private static void nested(MessageDigest digest, List<Inline> content) {
        inlines(digest, content);
        digest.update(END);
    }

    private static void string(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        number(digest, bytes.length);
        digest.update(bytes);
    }

    private static void number(MessageDigest digest, int value) {
        digest.update((byte) (value >>> 24));
        digest.update((byte) (value >>> 16));
        digest.update((byte) (value >>> 8));
        digest.update((byte) value);
    }
}
