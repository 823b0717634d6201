package press.duet.model;

/**
 * A Chinese paragraph and its English translation. One side is absent (null) when the source has no
 * translation for it; such pairs are kept, never dropped. A side holds one paragraph or several (when
 * the source's paragraphs were aligned to one on the other side), each with its rich content.
 *
 * <pre>{@code
 * Pair pair = new Pair(new Segment(Lang.ZH_HANS, "春眠不觉晓"), new Segment(Lang.EN, "Spring sleep"));
 * }</pre>
 *
 * @param confidence how sure the structure stage is that the two sides belong together, from 0 to 1;
 *                   1 when the source pairs them itself (one pair per row) or one side is absent
 */
public record Pair(Segment zh, Segment en, double confidence) implements Block {
    public Pair {
        new BilingualText(zh, en); // same rules: one side at least, each side in its language
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }

    /** A pair the source itself makes, with full confidence. */
    public Pair(Segment zh, Segment en) {
        this(zh, en, 1.0);
    }

    public boolean isComplete() {
        return zh != null && en != null;
    }

    public BilingualText asText() {
        return new BilingualText(zh, en);
    }
}
