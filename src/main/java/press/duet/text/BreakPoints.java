package press.duet.text;

import java.util.BitSet;

/**
 * The places a stretch of a paragraph may break, in order, the stretch's end last: where
 * {@link KinsokuRules} allow a break (never before an attached mark), at the hyphenation points of
 * its English words (in Chinese and mixed paragraphs too), and, only inside a run with no other
 * break that is wider than a line, between any two of its characters that kinsoku lets part.
 * Each point knows where its line's visible text ends (spaces before the break hang, unseen) and
 * where the next line starts.
 */
final class BreakPoints {
    private final IntList at = new IntList();
    private final IntList ends = new IntList();
    private final IntList kinds = new IntList();
    private final int[] cp;
    private final int to;

    private BreakPoints(int[] cp, int to) {
        this.cp = cp;
        this.to = to;
    }

    /**
     * @param narrowest the narrowest line's measure: a run wider than it gets emergency points
     */
    static BreakPoints find(LineItems items, BitSet attached, int start, int to, float narrowest,
                            Hyphenation hyphenation) {
        int[] cp = items.cp;
        BitSet hyphens = hyphenation == null ? new BitSet() : hyphenPoints(cp, start, to, hyphenation.hyphenator());
        BreakPoints points = new BreakPoints(cp, to);
        int lineStart = start;
        for (int i = start + 1; i <= to; i++) {
            LineItems.Kind kind;
            if (i == to) {
                kind = LineItems.Kind.ALLOWED;
            } else if (attached.get(i)) {
                continue;
            } else if (KinsokuRules.mayBreakBetween(cp[i - 1], cp[i])) {
                kind = LineItems.Kind.ALLOWED;
            } else if (hyphens.get(i)) {
                kind = LineItems.Kind.HYPHEN;
            } else {
                continue;
            }
            int end = trimSpaces(cp, lineStart, i);
            if (end > lineStart && items.width(lineStart, end) > narrowest) {
                points.emergencies(attached, lineStart, end);
            }
            points.add(i, kind);
            lineStart = TotalFit.skipSpaces(cp, i, to);
        }
        return points;
    }

    /** Every place inside {@code start..end-1} where kinsoku lets a too-wide run part. */
    private void emergencies(BitSet attached, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (!attached.get(k) && cp[k] != ' ' && cp[k - 1] != ' ' && KinsokuRules.mayStartLine(cp[k])
                    && KinsokuRules.mayEndLine(cp[k - 1])) {
                add(k, LineItems.Kind.EMERGENCY);
            }
        }
    }

    private void add(int point, LineItems.Kind kind) {
        at.add(point);
        ends.add(trimSpaces(cp, 0, point));
        kinds.add(kind.ordinal());
    }

    int count() {
        return at.size();
    }

    /** The index after the last visible character of a line that breaks at point {@code k}. */
    int end(int k) {
        return ends.get(k);
    }

    /** The index where the line after point {@code k} starts. */
    int next(int k) {
        return TotalFit.skipSpaces(cp, at.get(k), to);
    }

    LineItems.Kind kind(int k) {
        return LineItems.Kind.values()[kinds.get(k)];
    }

    /**
     * The indexes before which a hyphen may break a word: the pattern points of each word of letters
     * (punctuation around it set aside), except in the stretch's last word, which never breaks.
     */
    private static BitSet hyphenPoints(int[] cp, int from, int to, Hyphenator hyphenator) {
        BitSet points = new BitSet();
        int lastWordStart = to;
        while (lastWordStart > from && cp[lastWordStart - 1] == ' ') {
            lastWordStart--;
        }
        while (lastWordStart > from && cp[lastWordStart - 1] != ' ' && !Scripts.isCjk(cp[lastWordStart - 1])) {
            lastWordStart--;
        }
        int i = from;
        while (i < lastWordStart) {
            if (!isAsciiLetter(cp[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isAsciiLetter(cp[i])) {
                i++;
            }
            if (plainWord(cp, start, i, to)) {
                String word = new String(cp, start, i - start);
                for (int point : hyphenator.points(word)) {
                    points.set(start + point);
                }
            }
        }
        return points;
    }

    /**
     * A word of letters standing alone: not joined to digits, an apostrophe or other letters, nor a
     * part of a compound that has its own hyphen.
     */
    private static boolean plainWord(int[] cp, int start, int end, int to) {
        return (start == 0 || !joins(cp[start - 1])) && (end == to || !joins(cp[end]));
    }

    /** A character that makes a word beside it part of something larger: a Latin letter or digit, an apostrophe, a hyphen. */
    private static boolean joins(int c) {
        return Character.isLetterOrDigit(c) && !Scripts.isCjk(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static int trimSpaces(int[] cp, int start, int end) {
        int e = end;
        while (e > start && cp[e - 1] == ' ') {
            e--;
        }
        return e;
    }
}
