package press.duet.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Breaks a paragraph into lines and places every character on its line, for text set in a fixed
 * measure: Chinese by the clreq rules (no closing punctuation at a line's start, no opening
 * punctuation at its end, a quarter em between Chinese and Western characters, adjacent full-width
 * punctuation squeezed), English at spaces and at hyphenation points. Every paragraph, Chinese,
 * English or mixed, becomes the items of {@link LineItems} and is broken as a whole by
 * {@link TotalFit}; justified lines spread their slack over the glue by its stretch. It knows no
 * fonts: the caller gives each character's advance width.
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

    /**
     * Where a line's last mark may hang past the measure whole: {@code inColumn}, the room the column
     * leaves past the measure (a Chinese column beyond its whole ems), for any closing mark's ink;
     * {@code pastEdge}, how much further a stop's or comma's ink may reach past the column's edge into
     * the margin or the gap between columns.
     */
    public record Overhang(float inColumn, float pastEdge) {
        /** No mark hangs whole: only a closing mark's blank half passes the measure. */
        public static final Overhang NONE = new Overhang(0, 0);
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
        return breakLines(paragraph, em, measure, hang, justify, hyphenation, punctuation, Overhang.NONE);
    }

    /**
     * As {@link #breakLines(Paragraph, float, float, float, boolean, Hyphenation, PunctuationStyle)};
     * a line's last closing mark may also stand whole past the measure when its ink fits in the
     * {@code overhang}.
     */
    public static Result breakLines(Paragraph paragraph, float em, float measure, float hang, boolean justify,
                                    Hyphenation hyphenation, PunctuationStyle punctuation, Overhang overhang) {
        int[] codePoints = paragraph.codePoints();
        int n = codePoints.length;
        LineItems items = new LineItems(paragraph, justify, punctuation, overhang);
        Hyphenation hyphens = justify ? hyphenation : null;
        IntList starts = new IntList();
        IntList ends = new IntList();
        List<Boolean> hyphenated = new ArrayList<>();
        float[] x = new float[n];
        // Each stretch between forced breaks is broken on its own; its lines after the first turn over.
        for (int from = 0; from <= n; ) {
            int to = from;
            while (to < n && codePoints[to] != '\n') {
                to++;
            }
            List<TotalFit.Line> lines = TotalFit.lines(items, paragraph.attached(), from, to, em,
                    new TotalFit.Measures(measure, measure - hang), justify, hyphens);
            for (int i = 0; i < lines.size(); i++) {
                TotalFit.Line line = lines.get(i);
                boolean last = i + 1 == lines.size();
                float indent = i == 0 ? 0 : hang;
                float room = measure - indent - (line.hyphenated() ? hyphens.hyphenWidth() : 0);
                place(items, line.start(), line.end(), room, em, justify && !last, indent, x);
                starts.add(line.start());
                ends.add(line.end());
                hyphenated.add(line.hyphenated());
            }
            from = to + 1;
        }
        boolean[] ending = new boolean[hyphenated.size()];
        for (int i = 0; i < ending.length; i++) {
            ending[i] = hyphenated.get(i);
        }
        return new Result(starts.toArray(), ends.toArray(), x, ending);
    }

    /**
     * Places the characters of one line: a line too long for the measure first hangs its last mark's
     * blank, then shrinks its glue and tracking by one share; a justified line short of the measure
     * opens its tracking and stretches its glue ({@link LineItems#stretchShare}), unless that opens a
     * gap of more than {@link #LOOSEST_STRETCH} of an em, when it is left at its natural width (a
     * ragged line reads better than a line of holes).
     */
    private static void place(LineItems items, int start, int end, float measure, float em, boolean justify,
                              float indent, float[] x) {
        double natural = items.width(start, end);
        double stretch = items.stretch(start, end);
        double tracking = items.tracking(start, end);
        double shrink = items.shrink(start, end);
        double slack = measure - natural;
        double shrinkShare = 0;
        double stretchShare = 0;
        double trackShare = 0;
        if (slack < 0) {
            double rest = -slack - Math.min(-slack, items.hanging(end));
            shrinkShare = shrink > 0 ? Math.min(1, rest / shrink) : 0;
        } else if (justify && stretch + tracking > 0) {
            double share = LineItems.stretchShare(slack, stretch, tracking);
            if (share * items.widestStretchShare(start, end) <= LOOSEST_STRETCH) {
                stretchShare = share;
                trackShare = Math.min(1, share);
            }
        }
        double position = indent;
        for (int i = start; i < end; i++) {
            if (i > start) {
                position += items.lead[i] + stretchShare * items.stretch[i] + trackShare * items.track[i]
                        - shrinkShare * items.shrink[i];
            }
            x[i] = (float) position;
            position += items.advance[i];
        }
    }
}
