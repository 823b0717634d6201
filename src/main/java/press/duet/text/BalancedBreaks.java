package press.duet.text;

import java.util.Arrays;

/**
 * Chooses the line breaks of a paragraph that breaks at spaces so that its word spaces are as even
 * as they can be, looking at the whole paragraph rather than one line at a time (the total-fit idea
 * of Knuth and Plass, without hyphenation): a greedy breaker leaves one line tight and the next loose,
 * which in a narrow justified column shows as rivers of white.
 */
final class BalancedBreaks {
    /** How far a word space may stretch before a line counts as loose, as a share of the font size. */
    private static final float STRETCH_PER_SPACE = 0.2f;
    /** The cost of a line that is as loose as {@link #STRETCH_PER_SPACE} allows; looser lines cost more. */
    private static final double LINE_PENALTY = 10;
    /** The looseness at which a line's cost stops growing. */
    private static final double MOST_LOOSENESS = 10;

    private BalancedBreaks() {
    }

    /**
     * The indexes where each line after the first starts, ending with the text's length; null when a
     * single word is wider than the measure (the greedy breaker then decides where to cut).
     */
    static int[] find(int[] cp, float[] advance, java.util.BitSet attached, float em, float measure) {
        int n = cp.length;
        IntList candidates = new IntList();
        for (int i = 1; i < n; i++) {
            if (!attached.get(i) && KinsokuRules.mayBreakBetween(cp[i - 1], cp[i])) {
                candidates.add(i);
            }
        }
        candidates.add(n);
        int[] ends = candidates.toArray();
        int count = ends.length;
        double[] best = new double[count + 1];
        int[] previous = new int[count + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        // Position 0 stands for the paragraph's start; position k + 1 for a break at ends[k].
        for (int from = 0; from <= count; from++) {
            if (best[from] == Double.POSITIVE_INFINITY || from == count) {
                continue;
            }
            int start = from == 0 ? 0 : ends[from - 1];
            float width = 0;
            int spaces = 0;
            int index = start;
            for (int to = from; to < count; to++) {
                int end = ends[to];
                for (; index < end; index++) {
                    width += advance[index];
                    if (cp[index] == ' ') {
                        spaces++;
                    }
                }
                float visible = width - trailingSpaceWidth(cp, advance, start, end);
                int gaps = spaces - trailingSpaces(cp, start, end);
                if (visible > measure) {
                    if (to == from) {
                        return null; // a word wider than the line
                    }
                    break;
                }
                boolean last = end == n;
                double cost = best[from] + (last ? 0 : lineCost(measure - visible, gaps, em));
                if (cost < best[to + 1]) {
                    best[to + 1] = cost;
                    previous[to + 1] = from;
                }
            }
        }
        if (best[count] == Double.POSITIVE_INFINITY) {
            return null;
        }
        IntList breaks = new IntList();
        for (int at = count; at > 0; at = previous[at]) {
            breaks.add(ends[at - 1]);
        }
        int[] reversed = breaks.toArray();
        int[] ordered = new int[reversed.length];
        for (int i = 0; i < reversed.length; i++) {
            ordered[i] = reversed[reversed.length - 1 - i];
        }
        return ordered;
    }

    /**
     * Looseness cubed, as Knuth and Plass weigh badness, plus a fixed cost per line. Looseness stops
     * counting at ten times the allowed stretch (two em a space): a line that loose is set unjustified
     * ({@link LineBreaker#LOOSEST_STRETCH}), like a line of one word, so breaking it into more lines of
     * one word each would only add lines.
     */
    private static double lineCost(float slack, int gaps, float em) {
        double stretch = gaps > 0 ? Math.min(MOST_LOOSENESS, slack / (gaps * em * STRETCH_PER_SPACE))
                : (slack > 0 ? MOST_LOOSENESS : 0);
        double badness = 100 * stretch * stretch * stretch;
        return (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
    }

    private static float trailingSpaceWidth(int[] cp, float[] advance, int start, int end) {
        float width = 0;
        for (int i = end - 1; i >= start && cp[i] == ' '; i--) {
            width += advance[i];
        }
        return width;
    }

    private static int trailingSpaces(int[] cp, int start, int end) {
        int count = 0;
        for (int i = end - 1; i >= start && cp[i] == ' '; i--) {
            count++;
        }
        return count;
    }
}
