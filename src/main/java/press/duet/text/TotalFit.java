package press.duet.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * Chooses the line breaks of a stretch of a paragraph (no forced break inside) by looking at all of
 * it at once, the total-fit idea of Knuth and Plass, for Chinese, English and mixed text alike: every
 * way of breaking it is weighed by how far each line must stretch or shrink its glue
 * ({@link LineItems}), and the way of least total cost is kept. A greedy breaker fills each line and
 * leaves the next to cope; here a line may give up a character or a word so that the lines after it
 * need not open holes or squeeze their punctuation.
 *
 * <p>A line's cost is TeX's demerits: (line penalty + badness)², badness being 100 × r³ for the share r
 * of its stretch or shrink it uses. A line ending in a hyphen adds {@link LineItems#HYPHEN_DEMERITS},
 * a second one in a row {@link #DOUBLE_HYPHEN_DEMERITS}, and a third in a row is a state the search
 * cannot reach (it keeps, for every break, the best way to reach it after 0, 1 or 2 hyphenated lines).
 * A ragged (unjustified) line is judged as if a fixed {@link #RAGGED_STRETCH} filled its end, so its
 * lines come out of even length, as TeX's {@code \raggedright} sets them.
 */
final class TotalFit {
    /** No more lines than this in a row end in a hyphen. */
    static final int MOST_HYPHENS_IN_A_ROW = 2;
    /** A fixed cost per line, so that of two equally even ways the one of fewer lines wins. */
    private static final double LINE_PENALTY = 10;
    /**
     * The looseness at which a line's cost stops growing: such a line is set unjustified
     * ({@link LineBreaker#LOOSEST_STRETCH}) like a line of one word, and breaking it into more such
     * lines would only add lines.
     */
    private static final double MOST_LOOSENESS = 10;
    /** What a second hyphenated line in a row costs more: TeX's \\doublehyphendemerits. */
    private static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
    /** The stretch a ragged line is judged by, in ems. */
    private static final float RAGGED_STRETCH = 2f;
    /** A rounding allowance: a line this much too wide still fits. */
    private static final float EPSILON = 1e-3f;

    private TotalFit() {
    }

    /** One line: its characters {@code start..end-1} and whether a hyphen is drawn after them. */
    record Line(int start, int end, boolean hyphenated) {
    }

    /** The measures of a stretch's lines: the first line's and every later line's (a verse turnover is shorter). */
    record Measures(float first, float rest) {
    }

    /**
     * The lines of the stretch {@code from..to-1} (spaces at either end set aside), in order.
     *
     * @param em          the paragraph's font size, which a ragged line's stretch is counted in
     * @param hyphenation the patterns and the hyphen's width, or null for no breaks inside words
     */
    static List<Line> lines(LineItems items, BitSet attached, int from, int to, float em, Measures measures,
                            boolean justify, Hyphenation hyphenation) {
        int[] cp = items.cp;
        int start = skipSpaces(cp, from, to);
        if (start >= to) {
            return List.of();
        }
        BreakPoints points = BreakPoints.find(items, attached, start, to, Math.min(measures.first(), measures.rest()),
                hyphenation);
        int count = points.count();
        float hyphenWidth = hyphenation == null ? 0 : hyphenation.hyphenWidth();
        int streaks = MOST_HYPHENS_IN_A_ROW + 1;
        // State (position, hyphens in a row): position 0 is the stretch's start, position k + 1 the
        // break at point k.
        Search search = new Search(items, points, count, hyphenWidth, justify, em, streaks);
        double[] best = search.best;
        int[] previous = search.previous;
        for (int position = 0; position < count; position++) {
            for (int streak = 0; streak < streaks; streak++) {
                if (best[position * streaks + streak] != Double.POSITIVE_INFINITY) {
                    search.linesFrom(position, streak, position == 0 ? start : points.next(position - 1),
                            position == 0 ? measures.first() : measures.rest());
                }
            }
        }
        int finish = -1;
        for (int streak = 0; streak < streaks; streak++) {
            int state = count * streaks + streak;
            if (best[state] < Double.POSITIVE_INFINITY && (finish < 0 || best[state] < best[finish])) {
                finish = state;
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int state = finish; state >= streaks; state = previous[state]) {
            int k = state / streaks - 1;
            int lineStart = previous[state] < streaks ? start : points.next(previous[state] / streaks - 1);
            lines.add(new Line(lineStart, points.end(k), points.kind(k) == LineItems.Kind.HYPHEN));
        }
        Collections.reverse(lines);
        return lines;
    }

    /**
     * The search's state: for state (position, hyphens in a row), position 0 being the stretch's start
     * and position k + 1 the break at point k, the least cost of reaching it and the state it is reached
     * from. The lines from one state are weighed in a method of their own, which the JIT compiles once,
     * rather than compiling {@link #lines} again on the stack for a long paragraph.
     */
    private static final class Search {
        final LineItems items;
        final int[] cp;
        final BreakPoints points;
        final int count;
        final float hyphenWidth;
        final boolean justify;
        final float em;
        final int streaks;
        final double[] best;
        final int[] previous;

        Search(LineItems items, BreakPoints points, int count, float hyphenWidth, boolean justify, float em, int streaks) {
            this.items = items;
            this.cp = items.cp;
            this.points = points;
            this.count = count;
            this.hyphenWidth = hyphenWidth;
            this.justify = justify;
            this.em = em;
            this.streaks = streaks;
            best = new double[(count + 1) * streaks];
            previous = new int[(count + 1) * streaks];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
        }

        /** Every line that may follow state (position, streak), opening at {@code lineStart}, set at {@code measure}. */
        void linesFrom(int position, int streak, int lineStart, float measure) {
            int state = position * streaks + streak;
            for (int k = position; k < count; k++) {
                int end = points.end(k);
                if (end <= lineStart) {
                    continue;
                }
                boolean hyphen = points.kind(k) == LineItems.Kind.HYPHEN;
                boolean last = k == count - 1;
                double natural = items.width(lineStart, end) + (hyphen ? hyphenWidth : 0);
                double shrink = items.shrink(lineStart, end);
                double hanging = hyphen ? 0 : items.hanging(end);
                boolean overfull = natural - hanging - shrink > measure + EPSILON;
                if (overfull && k > position) {
                    break;
                }
                double cost = overfull ? LineItems.EMERGENCY_DEMERITS * 10
                        : last ? (natural > measure ? shrinkCost(natural - hanging - measure, shrink) : 0)
                        : lineCost(natural, hanging, items.stretch(lineStart, end), items.tracking(lineStart, end), shrink,
                        measure, justify, em);
                if (hyphen) {
                    cost += LineItems.HYPHEN_DEMERITS;
                } else if (points.kind(k) == LineItems.Kind.EMERGENCY) {
                    cost += LineItems.EMERGENCY_DEMERITS;
                }
                int next = !last && (hyphen || cp[end - 1] == '-' || cp[end - 1] == '\u2010') ? streak + 1 : 0;
                if (next < streaks) {
                    double total = best[state] + cost + (next > 1 ? DOUBLE_HYPHEN_DEMERITS : 0);
                    int target = (k + 1) * streaks + next;
                    if (total < best[target]) {
                        best[target] = total;
                        previous[target] = state;
                    }
                }
                if (overfull) {
                    break;
                }
            }
        }
    }

    /**
     * A full line's demerits: a tight line's badness is the share of its shrink used, cubed; a loose
     * one's the share of its stretch its word spaces (or Chinese glue) take, tracking having taken
     * its share ({@link LineItems#stretchShare}), or, ragged, the share of {@link #RAGGED_STRETCH},
     * cubed, that share counting no further than {@link #MOST_LOOSENESS}. A justified line with
     * nothing to stretch but its tracking (one word) is, past it, as loose as its slack is in word
     * spaces' stretch.
     */
    private static double lineCost(double natural, double hanging, double stretch, double tracking, double shrink,
                                   float measure, boolean justify, float em) {
        if (natural > measure) {
            return shrinkCost(natural - hanging - measure, shrink);
        }
        double slack = measure - natural;
        double share = !justify ? slack / (RAGGED_STRETCH * em) : LineItems.stretchShare(slack, stretch, tracking);
        if (share == Double.POSITIVE_INFINITY) {
            share = slack / (LineItems.WORD_STRETCH * em);
        }
        double ratio = Math.min(MOST_LOOSENESS, share);
        return demerits(100 * ratio * ratio * ratio);
    }

    private static double shrinkCost(double over, double shrink) {
        if (over <= 0) {
            return demerits(0);
        }
        double ratio = Math.min(1, over / shrink);
        return demerits(100 * ratio * ratio * ratio);
    }

    private static double demerits(double badness) {
        return (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
    }

    static int skipSpaces(int[] cp, int from, int to) {
        int i = from;
        while (i < to && cp[i] == ' ') {
            i++;
        }
        return i;
    }
}
