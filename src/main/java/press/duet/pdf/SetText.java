package press.duet.pdf;

import java.awt.Color;
import java.util.BitSet;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTextArray;
import press.duet.font.FontRole;
import press.duet.text.Scripts;

/**
 * Text set in a measure: one paragraph or several, its characters with the font, size, rise and
 * place of each, and its lines. It draws one line at a time, with the line's marks (emphasis dots,
 * strike rules, link areas), so a page can take the lines that fit and leave the rest for the next.
 * {@link TextSetter} makes it.
 *
 * <pre>{@code
 * SetText text = SetText.set("春天来了。", FontRole.LATIN_REGULAR, true, 10.5f, 200, true, faces, "title");
 * text.draw(canvas, 0, 72, 700, Color.BLACK);
 * }</pre>
 */
final class SetText {
    /** An emphasis dot's radius and its centre below the baseline, as shares of the character's size. */
    private static final float DOT_RADIUS = 0.065f;
    private static final float DOT_DROP = 0.27f;
    /** A strike rule's height above the baseline and its thickness, as shares of the size. */
    private static final float STRIKE_HEIGHT = 0.3f;
    private static final float RULE_WEIGHT = 0.05f;

    /**
     * The characters and their marks; the line ranges index into them. {@code noteMarks} holds the
     * first digit of each note reference's number, {@code rubies} the readings over ruby bases.
     */
    record Glyphs(int[] codePoints, BaseFont[] faces, float[] sizes, float[] rises, float[] widths, float[] x,
                  BitSet dotted, BitSet struck, int[] links, List<String> uris, BitSet noteMarks,
                  List<RubyText> rubies) {
    }

    private final Glyphs glyphs;
    private final float size;
    private final int[] starts;
    private final int[] ends;
    private final float[] spaceBefore;
    /** The lines that end inside a word, with a hyphen drawn after them. */
    private final BitSet hyphenated;

    /**
     * @param size        the text's own size, which sets its first baseline and its last line's depth
     * @param spaceBefore per line, the extra space above it (between paragraphs of one side)
     * @param hyphenated  the lines that end inside a word, drawn with a hyphen
     */
    SetText(Glyphs glyphs, float size, int[] starts, int[] ends, float[] spaceBefore, BitSet hyphenated) {
        this.glyphs = glyphs;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.spaceBefore = spaceBefore;
        this.hyphenated = hyphenated;
    }

    /**
     * Sets a plain text: chooses each character's font, measures it, and breaks and places the lines.
     *
     * @param latin          the Latin face for this text; CJK characters take the Chinese face of the same weight
     * @param chineseContext whether the text is Chinese, so that quotes and dashes take the Chinese face
     * @param where          where the text stands in the book, for reports of missing glyphs
     */
    static SetText set(String text, FontRole latin, boolean chineseContext, float size, float measure,
                       boolean justify, FaceChooser chooser, String where) {
        return new TextSetter(chooser, size, where).plain(text, latin, chineseContext, measure, justify);
    }

    int lineCount() {
        return starts.length;
    }

    float size() {
        return size;
    }

    /** The extra space above a line, beyond the leading: the gap before a new paragraph of the same side. */
    float spaceBefore(int line) {
        return spaceBefore[line];
    }

    /**
     * The width the line's characters take, from the line's left edge (indents included) to the last's
     * end, its hyphen included.
     */
    float lineWidth(int line) {
        int start = starts[line];
        int end = ends[line];
        if (end <= start) {
            return 0;
        }
        float hyphen = hyphenated.get(line) ? glyphs.faces()[end - 1].getWidthPoint('-', glyphs.sizes()[end - 1]) : 0;
        return glyphs.x()[end - 1] + glyphs.widths()[end - 1] + hyphen;
    }

    /** Whether the line ends inside a word, with a hyphen. */
    boolean hyphenated(int line) {
        return hyphenated.get(line);
    }

    /** How many note references the text has before the line: the index of the line's first reference. */
    int notesBefore(int line) {
        return glyphs.noteMarks().get(0, starts[line]).cardinality();
    }

    /** How many note references stand on the line. */
    int notesOn(int line) {
        return starts[line] >= ends[line] ? 0 : glyphs.noteMarks().get(starts[line], ends[line]).cardinality();
    }

    /** How many note references the whole text has. */
    int noteCount() {
        return glyphs.noteMarks().cardinality();
    }

    /** How far above the line's baseline its ruby reaches, or 0 for a line without ruby. */
    float rubyTop(int line) {
        float top = 0;
        for (RubyText ruby : glyphs.rubies()) {
            if (ruby.start() < ends[line] && ruby.end() > starts[line]) {
                top = Math.max(top, RubyText.top(glyphs.sizes()[ruby.start()]));
            }
        }
        return top;
    }

    /** The widest line. */
    float width() {
        float widest = 0;
        for (int i = 0; i < lineCount(); i++) {
            widest = Math.max(widest, lineWidth(i));
        }
        return widest;
    }

    /** The height the whole text takes at a leading, from its top to below its last line. */
    float height(float leading) {
        if (lineCount() == 0) {
            return 0;
        }
        float height = size * (Composer.ASCENT + Composer.DESCENT) + (lineCount() - 1) * leading;
        for (int line = 1; line < lineCount(); line++) {
            height += spaceBefore[line];
        }
        return height;
    }

    /** Draws every line below {@code top}, each centred in the width or from its left. */
    void drawAll(PdfContentByte canvas, float left, float width, boolean centred, float top, float leading,
                 Color color) {
        float baseline = top - size * Composer.ASCENT;
        for (int line = 0; line < lineCount(); line++) {
            if (line > 0) {
                baseline -= leading + spaceBefore[line];
            }
            draw(canvas, line, centred ? left + (width - lineWidth(line)) / 2 : left, baseline, color);
        }
    }

    /** The links the text holds, in order: their targets. */
    List<String> uris() {
        return glyphs.uris();
    }

    /** Draws one line with its left edge at {@code left} on the given baseline, with its marks and link areas. */
    void draw(PdfContentByte canvas, int line, float left, float baseline, Color color) {
        int start = starts[line];
        int end = ends[line];
        if (end <= start) {
            return;
        }
        drawGlyphs(canvas, start, end, hyphenated.get(line), left, baseline, color);
        drawMarks(canvas, start, end, left, baseline, color);
        drawRuby(canvas, start, end, left, baseline, color);
        addLinks(canvas, start, end, left, baseline);
    }

    private void drawGlyphs(PdfContentByte canvas, int start, int end, boolean hyphen, float left, float baseline,
                            Color color) {
        BaseFont[] faces = glyphs.faces();
        float[] sizes = glyphs.sizes();
        float[] rises = glyphs.rises();
        float[] x = glyphs.x();
        canvas.beginText();
        canvas.setColorFill(color);
        float characterSpacing = 0;
        int run = start;
        while (run < end) {
            BaseFont face = faces[run];
            int runEnd = runEnd(run, end);
            float runSize = sizes[run];
            canvas.setFontAndSize(face, runSize);
            canvas.setTextMatrix(left + x[run], baseline + rises[run]);
            // The gap a justified line opens between most of its glyphs (its tracking, or the glue
            // between Chinese characters) is the character spacing; glyphs that follow each other at
            // their advance and that spacing go into one string, other gaps split the array.
            float spacing = commonGap(run, runEnd);
            if (spacing != characterSpacing) {
                canvas.setCharacterSpacing(spacing);
                characterSpacing = spacing;
            }
            PdfTextArray array = textArray(run, runEnd, spacing, runSize);
            if (hyphen && runEnd == end) {
                if (spacing != 0) {
                    array.add(spacing * 1000f / runSize);
                }
                array.add("-");
            }
            canvas.showText(array);
            run = runEnd;
        }
        if (characterSpacing != 0) {
            canvas.setCharacterSpacing(0);
            characterSpacing = 0;
        }
        canvas.endText();
    }

    /**
     * The end of the run of glyphs from {@code run} in one face, size and rise. This loop and
     * {@link #textArray}'s, which go glyph by glyph, are methods of their own so that the JIT compiles
     * each once: left in {@link #drawGlyphs}, they made it compile again on the stack (with every call
     * into the PDF library it inlines) each time a long line's glyphs crossed the loop threshold.
     */
    private int runEnd(int run, int end) {
        BaseFont[] faces = glyphs.faces();
        float[] sizes = glyphs.sizes();
        float[] rises = glyphs.rises();
        int runEnd = run;
        while (runEnd < end && faces[runEnd] == faces[run] && sizes[runEnd] == sizes[run] && rises[runEnd] == rises[run]) {
            runEnd++;
        }
        return runEnd;
    }

    /**
     * The glyphs {@code run..runEnd-1} as a text array: glyphs that follow each other at their advance
     * and {@code spacing} go into one string, another gap between two glyphs is written as a move.
     */
    private PdfTextArray textArray(int run, int runEnd, float spacing, float runSize) {
        int[] codePoints = glyphs.codePoints();
        float[] widths = glyphs.widths();
        float[] x = glyphs.x();
        PdfTextArray array = new PdfTextArray();
        StringBuilder piece = new StringBuilder();
        for (int i = run; i < runEnd; i++) {
            piece.appendCodePoint(codePoints[i]);
            if (i + 1 < runEnd) {
                float gap = x[i + 1] - (x[i] + widths[i]) - spacing;
                if (Math.abs(gap) > 0.001f) {
                    array.add(piece.toString());
                    piece.setLength(0);
                    array.add(-gap * 1000f / runSize);
                }
            }
        }
        if (!piece.isEmpty()) {
            array.add(piece.toString());
        }
        return array;
    }

    /**
     * The gap beyond its advance after the first glyph of {@code run..runEnd-1} that neither is nor
     * precedes a space: the tracking or Chinese glue of a justified line, which every such gap of the
     * line shares. Zero when under a thousandth of a point, or when the run has no such pair.
     */
    private float commonGap(int run, int runEnd) {
        int[] codePoints = glyphs.codePoints();
        float[] x = glyphs.x();
        float[] widths = glyphs.widths();
        for (int i = run; i + 1 < runEnd; i++) {
            if (codePoints[i] != ' ' && codePoints[i + 1] != ' ') {
                float gap = x[i + 1] - (x[i] + widths[i]);
                return Math.abs(gap) > 0.001f ? gap : 0;
            }
        }
        return 0;
    }

    /** Emphasis dots under Chinese characters (not under their punctuation), and strike rules. */
    private void drawMarks(PdfContentByte canvas, int start, int end, float left, float baseline, Color color) {
        BitSet dotted = glyphs.dotted();
        BitSet struck = glyphs.struck();
        int firstDot = dotted.nextSetBit(start);
        int firstStrike = struck.nextSetBit(start);
        boolean dots = firstDot >= 0 && firstDot < end;
        boolean strikes = firstStrike >= 0 && firstStrike < end;
        if (!dots && !strikes) {
            return;
        }
        float[] x = glyphs.x();
        float[] sizes = glyphs.sizes();
        float[] rises = glyphs.rises();
        float[] widths = glyphs.widths();
        canvas.saveState();
        canvas.setColorFill(color);
        canvas.setColorStroke(color);
        if (dots) {
            for (int i = firstDot; i >= 0 && i < end; i = dotted.nextSetBit(i + 1)) {
                int cp = glyphs.codePoints()[i];
                if (Scripts.isCjk(cp) && Character.isLetter(cp)) {
                    canvas.circle(left + x[i] + widths[i] / 2, baseline + rises[i] - sizes[i] * DOT_DROP,
                            sizes[i] * DOT_RADIUS);
                }
            }
            canvas.fill();
        }
        for (int i = firstStrike; strikes && i >= 0 && i < end; ) {
            int runEnd = i;
            while (runEnd < end && struck.get(runEnd)) {
                runEnd++;
            }
            float y = baseline + rises[i] + sizes[i] * STRIKE_HEIGHT;
            canvas.setLineWidth(sizes[i] * RULE_WEIGHT);
            canvas.moveTo(left + x[i], y);
            canvas.lineTo(left + x[runEnd - 1] + widths[runEnd - 1], y);
            canvas.stroke();
            i = struck.nextSetBit(runEnd);
        }
        canvas.restoreState();
    }

    /** The readings over the ruby bases on the line, each centred over its base as drawn. */
    private void drawRuby(PdfContentByte canvas, int start, int end, float left, float baseline, Color color) {
        float[] x = glyphs.x();
        float[] widths = glyphs.widths();
        for (RubyText ruby : glyphs.rubies()) {
            if (ruby.start() >= start && ruby.start() < end) {
                int last = Math.min(ruby.end(), end) - 1;
                ruby.draw(canvas, left + x[ruby.start()], left + x[last] + widths[last],
                        baseline + glyphs.rises()[ruby.start()], glyphs.sizes()[ruby.start()], color);
            }
        }
    }

    /** A link annotation over each stretch of a link's characters on the line. */
    private void addLinks(PdfContentByte canvas, int start, int end, float left, float baseline) {
        int[] links = glyphs.links();
        if (links == null) {
            return;
        }
        float[] x = glyphs.x();
        float[] widths = glyphs.widths();
        for (int i = start; i < end; ) {
            int link = links[i];
            int runEnd = i + 1;
            while (runEnd < end && links[runEnd] == link) {
                runEnd++;
            }
            if (link >= 0) {
                canvas.setAction(new PdfAction(glyphs.uris().get(link)), left + x[i], baseline - size * 0.3f,
                        left + x[runEnd - 1] + widths[runEnd - 1], baseline + size * 0.95f);
            }
            i = runEnd;
        }
    }
}
