package press.duet.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Aligns a Chinese and an English sequence of paragraphs that translate each other, in the manner of
 * Gale and Church: a dynamic programme over "beads" (1-1, 1-0, 0-1, 2-1, 1-2, and 1-k or k-1
 * when one side has far fewer paragraphs) that minimises a cost from the paragraphs' lengths and a few
 * anchors. The programme runs in a band about the diagonal, widened only when the best path touches
 * its edge, so that long texts align in near-linear time.
 *
 * <pre>{@code
 * List<Aligner.Bead> beads = Aligner.align(List.of("你好。", "再见。"), List.of("Hello.", "Goodbye."));
 * }</pre>
 */
final class Aligner {
    /**
     * Paragraphs that belong together: {@code zhCount} Chinese paragraphs from {@code zhStart} and
     * {@code enCount} English ones from {@code enStart}; one count may be 0 (an untranslated paragraph).
     *
     * @param confidence from 0 to 1: how well the lengths and anchors agree; 1 for a lone paragraph
     */
    record Bead(int zhStart, int zhCount, int enStart, int enCount, double confidence) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d+%d~%d+%d(%.2f)", zhStart, zhCount, enStart, enCount, confidence);
        }
    }

    private static final double LOW_CONFIDENCE_FOR_REFIT = 0.1;
    /** How far apart (in paragraphs of each side) two paragraphs stand about a pair to be taken as strangers. */
    private static final int STRANGERS = 5;
    private static final int FIRST_BAND = 32;
    /**
     * The half-width of the band about the first pass's path in which the second pass (with the
     * dictionary) runs: the second pass moves few beads, and far from the first path only by a lot
     * of evidence, which widens the band when its path reaches the edge.
     */
    private static final int GUIDED_BAND = 8;
    /**
     * The least probability a bead's lengths may have. 0.003 until a short text with one missing
     * paragraph close to two merges and two splits was measured (AlignerEvaluationTest, clustered):
     * with 0.001 a run of shifted pairs costs a little more against the missing paragraph standing
     * alone, 93.56 % of those pairs became 93.94 %, and no other figure fell (split Chinese rose from
     * 98.92 % to 98.96 %); 0.0005 and 0.0003 were no better.
     */
    private static final double LENGTH_FLOOR = 0.001;
    /**
     * The least probability the lengths of a bead that glues three or more Chinese paragraphs to its
     * English may have. The heavy tail of {@link #LENGTH_FLOOR} is for a translator who adds or drops
     * a clause; three paragraphs rendered as one with lengths far apart are no translation but
     * untranslated paragraphs (a copy whose English stops early), which stand alone at 1-0 each. The
     * other way round (one classical paragraph, several of a translator's) keeps the heavy tail: a
     * terse original's translation varies in length.
     */
    private static final double MERGE_FLOOR = 1e-6;
    /** -ln of the prior of a paragraph alone (1-0): what each Chinese paragraph a merge holds beyond three could cost instead. */
    private static final double ALONE = -Math.log(BeadShapes.prior(1, 0));

    /**
     * The most a bead's lengths may cost, by how many Chinese paragraphs it glues together: the heavy
     * tail of {@link #LENGTH_FLOOR} for one or two, {@link #MERGE_FLOOR} for three, and for each one
     * beyond that what the paragraph would cost alone. Without the last part, a merge of a dozen
     * untranslated paragraphs (an essay in Chinese only before a few sentences in alternation) with one
     * English paragraph cost less than leaving the dozen alone, however far apart the lengths: the cap
     * stopped the lengths from telling, and the merge won on the priors alone.
     */
    static double mostLengthCost(int zhCount) {
        return zhCount <= 2 ? MOST_FOR_FEW : MOST_FOR_THREE + (zhCount - 3) * ALONE;
    }

    private static final double MOST_FOR_FEW = -Math.log(LENGTH_FLOOR);
    private static final double MOST_FOR_THREE = -Math.log(MERGE_FLOOR);

    /** The paragraphs, with their lengths and anchors. */
    private final AlignmentInput paragraphs;
    private final int[][] types;
    private final double[] penalties;
    /** For each bead type, whether it is taken only where its paragraphs stood side by side ({@link BeadShapes#sideBySideOnly}). */
    private final boolean[] sideBySideOnly;
    /** The most paragraphs any bead takes from one side. */
    private final int widestBead;
    /** Where the paragraphs stood in one interleaved text, or null for two separate texts. */
    private final Interleaving interleaving;
    /** What the bilingual dictionary says, or null where it is not asked (the first, length-only pass). */
    private LexicalEvidence lexical;
    /** For each Chinese row, the English column the band is centred on; null for the diagonal. */
    private int[] guide;
    /** The length model against the interleaving's background, for two streams; null for two texts. */
    private LengthModel.Contrast contrast;

    private Aligner(AlignmentInput prepared, Interleaving interleaving) {
        this(prepared, interleaving, interleaving != null);
    }

    /**
     * @param interleaved whether the bead shapes are those of two streams of one text, which the
     *                    interleaving gives when there is one
     */
    private Aligner(AlignmentInput prepared, Interleaving interleaving, boolean interleaved) {
        this.interleaving = interleaving;
        paragraphs = prepared;
        types = BeadShapes.of(prepared.zh.size(), prepared.en.size(), interleaved);
        int widest = 0;
        for (int[] type : types) {
            widest = Math.max(widest, Math.max(type[0], type[1]));
        }
        widestBead = widest;
        penalties = new double[types.length];
        sideBySideOnly = new boolean[types.length];
        for (int t = 0; t < types.length; t++) {
            sideBySideOnly[t] = BeadShapes.sideBySideOnly(types[t][0], types[t][1], prepared.zh.size(), prepared.en.size(),
                    interleaved);
            penalties[t] = -Math.log(BeadShapes.prior(types[t][0], types[t][1], prepared.zh.size(), prepared.en.size(),
                    interleaved));
        }
    }

    /** Aligns the two sequences; every paragraph of both is in exactly one bead, in order. */
    static List<Bead> align(List<String> chinese, List<String> english) {
        return align(chinese, english, AlignmentInput.Bounds.NONE);
    }

    /** As {@link #align(List, List)}, never taking a bead across a chapter's start and keeping apart what {@code bounds} says. */
    static List<Bead> align(List<String> chinese, List<String> english, AlignmentInput.Bounds bounds) {
        Aligner aligner = new Aligner(new AlignmentInput(chinese, english, bounds), null);
        LengthModel model = LengthModel.estimate(chinese, english);
        List<int[]> path = aligner.bestPath(model);
        // The first pass teaches the model this text's ratio and spread; the second uses them.
        List<int[]> sure = new ArrayList<>();
        for (int[] step : path) {
            if (step[2] == 1 && step[3] == 1) {
                int lz = aligner.zhLength(step[0], 1);
                int le = aligner.enLength(step[1], 1);
                if (model.confidence(lz, le) >= LOW_CONFIDENCE_FOR_REFIT) {
                    sure.add(new int[] {lz, le});
                }
            }
        }
        // The spread never goes below the default: on the evaluation texts a tighter fitted spread made
        // the rare free translation look like a merge, and cost accuracy.
        LengthModel fitted = model.refit(sure);
        LengthModel refitted = new LengthModel(fitted.ratio(), Math.max(LengthModel.DEFAULT_VARIANCE, fitted.variance()));
        // The dictionary learns from the first pass what a shared word is worth in this text.
        List<int[]> ones = new ArrayList<>();
        for (int[] step : path) {
            if (step[2] == 1 && step[3] == 1) {
                ones.add(new int[] {step[0], step[1]});
            }
        }
        aligner.lexical = LexicalEvidence.of(chinese, english)
                .calibrated(ones, Interleaving.strangers(ones, english.size(), STRANGERS, STRANGERS));
        if (aligner.lexical.speaks() || differs(refitted, model)) {
            aligner.guide = guide(path, chinese.size(), english.size());
            path = aligner.bestPath(refitted);
        }
        List<Bead> beads = new ArrayList<>(path.size());
        for (int[] step : path) {
            beads.add(new Bead(step[0], step[2], step[1], step[3], aligner.confidence(refitted, step)));
        }
        return beads;
    }

    /** The beads of an alignment and what its path costs (-ln of its probability, up to a constant). */
    record Alignment(List<Bead> beads, double cost) {
    }

    /**
     * Aligns the Chinese and English paragraphs of one interleaved text (alternating text taken apart
     * into its two streams), under a length model already fitted on the text's neighbours. A bead's
     * lengths cost how much less likely they are under {@code model} than under the interleaving's
     * background lengths, so lengths that do not track their translations (word lists, short answers)
     * weigh nearly nothing instead of adding up noise over thousands of pairs; its place costs what
     * {@link Interleaving#cost} says. The confidence of a pair of neighbours is judged with four times
     * the model's spread: being neighbours already vouches for it, and only a gross mismatch should be
     * doubted; a pair with a paragraph between is judged with the model's own spread.
     */
    static Alignment alignStreams(AlignmentInput paragraphs, Interleaving interleaving, LengthModel model, LexicalEvidence lexical) {
        Aligner aligner = new Aligner(paragraphs, interleaving);
        aligner.lexical = lexical;
        Band band = aligner.bestBand(model);
        LengthModel wide = new LengthModel(model.ratio(), 4 * model.variance());
        List<Bead> beads = new ArrayList<>(band.path.size());
        for (int[] step : band.path) {
            // Only neighbours vouch for each other: a pair with a paragraph between is judged as a pair of two files is.
            boolean neighbours = interleaving.adjacent(step[0], step[2], step[1], step[3]);
            beads.add(new Bead(step[0], step[2], step[1], step[3], aligner.confidence(neighbours ? wide : model, step)));
        }
        return new Alignment(beads, band.cost);
    }

    /** For each Chinese row 0 … n, the English column at which the path reaches it. */
    private static int[] guide(List<int[]> path, int n, int m) {
        int[] guide = new int[n + 1];
        for (int[] step : path) {
            for (int k = 0; k < step[2]; k++) {
                guide[step[0] + k] = step[1] + k * step[3] / step[2];
            }
        }
        guide[n] = m;
        return guide;
    }

    /** Whether a refitted model is different enough to be worth a second pass. */
    private static boolean differs(LengthModel a, LengthModel b) {
        return Math.abs(a.ratio() / b.ratio() - 1) > 0.05 || Math.abs(a.variance() / b.variance() - 1) > 0.25;
    }

    /** The steps (zhStart, enStart, zhCount, enCount) of the cheapest path, in order. */
    private List<int[]> bestPath(LengthModel model) {
        return bestBand(model).path;
    }

    /**
     * Works out, before the dictionary is calibrated on the text, the matched weights that the first
     * band of {@link #alignStreams} will read, so that the calibration reads them from there too
     * instead of marking each Chinese paragraph's translations again.
     */
    static void prepareStreams(AlignmentInput paragraphs, LexicalEvidence lexical) {
        // The bead shapes of two streams (a 3-1 bead among them), so that the band's reach is the one
        // alignStreams asks for and its memo is not worked out a second time.
        Aligner aligner = new Aligner(paragraphs, null, true);
        int width = aligner.firstWidth(true);
        lexical.prepareBand(aligner.centers(width), width, aligner.lexicalReach(width));
    }

    /** The half-width of the first band: narrow when the path keeps close to a known line. */
    private int firstWidth(boolean guided) {
        return Math.max(guided ? GUIDED_BAND : FIRST_BAND, 2 * widestBead);
    }

    /** For each Chinese row 0 … n, the English column the band of this half-width is centred on. */
    private int[] centers(int width) {
        int n = paragraphs.zh.size();
        int m = paragraphs.en.size();
        int[] center = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            center[i] = guide != null ? guide[i] : n == 0 ? 0 : (int) Math.round((double) i * m / n);
        }
        return center;
    }

    /**
     * How far after row i's centre the English paragraphs of a bead starting on row i and ending in
     * the band of this half-width reach: a bead starts at most {@code width} from its row's centre
     * either way and takes at most {@link #widestBead} English paragraphs, so the dictionary is asked
     * about English j from {@code width} before the centre to this many after it.
     */
    private int lexicalReach(int width) {
        return width + widestBead - 1;
    }

    private Band bestBand(LengthModel model) {
        int n = paragraphs.zh.size();
        int m = paragraphs.en.size();
        // Two streams of one text and a second pass both keep close to a known line (the text's
        // interleaving, the first pass's path): a narrow band, widened when the path reaches its edge.
        int band = firstWidth(guide != null || interleaving != null);
        contrast = interleaving == null ? null : model.against(interleaving.background(), LENGTH_FLOOR);
        while (true) {
            Band result = run(model, band);
            if (result.path != null && (!result.touchedEdge || band >= Math.max(n, m))) {
                return result;
            }
            band *= 2;
        }
    }

    private record Band(List<int[]> path, boolean touchedEdge, double cost) {
    }

    private Band run(LengthModel model, int width) {
        int n = paragraphs.zh.size();
        int m = paragraphs.en.size();
        int span = 2 * width + 1;
        double[] cost = new double[(n + 1) * span];
        byte[] back = new byte[(n + 1) * span];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        int[] lo = new int[n + 1];
        int[] center = centers(width);
        for (int i = 0; i <= n; i++) {
            lo[i] = center[i] - width;
        }
        if (lexical != null) {
            lexical.prepare(center, width, lexicalReach(width));
        }
        cost[0 - lo[0]] = 0;
        for (int i = 0; i <= n; i++) {
            row(model, cost, back, lo, span, i, Math.max(0, lo[i]), Math.min(m, lo[i] + span - 1));
        }
        if (m < lo[n] || m >= lo[n] + span || cost[n * span + (m - lo[n])] == Double.POSITIVE_INFINITY) {
            return new Band(null, true, Double.POSITIVE_INFINITY);
        }
        List<int[]> path = new ArrayList<>();
        boolean touched = false;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int t = back[i * span + (j - lo[i])];
            int di = types[t][0];
            int dj = types[t][1];
            path.add(new int[] {i - di, j - dj, di, dj});
            i -= di;
            j -= dj;
            // A path hugging the band's edge may have been pushed there by it: widen and run again.
            if (Math.abs(j - center[i]) >= width - widestBead && width < Math.max(n, m)) {
                touched = true;
            }
        }
        java.util.Collections.reverse(path);
        return new Band(path, touched, cost[n * span + (m - lo[n])]);
    }

    /**
     * The cells {@code from} … {@code to} of row i, in order: a method of its own, so that the JIT
     * compiler compiles the row's loop as one method called once per row, rather than compiling
     * {@link #run} again on the stack while its loop over the rows is running.
     */
    private void row(LengthModel model, double[] cost, byte[] back, int[] lo, int span, int i, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (i != 0 || j != 0) {
                cell(model, cost, back, lo, span, i, j);
            }
        }
    }

    /**
     * The cheapest way to reach cell (i, j) of the band and the bead type it takes, from the cells
     * before it: a method of its own, so that the JIT compiler compiles it once for every cell of
     * every band rather than the whole programme's loops anew.
     */
    private void cell(LengthModel model, double[] cost, byte[] back, int[] lo, int span, int i, int j) {
        double best = Double.POSITIVE_INFINITY;
        int bestType = -1;
        for (int t = 0; t < types.length; t++) {
            int pi = i - types[t][0];
            int pj = j - types[t][1];
            if (pi < 0 || pj < 0 || pj < lo[pi] || pj >= lo[pi] + span) {
                continue;
            }
            double before = cost[(pi) * span + (pj - lo[pi])];
            if (before == Double.POSITIVE_INFINITY
                    || sideBySideOnly[t] && !interleaving.adjacent(pi, types[t][0], pj, types[t][1])) {
                continue;
            }
            double c = before + penalties[t] + beadCost(model, pi, types[t][0], pj, types[t][1]);
            if (c < best) {
                best = c;
                bestType = t;
            }
        }
        int at = i * span + (j - lo[i]);
        cost[at] = best;
        back[at] = (byte) bestType;
    }

    private double beadCost(LengthModel model, int zhStart, int zhCount, int enStart, int enCount) {
        if (zhCount == 0 || enCount == 0) {
            return 0;
        }
        int lz = zhLength(zhStart, zhCount);
        int le = enLength(enStart, enCount);
        // Translators now and then add or drop a clause, so length errors have heavier tails than the
        // normal curve: a floor keeps one odd pair from pulling its neighbours out of line.
        double anchors = BeadRules.anchorScore(paragraphs, zhStart, zhCount, enStart, enCount)
                + (lexical == null ? 0 : lexical.cost(zhStart, zhCount, enStart, enCount))
                + BeadRules.titleInMerge(paragraphs, zhStart, zhCount, enStart, enCount);
        if (interleaving == null) {
            return model.surpriseAtMost(lz, le, mostLengthCost(zhCount)) + anchors;
        }
        return contrast.surprise(lz, le, mostLengthCost(zhCount) - MOST_FOR_FEW) + anchors
                + interleaving.cost(zhStart, zhCount, enStart, enCount);
    }

    private double confidence(LengthModel model, int[] step) {
        if (step[2] == 0 || step[3] == 0) {
            return 1.0;
        }
        double p = model.confidence(zhLength(step[0], step[2]), enLength(step[1], step[3]));
        double anchors = BeadRules.anchorScore(paragraphs, step[0], step[2], step[1], step[3])
                + (lexical == null ? 0 : lexical.cost(step[0], step[2], step[1], step[3]));
        // Shared anchors and words make a doubtful length agreement believable; contradicting ones the reverse.
        // Lengths that cannot go together (p 0) stay doubtful however many words a huge paragraph shares,
        // where 0 times an infinite weight would be no number at all.
        double adjusted = p == 0 ? 0 : p * Math.exp(-anchors);
        return Double.isNaN(adjusted) ? 0 : Math.max(0, Math.min(1, adjusted));
    }

    private int zhLength(int start, int count) {
        return paragraphs.zhSum[start + count] - paragraphs.zhSum[start];
    }

    private int enLength(int start, int count) {
        return paragraphs.enSum[start + count] - paragraphs.enSum[start];
    }
}
