package press.duet.model;

/**
 * A Chinese paragraph and its English translation. One side is absent (null) when the source has no
 * translation for it; such pairs are kept, never dropped.
 */
public record Pair(Segment zh, Segment en) implements Block {
    public Pair {
        new BilingualText(zh, en); // same rules: one side at least, each side in its language
    }

    public boolean isComplete() {
        return zh != null && en != null;
    }

    public BilingualText asText() {
        return new BilingualText(zh, en);
    }
}
