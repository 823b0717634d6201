package press.duet.structure;

import java.util.Arrays;
import java.util.List;
import press.duet.lexicon.Lexicon;

/**
 * What the bilingual dictionary says about a candidate bead, in the manner of Champollion and
 * hunalign: the English words of the bead that translate a dictionary word of its Chinese side count
 * for it, the English words the dictionary knows but the Chinese side does not translate count
 * against it, each weighted by its rarity in this text (a word in every paragraph tells nothing; a
 * word in two tells much). How much one shared word is worth is not fixed but learnt from the text:
 * the share of weight matched in pairs believed right (p1) against the share in paragraphs that do
 * not translate each other (p0), so a shared word costs -ln(p1 / p0) and an unshared one
 * -ln((1 - p1) / (1 - p0)) — the log-likelihood ratio of the two, as the length model's is. When the
 * dictionary tells the two kinds of pair apart no better than chance (p1 ≤ p0), it is silent.
 *
 * <pre>{@code
 * LexicalEvidence lex = LexicalEvidence.of(chinese, english).calibrated(pairsBelievedRight, strangers);
 * double cost = lex.cost(0, 1, 0, 1);  // negative when the two share rare words
 * }</pre>
 */
final class LexicalEvidence {
    /** Fewer known English words than this in the calibration pairs teach nothing reliable. */
    private static final int LEAST_WORDS = 30;

    private final Lexicon lexicon;
    /** The dictionary entries of each Chinese paragraph, and the known words of each English one. */
    private final int[][] zh;
    private final int[][] en;
    /** The weight of each English paragraph's known words, in the order of {@link #en}, and their sum. */
    private final float[][] weights;
    private final double[] totals;
    /** What a shared and an unshared known word cost; both 0 while the dictionary is silent. */
    private final double shared;
    private final double unshared;
    /**
     * The same for the Chinese side's dictionary words, counted: a Chinese word is taken to be
     * translated as often as English words are matched (at most as many as there are Chinese words),
     * so that a Chinese paragraph the English does not translate counts against its bead.
     */
    private final double sharedZh;
    private final double unsharedZh;
    /**
     * The matched weight of Chinese i (and of i with i + 1) and English j, for j from {@link #below}
     * before i's centre to {@link #above} after it.
     */
    private float[] memo;
    private float[] memoTwo;
    /** The number of English words matched, likewise. */
    private short[] count;
    private short[] countTwo;
    private int lastCount;
    private int below;
    private int above;
    private int[] centers;
    /** The number of dictionary words of Chinese paragraphs 0 … i - 1. */
    private final int[] zhWordsBefore;

    /** The uncalibrated evidence this was calibrated from, whose matched weights it shares; null for that one. */
    private final LexicalEvidence parent;

    private LexicalEvidence(LexicalEvidence words, double[] costs) {
        parent = words;
        lexicon = words.lexicon;
        zh = words.zh;
        en = words.en;
        weights = words.weights;
        totals = words.totals;
        zhWordsBefore = words.zhWordsBefore;
        shared = costs[0];
        unshared = costs[1];
        sharedZh = costs[2];
        unsharedZh = costs[3];
    }

    private LexicalEvidence(Lexicon lexicon, int[][] zh, int[][] en) {
        parent = null;
        this.lexicon = lexicon;
        this.zh = zh;
        this.en = en;
        shared = 0;
        unshared = 0;
        sharedZh = 0;
        unsharedZh = 0;
        weights = new float[en.length][];
        totals = new double[en.length];
        zhWordsBefore = new int[zh.length + 1];
        for (int i = 0; i < zh.length; i++) {
            zhWordsBefore[i + 1] = zhWordsBefore[i] + zh[i].length;
        }
        int all = 0;
        for (int[] words : en) {
            all += words.length;
        }
        // How many English paragraphs hold each word (each paragraph's words are distinct), counted
        // in one array of the dictionary's size that is cleared again after use.
        // Each loop's work on one paragraph is a method of its own, which the JIT compiler compiles
        // once, rather than compiling each long loop of this constructor anew (on-stack replacement).
        int[] counts = documentCounts(lexicon.size());
        for (int[] words : en) {
            count(counts, words, 1);
        }
        // A word's weight grows as fewer paragraphs hold it: ln(1 + paragraphs / paragraphs with it).
        float[] weightOfCount = new float[en.length + 1];
        for (int df = 1; df <= en.length; df++) {
            weightOfCount[df] = (float) Math.log(1 + (double) en.length / df);
        }
        double sum = 0;
        for (int j = 0; j < en.length; j++) {
            weights[j] = new float[en[j].length];
            sum = weigh(weights[j], en[j], counts, weightOfCount, sum);
        }
        for (int[] words : en) {
            count(counts, words, -1);
        }
        // Scaled so that the mean word weighs 1: the calibration then speaks in words.
        float scale = (float) (all == 0 ? 1 : all / sum);
        for (int j = 0; j < en.length; j++) {
            totals[j] = scale(weights[j], scale);
        }
    }

    private static void count(int[] counts, int[] words, int by) {
        for (int word : words) {
            counts[word] += by;
        }
    }

    /** Gives each word its weight by the number of paragraphs holding it; {@code sum} with the weights added. */
    private static double weigh(float[] weights, int[] words, int[] counts, float[] weightOfCount, double sum) {
        for (int k = 0; k < words.length; k++) {
            weights[k] = weightOfCount[counts[words[k]]];
            sum += weights[k];
        }
        return sum;
    }

    /** Scales the weights in place; their sum. */
    private static double scale(float[] weights, float scale) {
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            weights[k] *= scale;
            total += weights[k];
        }
        return total;
    }

    /** The evidence for these paragraphs, looked up in the bundled dictionary; silent until calibrated. */
    static LexicalEvidence of(List<String> chinese, List<String> english) {
        Lexicon lexicon = Lexicon.bundled();
        int[][] zh = new int[chinese.size()][];
        for (int i = 0; i < zh.length; i++) {
            zh[i] = lexicon.entries(chinese.get(i));
        }
        int[][] en = new int[english.size()][];
        for (int j = 0; j < en.length; j++) {
            en[j] = lexicon.englishWords(english.get(j));
        }
        return new LexicalEvidence(lexicon, zh, en);
    }

    /** One count per English word of the dictionary for this thread, all 0 between uses. */
    private static final ThreadLocal<int[]> DOCUMENT_COUNTS = new ThreadLocal<>();

    private static int[] documentCounts(int size) {
        int[] counts = DOCUMENT_COUNTS.get();
        if (counts == null || counts.length != size) {
            counts = new int[size];
            DOCUMENT_COUNTS.set(counts);
        }
        return counts;
    }

    /**
     * The evidence with what a shared word is worth learnt from pairs believed right and from
     * strangers (each an int pair: Chinese index, English index).
     */
    LexicalEvidence calibrated(List<int[]> right, List<int[]> strangers) {
        double[] p1 = share(right);
        double[] p0 = share(strangers);
        if (p1[1] < LEAST_WORDS || p0[1] < LEAST_WORDS || p1[0] <= p0[0] || p1[2] <= p0[2]) {
            return new LexicalEvidence(this, new double[4]);
        }
        double[] en = costs(p1[0], p0[0]);
        double[] zhSide = costs(p1[2], p0[2]);
        // Each side counts the same shared words once more, so each side's ratio counts half.
        return new LexicalEvidence(this, new double[] {en[0] / 2, en[1] / 2, zhSide[0] / 2, zhSide[1] / 2});
    }

    /** -ln(p1 / p0) and -ln((1 - p1) / (1 - p0)), the shares kept off 0 and 1: one text's count is not a certainty. */
    private static double[] costs(double p1, double p0) {
        double r = Math.min(0.95, Math.max(0.005, p1));
        double s = Math.min(0.95, Math.max(0.001, p0));
        return new double[] {-Math.log(r / s), -Math.log((1 - r) / (1 - s))};
    }

    /** Whether the dictionary says anything in this text. */
    boolean speaks() {
        return shared != 0;
    }

    /**
     * Over these pairs: the matched share of the known English words' weight, that weight, and the
     * share of Chinese dictionary words taken to be translated.
     */
    private double[] share(List<int[]> pairs) {
        double matched = 0;
        double total = 0;
        double zhMatched = 0;
        double zhTotal = 0;
        WordMarks words = WordMarks.forThread(lexicon.size());
        int[] marks = words.last;
        int marked = -1;
        int mark = 0;
        // In Chinese order, so that each Chinese paragraph's translations are marked once.
        List<int[]> sorted = new java.util.ArrayList<>(pairs);
        sorted.sort(java.util.Comparator.comparingInt(p -> p[0]));
        for (int[] pair : sorted) {
            int at = memoIndex(pair[0], pair[1]);
            if (at >= 0) {
                // Worked out already for the aligner's band (the same sum, kept as a float).
                matched += memo[at];
                lastCount = count[at];
            } else {
                if (pair[0] != marked) {
                    marked = pair[0];
                    mark = words.fresh(1);
                    words.mark(lexicon, zh[marked], mark);
                }
                matched += sum(marks, mark, pair[1]);
            }
            total += totals[pair[1]];
            zhMatched += Math.min(lastCount, zh[pair[0]].length);
            zhTotal += zh[pair[0]].length;
        }
        return new double[] {total == 0 ? 0 : matched / total, total, zhTotal == 0 ? 0 : zhMatched / zhTotal};
    }

    /** The weight of English paragraph j's words that some Chinese paragraph in [zhFrom, zhTo) translates. */
    private double matched(int zhFrom, int zhTo, int j) {
        WordMarks words = WordMarks.forThread(lexicon.size());
        int mark = words.fresh(1);
        for (int i = zhFrom; i < zhTo; i++) {
            words.mark(lexicon, zh[i], mark);
        }
        return sum(words.last, mark, j);
    }

    /** The weight of English paragraph j's words marked {@code mark}; their number is left in {@link #lastCount}. */
    private double sum(int[] marks, int mark, int j) {
        int[] words = en[j];
        float[] w = weights[j];
        float sum = 0;
        int n = 0;
        for (int k = 0; k < words.length; k++) {
            if (marks[words[k]] == mark) {
                sum += w[k];
                n++;
            }
        }
        lastCount = n;
        return sum;
    }

    /**
     * Works out the matched weight of every pair of paragraphs the aligner's band can reach (English
     * j from {@code below} before {@code center[i]} to {@code above} after it, where the aligner centres
     * its band on row i), for one Chinese paragraph and for two together. Each Chinese paragraph's
     * translations are marked in one array of the dictionary's size, so a pair costs one look per
     * English word instead of a search.
     */
    void prepare(int[] center, int below, int above) {
        if (shared == 0) {
            return;
        }
        // The matched weights do not depend on the calibration: both leading orders of one text share them.
        if (parent != null) {
            parent.prepareBand(center, below, above);
            memo = parent.memo;
            memoTwo = parent.memoTwo;
            count = parent.count;
            countTwo = parent.countTwo;
            this.below = parent.below;
            this.above = parent.above;
            centers = parent.centers;
            return;
        }
        prepareBand(center, below, above);
    }

    /** {@link #prepare} on the evidence before its calibration, which then reads the weights worked out. */
    void prepareBand(int[] center, int below, int above) {
        if (parent != null) {
            parent.prepareBand(center, below, above);
            return;
        }
        if (memo != null && this.below == below && this.above == above && Arrays.equals(centers, center)) {
            return;
        }
        int n = zh.length;
        int m = en.length;
        int cells = below + above + 1;
        this.below = below;
        this.above = above;
        memo = new float[n * cells];
        memoTwo = new float[n * cells];
        count = new short[n * cells];
        countTwo = new short[n * cells];
        centers = center;
        // Row i's words carry mark first + i. Each row is marked once: after row i + 1 is marked, a
        // word row i translates has its latest mark from row i, or from row i + 1 with the one before from row i.
        WordMarks words = WordMarks.forThread(lexicon.size());
        int[] last = words.last;
        int[] before = words.before;
        int first = words.fresh(n + 1);
        if (n > 0) {
            words.mark(lexicon, zh[0], first);
        }
        for (int i = 0; i < n; i++) {
            int mine = first + i;
            int next = mine + 1;
            if (i + 1 < n) {
                words.mark(lexicon, zh[i + 1], next);
            }
            int c = center[i];
            for (int j = Math.max(0, c - below); j <= Math.min(m - 1, c + above); j++) {
                memoize(i * cells + (j - c + below), j, mine, next, last, before);
            }
        }
    }

    /** The matched weights and counts of English j by the row marked {@code mine}, alone and with the row marked {@code next}. */
    private void memoize(int at, int j, int mine, int next, int[] last, int[] before) {
        int[] english = en[j];
        float[] w = weights[j];
        float one = 0;
        float two = 0;
        int ones = 0;
        int twos = 0;
        for (int k = 0; k < english.length; k++) {
            int latest = last[english[k]];
            if (latest == mine || latest == next) {
                two += w[k];
                twos++;
                if (latest == mine || before[english[k]] == mine) {
                    one += w[k];
                    ones++;
                }
            }
        }
        memo[at] = one;
        count[at] = (short) ones;
        memoTwo[at] = two;
        countTwo[at] = (short) twos;
    }

    /** Where the memo holds Chinese paragraph i against English j, or -1 when it does not. */
    private int memoIndex(int i, int j) {
        if (memo == null) {
            return -1;
        }
        int offset = j - centers[i] + below;
        return offset >= 0 && offset <= below + above ? i * (below + above + 1) + offset : -1;
    }

    /** The matched weight of English paragraph j by Chinese paragraphs i … i + paragraphs - 1; the number matched in {@link #lastCount}. */
    private double matchedBy(int i, int paragraphs, int j) {
        if (memo != null && paragraphs <= 2) {
            int offset = j - centers[i] + below;
            if (offset >= 0 && offset <= below + above) {
                int at = i * (below + above + 1) + offset;
                lastCount = (paragraphs == 1 ? count : countTwo)[at];
                return (paragraphs == 1 ? memo : memoTwo)[at];
            }
        }
        return matched(i, i + paragraphs, j);
    }

    /** What the dictionary says about a bead: negative when its sides share more than strangers do. */
    double cost(int zhStart, int zhCount, int enStart, int enCount) {
        if (shared == 0 || zhCount == 0 || enCount == 0) {
            return 0;
        }
        double m = 0;
        double t = 0;
        int matchedWords = 0;
        for (int j = enStart; j < enStart + enCount; j++) {
            m += matchedBy(zhStart, zhCount, j);
            matchedWords += lastCount;
            t += totals[j];
        }
        int zhWords = zhWordsBefore[zhStart + zhCount] - zhWordsBefore[zhStart];
        int zhMatched = Math.min(matchedWords, zhWords);
        return shared * m + unshared * (t - m) + sharedZh * zhMatched + unsharedZh * (zhWords - zhMatched);
    }
}
