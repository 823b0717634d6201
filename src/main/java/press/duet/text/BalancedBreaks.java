package press.duet.text;

import java.util.Arrays;

/**
 * Chooses the line breaks of a paragraph that breaks at spaces so that its word spaces are as even
 * as they can be, looking at the whole paragraph rather than one line at a time (the total-fit idea
 * of Knuth and Plass), breaking words at their
 * hyphenation points where that evens the spacing: a greedy breaker leaves one line tight and the next loose,
 * which in a narrow justified column shows as rivers of white.
 */
final class BalancedBreaks {
    /** How far a word space may stretch before a line counts as loose, as a share of the font size. */
    private static final float STRETCH_PER_SPACE = 0.2f;
    /** The cost of a line that is as loose as {@link #STRETCH_PER_SPACE} allows; looser lines cost more. */
    private static final double LINE_PENALTY = 10;
    /** The looseness at which a line's cost stops growing. */
    private static final double MOST_LOOSENESS = 10;
    /** What a line ending in a hyphen costs over its looseness: TeX's \\hyphenpenalty of 50, squared. */
    private static final double HYPHEN_DEMERITS = 50 * 50;
    /** What a second hyphenated line in a row costs more: TeX's \\doublehyphendemerits. */
    private static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
    /** The share of its natural width a word space may give up in a tight line, as in TeX's fonts. */
    private static final float SHRINK_SHARE = 1f / 3;
    /** No more lines than this in a row end in a hyphen. */
    static final int MOST_HYPHENS_IN_A_ROW = 2;

    private BalancedBreaks() {
    }

    /** The breaks of a paragraph: where each line after the first starts, and which lines end in a hyphen. */
    record Breaks(int[] at, boolean[] hyphenated) {
    }

    /**
     * The indexes where each line after the first starts, ending with the text's length; null when a
     * single word is wider than the measure (the greedy breaker then decides where to cut).
     *
     * @param hyphenation the patterns and hyphen width for breaks inside words, or null for none
     */
    static Breaks find(int[] cp, float[] advance, java.util.BitSet attached, float em, float measure,
                       Hyphenation hyphenation) {
        int n = cp.length;
        IntList candidates = new IntList();
        IntList hyphens = hyphenation == null ? new IntList() : hyphenPoints(cp, hyphenation.hyphenator());
        int h = 0;
        for (int i = 1; i < n; i++) {
            while (h < hyphens.size() && hyphens.get(h) < i) {
                h++;
            }
            boolean hyphenPoint = h < hyphens.size() && hyphens.get(h) == i;
            if (!attached.get(i) && (KinsokuRules.mayBreakBetween(cp[i - 1], cp[i]) || hyphenPoint)) {
                candidates.add(i);
            }
        }
        candidates.add(n);
        int[] ends = candidates.toArray();
        int count = ends.length;
        // A candidate inside a word (no other break is allowed there) is a hyphenation point; a line that
        // ends after a compound's own hyphen counts towards hyphens in a row too.
        boolean[] atHyphen = new boolean[count];
        boolean[] endsWithDash = new boolean[count];
        for (int k = 0; k + 1 < count; k++) {
            int end = ends[k];
            atHyphen[k] = !KinsokuRules.mayBreakBetween(cp[end - 1], cp[end]);
            endsWithDash[k] = atHyphen[k] || cp[end - 1] == '-' || cp[end - 1] == '\u2010';
        }
        float hyphenWidth = hyphenation == null ? 0 : hyphenation.hyphenWidth();
        // State (position, hyphens in a row): position 0 stands for the paragraph's start, position
        // k + 1 for a break at ends[k]; a line ending in a hyphen after two such lines is not allowed.
        int streaks = MOST_HYPHENS_IN_A_ROW + 1;
        double[] best = new double[(count + 1) * streaks];
        int[] previous = new int[(count + 1) * streaks];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int from = 0; from < count; from++) {
            if (!reachable(best, from, streaks)) {
                continue;
            }
            int start = from == 0 ? 0 : ends[from - 1];
            float width = 0;
            int spaces = 0;
            float spaceWidth = 0;
            int index = start;
            for (int to = from; to < count; to++) {
                int end = ends[to];
                for (; index < end; index++) {
                    width += advance[index];
                    if (cp[index] == ' ') {
                        spaces++;
                        spaceWidth += advance[index];
                    }
                }
                float trailing = trailingSpaceWidth(cp, advance, start, end);
                float visible = width - trailing + (atHyphen[to] ? hyphenWidth : 0);
                int gaps = spaces - trailingSpaces(cp, start, end);
                boolean last = end == n;
                // Word spaces may close up by a third, as TeX's do; the last line is set at its natural width.
                float shrink = last ? 0 : Math.min((spaceWidth - trailing) * SHRINK_SHARE, gaps * em * LineBreaker.MOST_SHRINK);
                if (visible - shrink > measure) {
                    if (to == from) {
                        return null; // a word wider than the line
                    }
                    break;
                }
                double line = last ? 0 : lineCost(measure - visible, gaps, shrink, em) + (atHyphen[to] ? HYPHEN_DEMERITS : 0);
                for (int streak = 0; streak < streaks; streak++) {
                    double before = best[from * streaks + streak];
                    if (before == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int next = endsWithDash[to] ? streak + 1 : 0;
                    if (next >= streaks) {
                        continue;
                    }
                    double cost = before + line + (next > 1 ? DOUBLE_HYPHEN_DEMERITS : 0);
                    int state = (to + 1) * streaks + next;
                    if (cost < best[state]) {
                        best[state] = cost;
                        previous[state] = from * streaks + streak;
                    }
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
        if (finish < 0) {
            return null;
        }
        IntList breaks = new IntList();
        for (int at = finish; at >= streaks; at = previous[at]) {
            breaks.add(at / streaks - 1);
        }
        int lines = breaks.size();
        int[] ordered = new int[lines];
        boolean[] hyphenated = new boolean[lines];
        for (int i = 0; i < lines; i++) {
            int candidate = breaks.get(lines - 1 - i);
            ordered[i] = ends[candidate];
            hyphenated[i] = atHyphen[candidate];
        }
        return new Breaks(ordered, hyphenated);
    }

    private static boolean reachable(double[] best, int position, int streaks) {
        for (int streak = 0; streak < streaks; streak++) {
            if (best[position * streaks + streak] < Double.POSITIVE_INFINITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The indexes before which a hyphen may break a word: the pattern points of each word of letters
     * (punctuation around it set aside), except in the paragraph's last word, which never breaks.
     */
    private static IntList hyphenPoints(int[] cp, Hyphenator hyphenator) {
        IntList points = new IntList();
        int n = cp.length;
        int lastWordStart = n;
        while (lastWordStart > 0 && cp[lastWordStart - 1] == ' ') {
            lastWordStart--;
        }
        while (lastWordStart > 0 && cp[lastWordStart - 1] != ' ') {
            lastWordStart--;
        }
        int i = 0;
        while (i < lastWordStart) {
            if (!isAsciiLetter(cp[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(cp[i])) {
                i++;
            }
            // A word joined to digits, an apostrophe or other letters is not a plain word: leave it whole.
            boolean plain = (start == 0 || !Character.isLetterOrDigit(cp[start - 1]) && cp[start - 1] != '\''
                    && cp[start - 1] != '\u2019') && (i == n || !Character.isLetterOrDigit(cp[i]) && cp[i] != '\''
                    && cp[i] != '\u2019' && cp[i] != '-');
            if (plain && (start == 0 || cp[start - 1] != '-')) {
                String word = new String(cp, start, i - start);
                for (int point : hyphenator.points(word)) {
                    points.add(start + point);
                }
            }
        }
        return points;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Looseness cubed, as Knuth and Plass weigh badness, plus a fixed cost per line; a tight line's
     * badness is its share of the shrink used, cubed. Looseness stops
     * counting at ten times the allowed stretch (two em a space): a line that loose is set unjustified
     * ({@link LineBreaker#LOOSEST_STRETCH}), like a line of one word, so breaking it into more lines of
     * one word each would only add lines.
     */
    private static double lineCost(float slack, int gaps, float shrink, float em) {
        if (slack < 0) {
            double ratio = -slack / shrink;
            double badness = 100 * ratio * ratio * ratio;
            return (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
        }
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
