package press.duet.pdf;

import java.awt.Color;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTextArray;
import press.duet.font.FontRole;
import press.duet.text.Hyphenation;
import press.duet.text.Hyphenator;
import press.duet.text.LineBreaker;

/**
 * A paragraph set in a measure: its characters, the font and advance of each, and its lines with
 * every character's place on its line. It draws one line at a time, so a page can take the lines
 * that fit and leave the rest for the next.
 *
 * <pre>{@code
 * SetText text = SetText.set("春天来了。", FontRole.LATIN_REGULAR, true, 10.5f, 200, true, faces, "title");
 * text.draw(canvas, 0, 72, 700, Color.BLACK);
 * }</pre>
 */
final class SetText {
    private final int[] codePoints;
    private final BaseFont[] faces;
    private final float[] widths;
    private final float size;
    private final LineBreaker.Result lines;

    private SetText(int[] codePoints, BaseFont[] faces, float[] widths, float size, LineBreaker.Result lines) {
        this.codePoints = codePoints;
        this.faces = faces;
        this.widths = widths;
        this.size = size;
        this.lines = lines;
    }

    /**
     * Sets a text: chooses each character's font, measures it, and breaks and places the lines.
     *
     * @param latin          the Latin face for this text; CJK characters take the Chinese face of the same weight
     * @param chineseContext whether the text is Chinese, so that quotes and dashes take the Chinese face
     * @param where          where the text stands in the book, for reports of missing glyphs
     */
    static SetText set(String text, FontRole latin, boolean chineseContext, float size, float measure,
                       boolean justify, FaceChooser chooser, String where) {
        return set(text, latin, chineseContext, size, measure, justify, null, chooser, where);
    }

    /**
     * As {@link #set(String, FontRole, boolean, float, float, boolean, FaceChooser, String)}, breaking
     * words at their hyphenation points where that evens a justified paragraph's spacing.
     *
     * @param hyphenator the patterns, or null for no hyphenation
     */
    static SetText set(String text, FontRole latin, boolean chineseContext, float size, float measure,
                       boolean justify, Hyphenator hyphenator, FaceChooser chooser, String where) {
        int[] codePoints = text.codePoints().toArray();
        int n = codePoints.length;
        BaseFont[] faces = new BaseFont[n];
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            int cp = codePoints[i];
            faces[i] = cp == ' ' && i > 0 ? faces[i - 1] : chooser.face(cp, latin, chineseContext, where);
            widths[i] = cp == '\n' ? 0 : faces[i].getWidthPoint(cp, size);
        }
        if (n > 0 && codePoints[0] == ' ' && n > 1) {
            faces[0] = faces[1];
        }
        Hyphenation hyphenation = hyphenator == null ? null
                : new Hyphenation(hyphenator, chooser.face('-', latin, false, where).getWidthPoint('-', size));
        LineBreaker.Result lines = LineBreaker.breakLines(codePoints, widths, size, measure, justify, hyphenation,
                chooser.punctuation());
        return new SetText(codePoints, faces, widths, size, lines);
    }

    int lineCount() {
        return lines.lineCount();
    }

    float size() {
        return size;
    }

    /** The width the line's characters take, from the first's start to the last's end (its hyphen included). */
    float lineWidth(int line) {
        int start = lines.starts()[line];
        int end = lines.ends()[line];
        if (end <= start) {
            return 0;
        }
        float hyphen = lines.hyphenated(line) ? faces[end - 1].getWidthPoint('-', size) : 0;
        return lines.x()[end - 1] + widths[end - 1] + hyphen;
    }

    /** Whether the line ends in a hyphen that breaks its last word. */
    boolean hyphenated(int line) {
        return lines.hyphenated(line);
    }

    /** The widest line. */
    float width() {
        float widest = 0;
        for (int i = 0; i < lineCount(); i++) {
            widest = Math.max(widest, lineWidth(i));
        }
        return widest;
    }

    /** Draws one line with its first character's start at {@code left} on the given baseline. */
    void draw(PdfContentByte canvas, int line, float left, float baseline, Color color) {
        int start = lines.starts()[line];
        int end = lines.ends()[line];
        if (end <= start) {
            return;
        }
        float[] x = lines.x();
        canvas.beginText();
        canvas.setColorFill(color);
        int run = start;
        while (run < end) {
            BaseFont face = faces[run];
            int runEnd = run;
            while (runEnd < end && faces[runEnd] == face) {
                runEnd++;
            }
            canvas.setFontAndSize(face, size);
            canvas.setTextMatrix(left + x[run], baseline);
            // Glyphs that follow each other at their natural advance go into one string; only the
            // adjustments of justification and squeezing split the array.
            PdfTextArray glyphs = new PdfTextArray();
            StringBuilder piece = new StringBuilder();
            for (int i = run; i < runEnd; i++) {
                piece.appendCodePoint(codePoints[i]);
                if (i + 1 < runEnd) {
                    float gap = x[i + 1] - (x[i] + widths[i]);
                    if (Math.abs(gap) > 0.001f) {
                        glyphs.add(piece.toString());
                        piece.setLength(0);
                        glyphs.add(-gap * 1000f / size);
                    }
                }
            }
            if (!piece.isEmpty()) {
                glyphs.add(piece.toString());
            }
            if (runEnd == end && lines.hyphenated(line)) {
                glyphs.add("-");
            }
            canvas.showText(glyphs);
            run = runEnd;
        }
        canvas.endText();
    }
}
