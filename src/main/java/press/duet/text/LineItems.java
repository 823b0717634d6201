package press.duet.text;

import java.util.BitSet;

/**
 * A paragraph as the line breaker sees it, in the terms of Knuth and Plass: boxes (each character's
 * advance in its own face and size), glue between them with its natural width, stretch and shrink,
 * and the places a line may end, each with its penalty. The glue before a character is what the
 * breaker's cost and the placing of a line both read, so a line is judged as it will be set.
 *
 * <ul>
 *   <li>a word space stretches by {@link #WORD_STRETCH} of its em and, in a justified paragraph,
 *       shrinks by a third of its width (at most {@link LineBreaker#MOST_SHRINK} of an em), as TeX's do;</li>
 *   <li>between two characters one of which is Chinese (Han, kana, full-width marks, the quarter em
 *       between Chinese and Latin) the glue stretches by {@link #CJK_STRETCH}: a Chinese line is
 *       spread a little at every character rather than at a few holes;</li>
 *   <li>a full-width mark's blank half shrinks (clreq's punctuation compression); the blank of the
 *       line's last mark hangs past the measure instead;</li>
 *   <li>a line may end where {@link KinsokuRules} allow, never before an attached mark (a note
 *       number), inside an English word at a hyphenation point with {@link #HYPHEN_DEMERITS}, and
 *       inside a run too wide for any line, as a last resort, with {@link #EMERGENCY_DEMERITS}.</li>
 * </ul>
 *
 * The items are kept as columns (one array per kind of value, indexed by character) with running
 * sums, so a line's natural width, stretch and shrink cost three subtractions.
 */
final class LineItems {
    /** How far a word space stretches before its line counts as loose, as a share of its em. */
    static final float WORD_STRETCH = 0.2f;
    /**
     * How far the glue between Chinese characters stretches, as a share of the em: a quarter of a word
     * space's, so that a Chinese line would rather squeeze a mark than push a character down (clreq's order).
     */
    static final float CJK_STRETCH = 0.05f;
    /**
     * How far the gap between two Latin glyphs of a justified line may open or close, as a share of
     * the em: tracking, about 2 % of an average letter's advance, the whole line by one share (as
     * microtype's font expansion of ±2 %). Too little to see; enough that a line need not open its
     * word spaces wide or leave a word it nearly holds to the next line.
     */
    static final float TRACKING = 0.01f;
    /** The share of its width a word space may give up in a tight justified line. */
    private static final float SPACE_SHRINK = 1f / 3;
    /**
     * The stops and commas that may hang whole past a line's end (CSS's {@code hanging-punctuation:
     * allow-end}, the Japanese burasage): only these, which would otherwise start the next line.
     */
    private static final String HANGING_STOPS = "，。、．";
    /**
     * Where a centred stop's or comma's ink ends in its square, as a share of the em: it sits in the
     * middle of the square, ending within five-eighths of it (Noto Serif TC's 。, the widest, at 0.64).
     */
    static final float CENTRED_INK_REACH = 0.65f;
    /** What a line ending in a hyphen costs over its looseness: TeX's \\hyphenpenalty of 50, squared. */
    static final double HYPHEN_DEMERITS = 50 * 50;
    /** What a cut inside a run with no allowed break costs: more than any looseness, so as few as need be. */
    static final double EMERGENCY_DEMERITS = 1e12;

    /** A place a line may end: before {@code at}; its line's last visible character is before {@code end}. */
    enum Kind { ALLOWED, HYPHEN, EMERGENCY }

    final int[] cp;
    /** Each character's advance, less the blank that two marks side by side give up for good. */
    final float[] advance;
    /** The glue's natural width before each character, dropped when the character starts a line. */
    final float[] lead;
    /** The blank after each character that may hang past the measure when it ends a line. */
    final float[] hang;
    /** Each character's em, which bounds how far the glue before it may stretch in the placing. */
    final float[] ems;
    /** Stretch and shrink of the glue before each character (the shrink tracking's as well). */
    final float[] stretch;
    final float[] shrink;
    /** The tracking before each character: how far it may open, at most, in a loose line. */
    final float[] track;
    /** Running sums: the value over characters {@code 0..i-1} at {@code i}. */
    private final double[] widthSum;
    private final double[] stretchSum;
    private final double[] shrinkSum;
    private final double[] trackSum;

    /** How far past the measure a line's last closing mark may stand whole, its ink too. */
    private final float overhang;
    /** How much further a line's last stop or comma may reach with its ink, past its column's edge. */
    private final float pastEdge;

    LineItems(LineBreaker.Paragraph paragraph, boolean justify, PunctuationStyle punctuation) {
        this(paragraph, justify, punctuation, LineBreaker.Overhang.NONE);
    }

    /**
     * @param overhang the room past the measure where a line's last closing mark may hang whole, its
     *                 ink as well as its blank (what a Chinese column leaves beyond its whole ems), and
     *                 how much further the ink of a stop or comma may reach
     */
    LineItems(LineBreaker.Paragraph paragraph, boolean justify, PunctuationStyle punctuation,
              LineBreaker.Overhang overhang) {
        this.overhang = overhang.inColumn();
        this.pastEdge = overhang.pastEdge();
        cp = paragraph.codePoints();
        ems = paragraph.ems();
        int n = cp.length;
        advance = paragraph.widths().clone();
        lead = new float[n];
        hang = new float[n];
        stretch = new float[n];
        shrink = new float[n];
        track = new float[n];
        float[] shrinkBefore = new float[n];
        BitSet attached = paragraph.attached();
        for (int i = 0; i < n; i++) {
            float blank = Math.max(0, advance[i] - ems[i] / 2);
            switch (CjkPunctuation.blank(cp[i], punctuation)) {
                case RIGHT -> hang[i] = blank;
                case LEFT -> shrinkBefore[i] = blank;
                default -> {
                }
            }
            // The quarter em of the larger face, wherever the change of script falls between runs; none
            // beside an attached mark, which sits against its word.
            if (i > 0 && !attached.get(i) && !attached.get(i - 1) && CjkPunctuation.wantsInterScriptSpace(cp[i - 1], cp[i])) {
                lead[i] = Math.max(ems[i - 1], ems[i]) * LineBreaker.INTER_SCRIPT_SPACE;
            }
        }
        for (int i = 1; i < n; i++) {
            // Two marks side by side: the blank between them would be a hole of a whole em or more, so
            // half of it goes for good.
            if (hang[i - 1] > 0 && (hang[i] > 0 || shrinkBefore[i] > 0)) {
                advance[i - 1] -= hang[i - 1];
                hang[i - 1] = 0;
            } else if (shrinkBefore[i] > 0 && shrinkBefore[i - 1] > 0) {
                lead[i] -= shrinkBefore[i];
                shrinkBefore[i] = 0;
            }
        }
        for (int i = 1; i < n; i++) {
            shrink[i] = hang[i - 1] + shrinkBefore[i];
            if (cp[i - 1] == ' ') {
                stretch[i] = WORD_STRETCH * ems[i - 1];
                if (justify) {
                    shrink[i] += Math.min(advance[i - 1] * SPACE_SHRINK, ems[i - 1] * LineBreaker.MOST_SHRINK);
                }
            } else if (cp[i] != ' ' && !attached.get(i) && (Scripts.isCjk(cp[i - 1]) || Scripts.isCjk(cp[i]))) {
                stretch[i] = CJK_STRETCH * Math.max(ems[i - 1], ems[i]);
            } else if (justify && cp[i] != ' ' && cp[i] != '\n' && cp[i - 1] != '\n') {
                track[i] = TRACKING * Math.min(ems[i - 1], ems[i]);
                shrink[i] += track[i];
            }
        }
        widthSum = new double[n + 1];
        stretchSum = new double[n + 1];
        shrinkSum = new double[n + 1];
        trackSum = new double[n + 1];
        for (int i = 0; i < n; i++) {
            trackSum[i + 1] = trackSum[i] + track[i];
            widthSum[i + 1] = widthSum[i] + lead[i] + advance[i];
            stretchSum[i + 1] = stretchSum[i] + stretch[i];
            shrinkSum[i + 1] = shrinkSum[i] + shrink[i];
        }
    }

    int length() {
        return cp.length;
    }

    /** The natural width of the characters {@code start..end-1} set as one line. */
    double width(int start, int end) {
        return widthSum[end] - widthSum[start] - lead[start];
    }

    /** The stretch of the glue inside a line of {@code start..end-1}. */
    double stretch(int start, int end) {
        return stretchSum[end] - stretchSum[start + 1];
    }

    /** How far the tracking inside a line of {@code start..end-1} may open it, at most. */
    double tracking(int start, int end) {
        return trackSum[end] - trackSum[start + 1];
    }

    /**
     * The share of its stretch a justified line's word spaces and Chinese glue take to fill
     * {@code slack}: the tracking takes the same share of its own up to all of it, and leaves the rest
     * to the glue. A line with no glue but tracking (one word) fills only as far as its tracking
     * goes; past that it is infinitely loose.
     */
    static double stretchShare(double slack, double stretch, double tracking) {
        if (slack <= stretch + tracking) {
            return slack / (stretch + tracking);
        }
        return stretch == 0 ? Double.POSITIVE_INFINITY : (slack - tracking) / stretch;
    }

    /** The shrink of the glue inside a line of {@code start..end-1}, the last mark's hanging blank apart. */
    double shrink(int start, int end) {
        return shrinkSum[end] - shrinkSum[start + 1];
    }

    /**
     * What of a line's last character may hang past the measure: a closing mark's blank half, or the
     * whole mark when its ink fits in the overhang, a stop's or comma's (in either convention) when its
     * ink reaches no further than the overhang and the room past the column's edge (clreq's hanging
     * punctuation, so that the line need neither push a character down nor squeeze its marks to keep
     * the mark off the next line's start).
     */
    float hanging(int end) {
        int last = end - 1;
        float blank = hang[last];
        float ink = advance[last] - blank;
        if (HANGING_STOPS.indexOf(cp[last]) >= 0) {
            // A stop with no blank half stands centred in its square (Taiwan's convention).
            float reach = blank > 0 ? ink : CENTRED_INK_REACH * ems[last];
            return reach <= overhang + pastEdge ? advance[last] : blank;
        }
        return blank > 0 && ink <= overhang ? blank + ink : blank;
    }

    /**
     * The widest stretch of one glue inside the line, as a share of the em: a word space's when the
     * line has one, else the Chinese glue's. A justified line spreads its slack by these shares.
     */
    float widestStretchShare(int start, int end) {
        float widest = 0;
        for (int i = start + 1; i < end; i++) {
            if (cp[i - 1] == ' ') {
                return WORD_STRETCH;
            }
            if (stretch[i] > 0) {
                widest = CJK_STRETCH;
            }
        }
        return widest;
    }
}
