package press.duet.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matches the chapters of two editions of one book, a Chinese and an English one, in reading order:
 * by the numbers their headings carry (第一章 with Chapter 1, 一 with I), the words of their titles, what
 * kind of matter they are ({@link ChapterRole}: a preface with a preface, never with chapter 3) and
 * their lengths (Chinese against English as the aligner measures them, with the ratio learnt from the
 * two editions). A chapter may have no counterpart (a translator's preface, an afterword, a glossary)
 * and one edition may split a chapter the other keeps whole (a 2-1 or 1-2 match). The best matching
 * is a dynamic programme over both lists of chapters, as the aligner's over paragraphs; each match's
 * confidence is its probability among all matchings under the same costs (forward and backward sums),
 * so a match that other matchings explain nearly as well shows a low confidence.
 *
 * <pre>{@code
 * List<EditionMatcher.Match> matches = EditionMatcher.match(zhChapters, enChapters);
 * }</pre>
 */
final class EditionMatcher {
    /**
     * Chapters {@code zhFrom .. zhFrom + zhCount} and {@code enFrom .. enFrom + enCount} translate each
     * other (a count of 0: the other side's chapter has no counterpart), with the match's probability.
     */
    record Match(int zhFrom, int zhCount, int enFrom, int enCount, double confidence) {
        boolean paired() {
            return zhCount > 0 && enCount > 0;
        }
    }

    /** The moves of the programme: 1-1, a chapter alone on either side, a chapter split in two on either side. */
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    /** Costs are -ln of probabilities: how often each kind of match occurs before the evidence is seen. */
    private static final double ONE_TO_ONE = -Math.log(0.9);
    private static final double ALONE = -Math.log(0.03);
    private static final double SPLIT = -Math.log(0.02);
    /** Equal numbers on both headings; different numbers (a misprint or a renumbered edition can happen). */
    private static final double SAME_NUMBER = -3.0;
    private static final double OTHER_NUMBER = 3.0;
    /** A numbered chapter against one without a number (a preface against Chapter 1). */
    private static final double ONE_NUMBERED = 0.7;
    /** The second part of a split chapter repeats the first part's number (Chapter 3, Chapter 3 continued). */
    private static final double CONTINUED = -1.5;
    private static final double SAME_MATTER = -2.0;
    private static final double MATTER_AND_BODY = 2.0;
    private static final double FRONT_AND_BACK = 3.0;
    private static final double SHARED_TITLE_WORDS = -1.5;
    /** The length probability never falls below this: a translator may abridge or annotate a chapter. */
    private static final double LENGTH_FLOOR = 0.001;
    /** The spread of ln(English length / expected length) between chapters that translate each other. */
    private static final double DEFAULT_SPREAD = 0.35;
    private static final double LEAST_SPREAD = 0.15;
    /** Editions of more chapters (two thousand each) are matched by their numbers only, each number match given confidence 1. */
    private static final long MOST_CELLS = 4_000_000;

    private EditionMatcher() {
    }

    /**
     * The chapters of both editions in reading order, each in exactly one match; for editions of more
     * chapters than the programme takes, the matching by numbers alone, or null when the numbers do
     * not decide.
     */
    static List<Match> match(List<ChapterText> zh, List<ChapterText> en) {
        if ((long) (zh.size() + 1) * (en.size() + 1) > MOST_CELLS) {
            List<ChapterMatcher.Match> byNumber = ChapterMatcher.match(zh, en);
            return byNumber == null ? null : byNumber.stream().map(m -> new Match(Math.max(0, m.zh()), m.zh() >= 0 ? 1 : 0,
                    Math.max(0, m.en()), m.en() >= 0 ? 1 : 0, 1.0)).toList();
        }
        ChapterFeatures[] a = ChapterFeatures.of(zh, true);
        ChapterFeatures[] b = ChapterFeatures.of(en, false);
        Costs costs = new Costs(a, b, seedRatio(zh, en, a, b), DEFAULT_SPREAD);
        List<Match> matches = best(a.length, b.length, costs);
        // Learn the ratio and the spread from the confident 1-1 matches, and match again when they teach something.
        List<double[]> learnt = new ArrayList<>();
        for (Match match : matches) {
            if (match.zhCount() == 1 && match.enCount() == 1 && match.confidence() >= 0.5
                    && a[match.zhFrom()].length() > 0 && b[match.enFrom()].length() > 0) {
                learnt.add(new double[] {a[match.zhFrom()].length(), b[match.enFrom()].length()});
            }
        }
        if (learnt.size() >= 5) {
            double ratio = median(learnt.stream().mapToDouble(p -> p[1] / p[0]).toArray());
            double[] deviations = learnt.stream().mapToDouble(p -> Math.abs(Math.log(p[1] / (ratio * p[0])))).toArray();
            // The median absolute deviation of a normal distribution is 0.674 of its spread.
            double spread = Math.max(LEAST_SPREAD, median(deviations) / 0.674);
            matches = best(a.length, b.length, new Costs(a, b, ratio, spread));
        }
        return matches;
    }

    /**
     * The English length per Chinese one to start from: the median over the chapters whose numbers
     * match (the editions' extra matter distorts the totals), else the ratio of the totals.
     */
    private static double seedRatio(List<ChapterText> zh, List<ChapterText> en, ChapterFeatures[] a, ChapterFeatures[] b) {
        List<ChapterMatcher.Match> byNumber = ChapterMatcher.match(zh, en);
        if (byNumber != null) {
            double[] ratios = byNumber.stream()
                    .filter(m -> m.paired() && a[m.zh()].number() >= 0 && a[m.zh()].length() > 0 && b[m.en()].length() > 0)
                    .mapToDouble(m -> (double) b[m.en()].length() / a[m.zh()].length()).toArray();
            if (ratios.length >= 3) {
                return median(ratios);
            }
        }
        long zhTotal = Arrays.stream(a).mapToLong(ChapterFeatures::length).sum();
        long enTotal = Arrays.stream(b).mapToLong(ChapterFeatures::length).sum();
        return zhTotal == 0 || enTotal == 0 ? LengthModel.DEFAULT_RATIO : (double) enTotal / zhTotal;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The cheapest matching, each match with its probability among all matchings. */
    private static List<Match> best(int n, int m, Costs costs) {
        double[][] forward = new double[n + 1][m + 1];
        double[][] cheapest = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : forward) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (double[] row : cheapest) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        forward[0][0] = 0;
        cheapest[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int k = 0; k < MOVES.length; k++) {
                    int pi = i - MOVES[k][0];
                    int pj = j - MOVES[k][1];
                    if (pi < 0 || pj < 0 || cheapest[pi][pj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = costs.of(pi, MOVES[k][0], pj, MOVES[k][1]);
                    forward[i][j] = logAdd(forward[i][j], forward[pi][pj] - cost);
                    if (cheapest[pi][pj] + cost < cheapest[i][j]) {
                        cheapest[i][j] = cheapest[pi][pj] + cost;
                        move[i][j] = k;
                    }
                }
            }
        }
        double[][] backward = new double[n + 1][m + 1];
        for (double[] row : backward) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        backward[n][m] = 0;
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                for (int[] step : MOVES) {
                    int ni = i + step[0];
                    int nj = j + step[1];
                    if (ni <= n && nj <= m && backward[ni][nj] != Double.NEGATIVE_INFINITY) {
                        backward[i][j] = logAdd(backward[i][j], backward[ni][nj] - costs.of(i, step[0], j, step[1]));
                    }
                }
            }
        }
        double total = forward[n][m];
        List<Match> matches = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int[] step = MOVES[move[i][j]];
            int pi = i - step[0];
            int pj = j - step[1];
            double probability = Math.exp(forward[pi][pj] - costs.of(pi, step[0], pj, step[1]) + backward[i][j] - total);
            matches.add(new Match(pi, step[0], pj, step[1], Math.min(1, probability)));
            i = pi;
            j = pj;
        }
        java.util.Collections.reverse(matches);
        return matches;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double high = Math.max(a, b);
        return high + Math.log1p(Math.exp(Math.min(a, b) - high));
    }

    /** The cost of each possible match: its prior and the evidence of numbers, matter, title words and lengths. */
    private record Costs(ChapterFeatures[] zh, ChapterFeatures[] en, double ratio, double spread) {
        double of(int i, int zhCount, int j, int enCount) {
            if (zhCount == 0 || enCount == 0) {
                return ALONE;
            }
            double cost = zhCount == 1 && enCount == 1 ? ONE_TO_ONE : SPLIT;
            ChapterFeatures a = zh[i];
            ChapterFeatures b = en[j];
            cost += numbers(a.number(), b.number());
            cost += roles(a.role(), b.role());
            if (zhCount == 2) {
                cost += continuation(zh[i + 1], a);
            }
            if (enCount == 2) {
                cost += continuation(en[j + 1], b);
            }
            if (a.sharesTitleWords(b)) {
                cost += SHARED_TITLE_WORDS;
            }
            long zhLength = a.length() + (zhCount == 2 ? zh[i + 1].length() : 0);
            long enLength = b.length() + (enCount == 2 ? en[j + 1].length() : 0);
            return cost + lengths(zhLength, enLength);
        }

        /**
         * The second part of a split chapter continues the first: no number of its own or the first's
         * (a heading that repeats the number says that it goes on), body after body; a part with
         * another number or of another kind is a chapter of its own.
         */
        private static double continuation(ChapterFeatures second, ChapterFeatures first) {
            double cost = second.number() < 0 ? 0 : second.number() == first.number() ? CONTINUED : OTHER_NUMBER;
            return cost + (second.role() != first.role() ? MATTER_AND_BODY : 0);
        }

        private static double numbers(int a, int b) {
            if (a >= 0 && b >= 0) {
                return a == b ? SAME_NUMBER : OTHER_NUMBER;
            }
            return a >= 0 || b >= 0 ? ONE_NUMBERED : 0;
        }

        private static double roles(ChapterRole a, ChapterRole b) {
            if (a == b) {
                return a == ChapterRole.BODY ? 0 : SAME_MATTER;
            }
            return a == ChapterRole.BODY || b == ChapterRole.BODY ? MATTER_AND_BODY : FRONT_AND_BACK;
        }

        /**
         * How unlikely the two lengths are for a chapter and its translation: ln(English / expected) is
         * taken as normal, with the editions' spread plus Gale and Church's variance for short texts.
         */
        private double lengths(long zhLength, long enLength) {
            if (zhLength == 0 && enLength == 0) {
                return 0;
            }
            double expected = Math.max(1, zhLength * ratio);
            double deviation = Math.log(Math.max(1, enLength) / expected);
            double variance = spread * spread + LengthModel.DEFAULT_VARIANCE / Math.max(1, (expected + enLength) / 2);
            double probability = 2 * (1 - LengthModel.normal(Math.abs(deviation) / Math.sqrt(variance)));
            return -Math.log(Math.max(LENGTH_FLOOR, probability));
        }
    }
}
