package press.duet.realtexts;

import java.util.List;

/**
 * Why a gold pair was not published exactly, judged from what was published instead, in this order:
 * one of its sides stands with another partner ({@link #SHIFTED}); its sides stand apart, each alone
 * ({@link #ONE_SIDED}); a side is published inside a longer one, glued to a neighbour or to furniture
 * ({@link #MERGED}); a side is published in pieces ({@link #BROKEN}); else its text is nowhere as it
 * is ({@link #CHANGED}: reflowed, decoded or cleaned differently, or dropped).
 */
enum MissKind {
    SHIFTED, ONE_SIDED, MERGED, BROKEN, CHANGED;

    /** A side shorter than this is not taken as a piece of a longer gold side. */
    private static final int PIECE_LENGTH = 4;

    static MissKind of(GoldPair missed, List<GoldPair> published) {
        for (GoldPair unit : published) {
            boolean sameZh = !missed.zh().isEmpty() && unit.zh().equals(missed.zh());
            boolean sameEn = !missed.en().isEmpty() && unit.en().equals(missed.en());
            if ((sameZh && !unit.en().isEmpty()) || (sameEn && !unit.zh().isEmpty())) {
                return SHIFTED;
            }
        }
        for (GoldPair unit : published) {
            boolean aloneZh = !missed.zh().isEmpty() && unit.zh().equals(missed.zh()) && unit.en().isEmpty();
            boolean aloneEn = !missed.en().isEmpty() && unit.en().equals(missed.en()) && unit.zh().isEmpty();
            if (aloneZh || aloneEn) {
                return ONE_SIDED;
            }
        }
        if (published.stream().anyMatch(unit -> holds(unit.zh(), missed.zh()) || holds(unit.en(), missed.en()))) {
            return MERGED;
        }
        if (published.stream().anyMatch(unit -> holds(missed.zh(), unit.zh()) || holds(missed.en(), unit.en()))) {
            return BROKEN;
        }
        return CHANGED;
    }

    /** The longer text holds the shorter one, and is longer. */
    private static boolean holds(String longer, String shorter) {
        return shorter.length() >= PIECE_LENGTH && longer.length() > shorter.length() && longer.contains(shorter);
    }

    String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
