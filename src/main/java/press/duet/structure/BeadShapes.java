package press.duet.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of bead the {@link Aligner} considers (how many paragraphs of each side one bead takes),
 * and how often each occurs between translated paragraphs.
 */
final class BeadShapes {
    private BeadShapes() {
    }

    /**
     * The bead shapes to consider: the classic ones but 2-2 (which on paragraphs only ever swallowed two
     * good 1-1 pairs whose length errors cancelled out), and 1-k / k-1 up to twice the ratio of the
     * paragraph counts (at most 12) when one side has far fewer paragraphs, as a classical text with one
     * paragraph per chapter against a translation that needs several: the translator's paragraphs are
     * spread unevenly, and one original paragraph of four took twelve of Giles's 26 numbered verses
     * (Sun Tzu, chapter I), where the ratio alone allowed eight.
     */
    static int[][] of(int n, int m) {
        List<int[]> types = new ArrayList<>(List.of(
                new int[] {1, 1}, new int[] {1, 0}, new int[] {0, 1},
                new int[] {2, 1}, new int[] {1, 2}));
        double ratio = n == 0 || m == 0 ? 1 : Math.max((double) n / m, (double) m / n);
        int most = ratio >= 1.5 ? Math.min(12, 2 * (int) Math.ceil(ratio)) : 2;
        for (int k = 3; k <= most; k++) {
            types.add(new int[] {1, k});
            types.add(new int[] {k, 1});
        }
        return types.toArray(int[][]::new);
    }

    /**
     * How often each bead shape occurs between translated paragraphs. Gale and Church counted 0.89
     * for 1-1 between sentences; paragraphs keep their boundaries in translation more faithfully, so
     * 1-1 weighs more here and the other shapes less.
     */
    static double prior(int zhCount, int enCount) {
        int big = Math.max(zhCount, enCount);
        if (zhCount == 1 && enCount == 1) {
            return 0.94;
        }
        if (zhCount == 0 || enCount == 0) {
            return 0.02;
        }
        if (big == 2 && zhCount + enCount == 3) {
            return 0.015;
        }
        return 0.005;
    }
}
