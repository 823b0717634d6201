package press.duet.text;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Breaks a paragraph into lines and places every character on its line, for text set in a fixed
 * measure: Chinese by the clreq rules (no closing punctuation at a line's start, no opening
 * punctuation at its end, a quarter em between Chinese and Western characters, adjacent full-width
 * punctuation squeezed), English at spaces and hyphens; justified lines spread their slack between
 * Chinese characters and over word spaces. It knows no fonts: the caller gives each character's
 * advance width.
 *
 * <pre>{@code
 * LineBreaker.Result lines = LineBreaker.breakLines(codePoints, widths, 10.5f, 200f, true);
 * }</pre>
 */
public final class LineBreaker {
    /** The share of an em added between Chinese and Western characters that touch. */
    public static final float INTER_SCRIPT_SPACE = 0.25f;
    /**
     * The most a justified line may add at one stretch point, as a share of the font size. A line that
     * would need more (two words before an address wider than the column, a Chinese line before such a
     * word) is left unjustified: a ragged line reads better than a line of holes.
     */
    static final float LOOSEST_STRETCH = 1.0f;
    /** The most a justified line takes away at one stretch point when it is a little too long, as a share of the font size. */
    static final float MOST_SHRINK = 0.1f;

    /**
     * Lines as ranges of character indexes ({@code end} exclusive, trailing spaces excluded) and the
     * x offset of every character from the start of its line.
     */
    public record Result(int[] starts, int[] ends, float[] x, boolean[] hyphenated) {
        /** Lines none of which ends in a hyphen of the breaker's. */
        public Result(int[] starts, int[] ends, float[] x) {
            this(starts, ends, x, new boolean[starts.length]);
        }

        public int lineCount() {
            return starts.length;
        }

        /** Whether the line ends inside a word, so a hyphen is drawn after its last character. */
        public boolean hyphenated(int line) {
            return hyphenated[line];
        }
    }

    /**
     * A paragraph as the breaker sees it when its runs differ in face and size: each character's
     * advance and em (its font size), and which characters are attached to the one before (a note's
     * number, a superscript), so no line starts with them and no quarter em comes between.
     */
    public record Paragraph(int[] codePoints, float[] widths, float[] ems, BitSet attached) {
        public Paragraph {
            if (widths.length != codePoints.length || ems.length != codePoints.length) {
                throw new IllegalArgumentException("one width and one em per character");
            }
        }

        /** Characters all of one size, none attached. */
        public static Paragraph uniform(int[] codePoints, float[] widths, float em) {
            float[] ems = new float[codePoints.length];
            Arrays.fill(ems, em);
            return new Paragraph(codePoints, widths, ems, new BitSet());
        }
    }

    private LineBreaker() {
    }

    /**
     * @param codePoints one character per entry; '\n' forces a line break
     * @param widths     each character's natural advance, in the same unit as {@code measure}
     * @param em         the font size, in that unit
     * @param measure    the line length
     * @param justify    whether full lines are spread to the measure (the last line never is)
     */
    public static Result breakLines(int[] codePoints, float[] widths, float em, float measure, boolean justify) {
        return breakLines(Paragraph.uniform(codePoints, widths, em), em, measure, 0, justify);
    }

    /**
     * Breaks a paragraph whose characters may differ in face and size: every rule holds across a
     * change of run, since the paragraph is broken as one sequence of characters.
     *
     * @param em   the paragraph's font size, which bounds how far a justified line may stretch
     * @param hang how far a line that turns over (neither the first nor one after a forced break)
     *             is indented, as verse sets a long line's continuation; such lines are that much shorter
     */
    public static Result breakLines(Paragraph paragraph, float em, float measure, float hang, boolean justify) {
        return breakLines(paragraph, em, measure, hang, justify, null, PunctuationStyle.MAINLAND);
    }

    /**
     * As {@link #breakLines(Paragraph, float, float, float, boolean)}; a justified paragraph of English
     * may also break words at their hyphenation points, and Chinese punctuation is set in a convention
     * (centred stops and commas keep their blank on both sides, unsqueezed).
     *
     * @param hyphenation the patterns and the hyphen's width, or null for no hyphenation
     */
    public static Result breakLines(Paragraph paragraph, float em, float measure, float hang, boolean justify,
                                    Hyphenation hyphenation, PunctuationStyle punctuation) {
        int[] codePoints = paragraph.codePoints();
        float[] widths = paragraph.widths();
        BitSet attached = paragraph.attached();
        int n = codePoints.length;
        float[] gapBefore = new float[n];
        float[] advance = Arrays.copyOf(widths, n);
        float[] shrinkBefore = new float[n];
        float[] shrinkAfter = new float[n];
        prepare(codePoints, widths, paragraph.ems(), attached, punctuation, gapBefore, advance, shrinkBefore, shrinkAfter);

        IntList starts = new IntList();
        IntList ends = new IntList();
        float[] x = new float[n];
        if (justify && hang == 0 && isSpacedText(codePoints)) {
            BalancedBreaks.Breaks breaks = BalancedBreaks.find(codePoints, advance, attached, em, measure, hyphenation);
            if (breaks != null) {
                int[] at = breaks.at();
                int from = skipSpaces(codePoints, 0);
                for (int b = 0; b < at.length; b++) {
                    int visibleEnd = trimSpaces(codePoints, from, at[b]);
                    boolean last = b + 1 == at.length;
                    // A hyphenated line is spread to the measure less the hyphen drawn after it.
                    float room = breaks.hyphenated()[b] ? measure - hyphenation.hyphenWidth() : measure;
                    place(codePoints, gapBefore, advance, shrinkBefore, shrinkAfter, from, visibleEnd, room, em, !last, x);
                    starts.add(from);
                    ends.add(visibleEnd);
                    from = skipSpaces(codePoints, at[b]);
                }
                return new Result(starts.toArray(), ends.toArray(), x, breaks.hyphenated());
            }
        }
        int start = skipSpaces(codePoints, 0);
        boolean turnsOver = false;
        while (start < n) {
            if (codePoints[start] == '\n') {
                start = skipSpaces(codePoints, start + 1);
                turnsOver = false;
                continue;
            }
            float indent = turnsOver ? hang : 0;
            int end = lineEnd(codePoints, gapBefore, advance, shrinkBefore, shrinkAfter, attached, start,
                    measure - indent);
            boolean forced = end < n && codePoints[end] == '\n';
            int visibleEnd = trimSpaces(codePoints, start, end);
            boolean last = forced || skipSpaces(codePoints, end) >= n;
            place(codePoints, gapBefore, advance, shrinkBefore, shrinkAfter, start, visibleEnd, measure - indent, em,
                    justify && !last, x);
            for (int i = start; i < visibleEnd && indent > 0; i++) {
                x[i] += indent;
            }
            starts.add(start);
            ends.add(visibleEnd);
            turnsOver = !forced;
            start = skipSpaces(codePoints, forced ? end + 1 : end);
        }
        return new Result(starts.toArray(), ends.toArray(), x);
    }

    /**
     * Fixes each character's gap and advance: a quarter em between touching Chinese and Western
     * characters, and half of the blank of two adjacent full-width marks taken away for good; what
     * blank remains may be squeezed when a line needs room.
     */
    private static void prepare(int[] cp, float[] widths, float[] ems, BitSet attached, PunctuationStyle punctuation,
                                float[] gapBefore, float[] advance, float[] shrinkBefore, float[] shrinkAfter) {
        int n = cp.length;
        for (int i = 0; i < n; i++) {
            float blank = Math.max(0, widths[i] - ems[i] / 2);
            switch (CjkPunctuation.blank(cp[i], punctuation)) {
                case RIGHT -> shrinkAfter[i] = blank;
                case LEFT -> shrinkBefore[i] = blank;
                default -> {
                }
            }
            // The quarter em of the larger face, wherever the change of script falls between runs; none
            // beside an attached mark, which sits against its word.
            if (i > 0 && !attached.get(i) && !attached.get(i - 1) && CjkPunctuation.wantsInterScriptSpace(cp[i - 1], cp[i])) {
                gapBefore[i] = Math.max(ems[i - 1], ems[i]) * INTER_SCRIPT_SPACE;
            }
        }
        for (int i = 1; i < n; i++) {
            // Two marks side by side: the blank between them would be a hole of a whole em or more.
            if (shrinkAfter[i - 1] > 0 && (shrinkAfter[i] > 0 || shrinkBefore[i] > 0)) {
                advance[i - 1] -= shrinkAfter[i - 1];
                shrinkAfter[i - 1] = 0;
            } else if (shrinkBefore[i] > 0 && shrinkBefore[i - 1] > 0) {
                gapBefore[i] -= shrinkBefore[i];
                shrinkBefore[i] = 0;
            }
        }
    }

    /** The index after the last character of the longest line from {@code start} that fits, breaking only where allowed. */
    private static int lineEnd(int[] cp, float[] gapBefore, float[] advance, float[] shrinkBefore, float[] shrinkAfter,
                               BitSet attached, int start, float measure) {
        int n = cp.length;
        float width = 0;
        float squeezable = 0;
        int lastBreak = -1;
        for (int i = start; i < n; i++) {
            if (cp[i] == '\n') {
                return i;
            }
            float add = (i > start ? gapBefore[i] : 0) + advance[i];
            float squeeze = (i > start ? shrinkBefore[i] : 0) + shrinkAfter[i];
            boolean isSpace = cp[i] == ' ';
            if (!isSpace && width + add - (squeezable + squeeze) > measure && i > start) {
                return lastBreak > start ? lastBreak : emergencyBreak(cp, attached, start, i);
            }
            width += add;
            squeezable += squeeze;
            if (i + 1 < n && !attached.get(i + 1) && KinsokuRules.mayBreakBetween(cp[i], cp[i + 1])) {
                lastBreak = i + 1;
            }
        }
        return n;
    }

    /**
     * Where to cut a line that has no allowed break before {@code overflow} (a word wider than the
     * measure): there, unless that starts a line with a closing mark or an attached one, which then
     * hang past the measure, or ends one with an opening mark, which then goes down with what follows.
     */
    private static int emergencyBreak(int[] cp, BitSet attached, int start, int overflow) {
        int at = overflow;
        while (at < cp.length && (!KinsokuRules.mayStartLine(cp[at]) || attached.get(at))) {
            at++;
        }
        while (at - 1 > start && !KinsokuRules.mayEndLine(cp[at - 1])) {
            at--;
        }
        return at > start ? at : overflow;
    }

    /** Places the characters of one line, spreading or squeezing it to the measure as asked. */
    private static void place(int[] cp, float[] gapBefore, float[] advance, float[] shrinkBefore, float[] shrinkAfter,
                              int start, int end, float measure, float em, boolean justify, float[] x) {
        if (end <= start) {
            return;
        }
        float natural = 0;
        float squeezable = 0;
        int stretchPoints = 0;
        for (int i = start; i < end; i++) {
            natural += (i > start ? gapBefore[i] : 0) + advance[i];
            squeezable += (i > start ? shrinkBefore[i] : 0) + (i + 1 < end ? shrinkAfter[i] : 0);
            if (i + 1 < end && stretchesAfter(cp[i], cp[i + 1])) {
                stretchPoints++;
            }
        }
        // The last mark's blank hangs into the margin when the line is too long for it.
        float hanging = shrinkAfter[end - 1];
        float slack = measure - natural;
        float squeezeShare = 0;
        float stretch = 0;
        if (slack < 0) {
            float fromHanging = Math.min(-slack, hanging);
            float rest = -slack - fromHanging;
            squeezeShare = squeezable > 0 ? Math.min(1f, rest / squeezable) : 0;
            float unsqueezed = rest - squeezeShare * squeezable;
            if (justify && unsqueezed > 0 && stretchPoints > 0) {
                // Word spaces close up a little, as TeX's shrink; never more than MOST_SHRINK each.
                stretch = -Math.min(unsqueezed / stretchPoints, em * MOST_SHRINK);
            }
        } else if (justify && stretchPoints > 0 && slack / stretchPoints <= em * LOOSEST_STRETCH) {
            stretch = slack / stretchPoints;
        }
        float position = 0;
        for (int i = start; i < end; i++) {
            if (i > start) {
                position += gapBefore[i] - shrinkBefore[i] * squeezeShare;
            }
            x[i] = position;
            position += advance[i] - (i + 1 < end ? shrinkAfter[i] * squeezeShare : 0);
            if (i + 1 < end && stretchesAfter(cp[i], cp[i + 1])) {
                position += stretch;
            }
        }
    }

    /** Text that breaks only at spaces: no CJK characters, no forced breaks. */
    private static boolean isSpacedText(int[] cp) {
        for (int c : cp) {
            if (c == '\n' || Scripts.isCjk(c)) {
                return false;
            }
        }
        return true;
    }

    /** Justification space goes into word spaces and between characters where either is Chinese. */
    private static boolean stretchesAfter(int before, int after) {
        if (before == ' ') {
            return true;
        }
        if (after == ' ') {
            return false;
        }
        return Scripts.isCjk(before) || Scripts.isCjk(after);
    }

    private static int skipSpaces(int[] cp, int from) {
        int i = from;
        while (i < cp.length && cp[i] == ' ') {
            i++;
        }
        return i;
    }

    private static int trimSpaces(int[] cp, int start, int end) {
        int e = end;
        while (e > start && cp[e - 1] == ' ') {
            e--;
        }
        return e;
    }
}
