package press.duet.model;

import java.util.List;
import java.util.Objects;

/**
 * One side of a pair, or a title, in one language: one paragraph, or several when the source's
 * paragraphs were aligned to one on the other side.
 *
 * <pre>{@code
 * Segment side = new Segment(Lang.EN, "Spring sleep"); // one plain paragraph
 * }</pre>
 */
public record Segment(Lang lang, List<Para> paras) {
    public Segment {
        Objects.requireNonNull(lang, "lang");
        paras = List.copyOf(paras);
        if (paras.isEmpty()) {
            throw new IllegalArgumentException("a side has at least one paragraph");
        }
    }

    /** One plain paragraph; a line feed in it is a line break (as verse has). */
    public Segment(Lang lang, String text) {
        this(lang, List.of(Para.plain(text)));
    }

    /**
     * The plain text: the paragraphs' projections joined by line feeds. What the structure stage,
     * the aligner and most tests read.
     */
    public String text() {
        return Para.text(paras);
    }

    /** Whether every paragraph is plain text (so a writer may set the projection as it is). */
    public boolean isPlain() {
        for (Para para : paras) {
            if (!para.isPlain()) {
                return false;
            }
        }
        return true;
    }
}
