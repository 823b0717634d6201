package press.duet.structure;

import java.util.List;

/**
 * Which runs of one language translate each other in a section laid out in blocks (a run of Chinese
 * paragraphs, then the run of their English translation, or the other way round). The runs are not
 * simply taken two by two from the start: a stray run (an editor's note before the first story, a
 * label, a caption in one language) would pair every later run with its neighbour's translation.
 * Instead a small dynamic programme over the runs decides, for each run, whether it is the
 * translation of the run after it or stands alone, as a careful editor reads a page of pieces: a run
 * and its translation hold about the same text, so their total lengths agree at the section's ratio,
 * and a run alone costs what its paragraphs cost untranslated. The ratio is fitted on the pairs of
 * a first pass and the runs are paired again under it.
 */
final class BlockRuns {
    /** -ln of the prior of a paragraph without translation: what each paragraph of a run alone costs. */
    private static final double ALONE = -Math.log(BeadShapes.prior(1, 0));
    /** -ln of the prior of a translated paragraph: a run and its translation are one bead, mostly. */
    private static final double PAIRED = -Math.log(BeadShapes.prior(1, 1));
    /** The heavy tail of the lengths of a translation (the aligner's floor, probability 0.001). */
    private static final double MOST = -Math.log(0.001);

    private BlockRuns() {
    }

    /**
     * For each run, whether it pairs with the run after it (then that run is taken by it); a run that
     * does not pair stands alone.
     */
    static boolean[] pairedWithNext(List<List<Paragraph>> runs) {
        int[] zh = new int[runs.size()];
        int[] en = new int[runs.size()];
        long zhTotal = 0;
        long enTotal = 0;
        for (int r = 0; r < runs.size(); r++) {
            for (Paragraph p : runs.get(r)) {
                int length = p.profile().length();
                if (p.isChinese()) {
                    zh[r] += length;
                } else if (p.isEnglish()) {
                    en[r] += length;
                }
            }
            zhTotal += zh[r];
            enTotal += en[r];
        }
        double ratio = zhTotal == 0 || enTotal == 0 ? LengthModel.DEFAULT_RATIO : (double) enTotal / zhTotal;
        LengthModel first = new LengthModel(ratio, LengthModel.DEFAULT_VARIANCE);
        boolean[] paired = pairs(runs, zh, en, first);
        long zhPaired = 0;
        long enPaired = 0;
        for (int r = 0; r + 1 < runs.size(); r++) {
            if (paired[r]) {
                zhPaired += zh[r] + zh[r + 1];
                enPaired += en[r] + en[r + 1];
            }
        }
        if (zhPaired == 0 || enPaired == 0) {
            return paired;
        }
        return pairs(runs, zh, en, new LengthModel((double) enPaired / zhPaired, LengthModel.DEFAULT_VARIANCE));
    }

    private static boolean[] pairs(List<List<Paragraph>> runs, int[] zh, int[] en, LengthModel model) {
        int n = runs.size();
        double[] cost = new double[n + 1];
        boolean[] pairStep = new boolean[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            double alone = cost[i] + ALONE * lettered(runs.get(i));
            if (alone < cost[i + 1]) {
                cost[i + 1] = alone;
                pairStep[i + 1] = false;
            }
            if (i + 1 < n && (zh[i] + zh[i + 1]) > 0 && (en[i] + en[i + 1]) > 0) {
                double together = cost[i] + PAIRED
                        + model.surpriseAtMost(zh[i] + zh[i + 1], en[i] + en[i + 1], MOST);
                if (together < cost[i + 2]) {
                    cost[i + 2] = together;
                    pairStep[i + 2] = true;
                }
            }
        }
        boolean[] paired = new boolean[n];
        int i = n;
        while (i > 0) {
            if (pairStep[i]) {
                paired[i - 2] = true;
                i -= 2;
            } else {
                i--;
            }
        }
        return paired;
    }

    /** How many paragraphs of the run have letters: a row of stars costs nothing alone. */
    private static int lettered(List<Paragraph> run) {
        int count = 0;
        for (Paragraph p : run) {
            count += p.lang().isPresent() ? 1 : 0;
        }
        return count;
    }
}
