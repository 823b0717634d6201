package press.duet.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of bead the {@link Aligner} considers (how many paragraphs of each side one bead takes),
 * and how often each occurs between translated paragraphs.
 */
final class BeadShapes {
    /** The widest bead: one paragraph against this many. */
    static final int MOST = 30;

    private BeadShapes() {
    }

    /** Each Chinese paragraph stands for at least this many English ones on average: the Chinese has far fewer. */
    static final double FAR_FEWER = 3;
    /**
     * The Chinese has at least this many paragraphs for the ratio to say it has far fewer: one
     * paragraph against three may as well be one translated and two added.
     */
    static final int FEWEST_COUNTED = 3;

    /**
     * The bead shapes to consider: the classic ones but 2-2 (which on paragraphs only ever swallowed two
     * good 1-1 pairs whose length errors cancelled out), and 1-k / k-1 up to twice the ratio of the
     * paragraph counts (at most 12) when one side has fewer paragraphs: a translator's paragraphs are
     * spread unevenly, and one original paragraph of four took twelve of Giles's 26 numbered verses
     * (Sun Tzu, chapter I), where the ratio alone allowed eight. When the Chinese has {@linkplain
     * #farFewer far fewer}, one of its paragraphs may stand against up to three times the ratio of
     * English ones (at most {@value #MOST}), and only in that direction: the ratio is an average,
     * one long paragraph may need several times as many as the average one (a paragraph of the
     * 孙子兵法 holds from one to twenty-two of Giles's verses), and the other way a bead would
     * swallow good pairs. Paragraphs of one {@code interleaved} text may also stand three against one
     * however the counts compare, but only {@linkplain #sideBySideOnly side by side}: Legge answers three
     * of the 孟子's paragraphs with one, set after the three.
     */
    static int[][] of(int n, int m, boolean interleaved) {
        List<int[]> types = new ArrayList<>(List.of(
                new int[] {1, 1}, new int[] {1, 0}, new int[] {0, 1},
                new int[] {2, 1}, new int[] {1, 2}));
        double ratio = ratio(n, m);
        if (farFewer(n, m)) {
            int most = Math.min(MOST, (int) Math.ceil(3 * ratio) + 1);
            for (int k = 3; k <= most; k++) {
                types.add(new int[] {1, k});
            }
            return types.toArray(int[][]::new);
        }
        int most = ratio >= 1.5 ? Math.min(12, 2 * (int) Math.ceil(ratio)) : interleaved ? SIDE_BY_SIDE_WIDEST : 2;
        for (int k = 3; k <= most; k++) {
            types.add(new int[] {1, k});
            types.add(new int[] {k, 1});
        }
        return types.toArray(int[][]::new);
    }

    /** The widest bead of interleaved paragraphs whose counts are alike: three against one, side by side. */
    private static final int SIDE_BY_SIDE_WIDEST = 3;

    /**
     * Whether a bead of this shape is taken only where its paragraphs stood side by side in one
     * interleaved text, nothing of the other language between them: the three-against-one beads that
     * {@link #of} adds where the counts alone allow no more than two. Elsewhere such a bead would swallow
     * a pair and an untranslated line; side by side it is one translator's paragraph answering three
     * (and it is cheap to look for: the aligner skips it wherever the text has no such run).
     */
    static boolean sideBySideOnly(int zhCount, int enCount, int n, int m, boolean interleaved) {
        return interleaved && !farFewer(n, m) && ratio(n, m) < 1.5 && Math.max(zhCount, enCount) == SIDE_BY_SIDE_WIDEST;
    }

    /**
     * Whether the Chinese side has far fewer paragraphs than the English: a dense classical text
     * against a translation in verses. The other way round is no translation's habit but a sign of
     * Chinese lines left untranslated (a press office's heading lines before the speech), which one
     * bead must not swallow.
     */
    private static boolean farFewer(int n, int m) {
        return n >= FEWEST_COUNTED && m >= FAR_FEWER * n;
    }

    private static double ratio(int n, int m) {
        return n == 0 || m == 0 ? 1 : Math.max((double) n / m, (double) m / n);
    }

    /**
     * How often the bead shape occurs in an alignment of {@code n} Chinese paragraphs with {@code m}
     * English ones: where the Chinese has {@linkplain #farFewer far fewer}, one of its paragraphs
     * against several English ones is no rarity but the rule, and the beads of one against k (of
     * {@link #of}'s widest) share the likelihood a 1-1 bead has elsewhere (else leaving a paragraph
     * untranslated would cost less than a bead of one against three).
     */
    static double prior(int zhCount, int enCount, int n, int m) {
        return prior(zhCount, enCount, n, m, false);
    }

    /**
     * As {@link #prior(int, int, int, int)}, for paragraphs that stood in one text, each translation
     * beside its original ({@code interleaved}): there a translator follows the original paragraph by
     * paragraph, so a translation cut into k paragraphs (or an original in k against one) is k − 1
     * cuts, each as rare as the one cut of a 1-2 bead. Without this, an untranslated line or a word
     * list between two pairs was glued to the next one as a 1-3 or 1-6 bead: the wide bead's prior
     * was worth more than the unpaired lines' and its lengths could cost no more than the tail's cap.
     * Where the Chinese has {@linkplain #farFewer far fewer} paragraphs, one against many keeps its
     * likelihood: a terse original before a translator's verses is the classics' layout.
     */
    static double prior(int zhCount, int enCount, int n, int m, boolean interleaved) {
        double ratio = ratio(n, m);
        boolean oneAgainstMany = zhCount == 1 && enCount >= 2;
        if (farFewer(n, m) && oneAgainstMany) {
            int widest = Math.min(MOST, (int) Math.ceil(3 * ratio) + 1);
            return Math.max(prior(zhCount, enCount), 0.94 / widest);
        }
        int big = Math.max(zhCount, enCount);
        if (interleaved && big > 2 && Math.min(zhCount, enCount) == 1) {
            return Math.pow(prior(1, 2), big - 1);
        }
        return prior(zhCount, enCount);
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
