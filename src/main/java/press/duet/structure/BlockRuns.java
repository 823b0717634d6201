package press.duet.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which runs of blocks text face each other: each run (a maximal run of paragraphs in one language)
 * either pairs with the next run, which is in the other language, or stands alone. Taken in order,
 * two by two, one stray run (an editor's introduction in Chinese before the first English block, a
 * label line of its own) paired every block after it with the translation of its neighbour. So the
 * pairing is a small dynamic programme over the runs, in the manner of the paragraph aligner one
 * level up: a pair of runs costs how unlikely their lengths are under the section's length model (as
 * a bead of the aligner does) less the prior of a translated bead, and a run alone costs what each of
 * its paragraphs costs alone. A section whose runs pair two by two keeps that pairing unless another
 * fits its lengths by more than the two runs left alone cost.
 *
 * <pre>{@code
 * List<Boolean> pairing = BlockRuns.pairing(runs); // true: this run and the next face each other; false: alone
 * }</pre>
 */
final class BlockRuns {
    private static final double PAIRED = -Math.log(BeadShapes.prior(1, 1));
    private static final double ALONE = -Math.log(BeadShapes.prior(1, 0));

    private BlockRuns() {
    }

    /** For each step through the runs: true for a run paired with the next, false for a run alone. */
    static List<Boolean> pairing(List<List<Paragraph>> runs) {
        int k = runs.size();
        int[] lengths = new int[k];
        boolean[] chinese = new boolean[k];
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            chinese[r] = runs.get(r).stream().anyMatch(Paragraph::isChinese);
            for (Paragraph p : runs.get(r)) {
                lengths[r] += LengthModel.length(p.text());
                (chinese[r] ? zh : en).add(p.text());
            }
        }
        LengthModel model = LengthModel.estimate(zh, en);
        double[] cost = new double[k + 1];
        boolean[] pairedAt = new boolean[k + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int i = 0; i < k; i++) {
            double alone = cost[i] + ALONE * runs.get(i).size();
            if (alone < cost[i + 1]) {
                cost[i + 1] = alone;
                pairedAt[i + 1] = false;
            }
            if (i + 1 < k && chinese[i] != chinese[i + 1]) {
                int lz = chinese[i] ? lengths[i] : lengths[i + 1];
                int le = chinese[i] ? lengths[i + 1] : lengths[i];
                double pair = cost[i] + PAIRED + model.surpriseAtMost(lz, le, Aligner.mostLengthCost(1));
                // Ties go to the pair: two runs side by side are a block and its translation.
                if (pair <= cost[i + 2]) {
                    cost[i + 2] = pair;
                    pairedAt[i + 2] = true;
                }
            }
        }
        List<Boolean> steps = new ArrayList<>();
        for (int at = k; at > 0; at -= pairedAt[at] ? 2 : 1) {
            steps.add(pairedAt[at]);
        }
        Collections.reverse(steps);
        return steps;
    }
}
