package press.duet.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the paragraphs of two streams stood in the text they were taken from, so that the aligner can
 * prefer pairs of neighbours: alternating text (zh, en, zh, en …) is aligned as a Chinese stream and an
 * English one, and a bead whose paragraphs lay side by side, in the text's leading order, costs nothing
 * for its place; one paragraph between them (most likely a stray line, which pays for itself as a
 * paragraph alone) costs {@link #ONE_BETWEEN}, each further one {@link #BETWEEN}, and the other
 * order {@link #REVERSED}. A stray line then costs one paragraph alone (a 1-0 bead) instead of shifting
 * every later pair, since the pairs after it are still neighbours.
 *
 * @param zhAt          the place in the text of each Chinese paragraph, in order
 * @param enAt          the place of each English paragraph
 * @param chineseLeads  whether a pair reads Chinese first
 * @param background    lengths of paragraphs that do not translate each other: the aligner scores a
 *                      pair's lengths by how much better the translation model explains them than this
 */
record Interleaving(int[] zhAt, int[] enAt, boolean chineseLeads, LengthModel background) {
    /** -ln 0.01 for each paragraph of the text that lies within a bead without belonging to it. */
    static final double BETWEEN = 4.6;
    /** -ln 0.5 for one paragraph between: neighbours are still twice as likely. */
    static final double ONE_BETWEEN = 0.69;
    /** -ln 0.1: a pair against the text's leading order happens, but seldom. */
    static final double REVERSED = 2.3;

    /** What the bead's place in the text costs. */
    double cost(int zhStart, int zhCount, int enStart, int enCount) {
        if (zhCount == 0 || enCount == 0) {
            return 0;
        }
        int zhFirst = zhAt[zhStart];
        int zhLast = zhAt[zhStart + zhCount - 1];
        int enFirst = enAt[enStart];
        int enLast = enAt[enStart + enCount - 1];
        int span = Math.max(zhLast, enLast) - Math.min(zhFirst, enFirst) + 1;
        // One paragraph between is most likely a stray line, which pays for itself as a paragraph
        // alone; two or more mean a shift (a pair one place off in strict alternation has two between).
        int between = span - zhCount - enCount;
        double cost = between == 0 ? 0 : ONE_BETWEEN + BETWEEN * (between - 1);
        boolean inOrder = chineseLeads ? zhLast < enFirst : enLast < zhFirst;
        if (!inOrder && zhCount + enCount > 2) {
            // A split translation against the leading order would be two rare things at once.
            return Double.POSITIVE_INFINITY;
        }
        return inOrder ? cost : cost + REVERSED;
    }

    /** Whether the bead's paragraphs stood side by side, nothing between them. */
    boolean adjacent(int zhStart, int zhCount, int enStart, int enCount) {
        if (zhCount == 0 || enCount == 0) {
            return true;
        }
        int first = Math.min(zhAt[zhStart], enAt[enStart]);
        int last = Math.max(zhAt[zhStart + zhCount - 1], enAt[enStart + enCount - 1]);
        return last - first + 1 == zhCount + enCount;
    }

    /**
     * Neighbours in the leading order (Chinese index, English index), each paragraph in one pair at
     * most: the pairs the text's translation model is fitted on.
     */
    static List<int[]> neighbours(int[] zhAt, int[] enAt, boolean chineseLeads) {
        int places = Math.max(last(zhAt), last(enAt)) + 1;
        int[] zhHere = indexByPlace(zhAt, places);
        int[] enHere = indexByPlace(enAt, places);
        int[] first = chineseLeads ? zhHere : enHere;
        int[] second = chineseLeads ? enHere : zhHere;
        List<int[]> pairs = new ArrayList<>();
        for (int p = 0; p + 1 < places; p++) {
            if (first[p] >= 0 && second[p + 1] >= 0) {
                int z = chineseLeads ? first[p] : second[p + 1];
                int e = chineseLeads ? second[p + 1] : first[p];
                pairs.add(new int[] {z, e});
                p++;
            }
        }
        return pairs;
    }

    /**
     * Paragraphs (Chinese index, English index) that stand {@code from} to {@code to} places apart in
     * the two streams, each way, from the pairs given: in alternating text, and about the pairs of an
     * alignment, they never translate each other.
     */
    static List<int[]> strangers(List<int[]> pairs, int enCount, int from, int to) {
        List<int[]> strangers = new ArrayList<>();
        for (int[] pair : pairs) {
            for (int distance = from; distance <= to; distance++) {
                for (int e : new int[] {pair[1] - distance, pair[1] + distance}) {
                    if (e >= 0 && e < enCount) {
                        strangers.add(new int[] {pair[0], e});
                    }
                }
            }
        }
        return strangers;
    }

    /** The lengths (Chinese, English) of index pairs. */
    static List<int[]> lengths(List<int[]> pairs, int[] zhLength, int[] enLength) {
        return pairs.stream().map(p -> new int[] {zhLength[p[0]], enLength[p[1]]}).toList();
    }

    private static int last(int[] at) {
        return at.length == 0 ? -1 : at[at.length - 1];
    }

    private static int[] indexByPlace(int[] at, int places) {
        int[] here = new int[places];
        java.util.Arrays.fill(here, -1);
        for (int k = 0; k < at.length; k++) {
            here[at[k]] = k;
        }
        return here;
    }
}
