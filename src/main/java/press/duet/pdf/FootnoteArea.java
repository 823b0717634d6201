package press.duet.pdf;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The footnotes at the foot of one column of the sheet being filled, under a short rule; what does not
 * fit goes on at the foot of the same column on the next sheet, under a rule across the column (the
 * continuation rule), before that sheet's own notes. Notes keep the order of their references.
 *
 * <p>Heights are measured up from the foot of the text frame: the area takes {@link #height()} of it,
 * the rule's space included.
 */
final class FootnoteArea {
    /** The space above the rule and below it, as shares of the body size. */
    private static final float SPACE_ABOVE_RULE = 0.9f;
    private static final float SPACE_BELOW_RULE = 0.45f;
    /** A rule's length as a share of the column's width: short over a page's own notes, full over continued ones. */
    private static final float RULE_SHARE = 0.3f;
    private static final float RULE_WEIGHT = 0.4f;
    /** Continued notes take at most this share of a page, leaving the rest to the text. */
    private static final float CONTINUED_SHARE = 0.5f;

    /** Lines {@code from} to {@code to} (exclusive) of a note. */
    private record Piece(Footnote note, int from, int to) {
        float height() {
            return note.height(from, to);
        }
    }

    private final Column column;
    private final float bodySize;
    private final Color ruleColour;
    private final List<Piece> pieces = new ArrayList<>();
    /** What waits for the next sheet: the rest of a note cut at this sheet's foot, and the notes after it. */
    private final Deque<Piece> carried = new ArrayDeque<>();
    private boolean continued;

    FootnoteArea(Column column, float bodySize, Color ruleColour) {
        this.column = column;
        this.bodySize = bodySize;
        this.ruleColour = ruleColour;
    }

    /** The height the area takes at the sheet's foot, its rule's space included; 0 without notes. */
    float height() {
        float height = 0;
        for (int i = 0; i < pieces.size(); i++) {
            height = grown(height, pieces.get(i), i == 0);
        }
        return height;
    }

    /**
     * Whether notes wait for the next sheet, so that a note added now would be carried after them (and
     * after the last sheet, that the book needs another page for them).
     */
    boolean full() {
        return !carried.isEmpty();
    }

    /**
     * The height the area would take with {@code whole} notes added, and then the first
     * {@code opening} lines of {@code opened}, if given.
     */
    float heightWith(List<Footnote> whole, Footnote opened, int opening) {
        float height = height();
        boolean first = pieces.isEmpty();
        for (Footnote note : whole) {
            height = grown(height, new Piece(note, 0, note.lineCount()), first);
            first = false;
        }
        if (opened != null) {
            height = grown(height, new Piece(opened, 0, Math.min(opening, opened.lineCount())), first);
        }
        return height;
    }

    private float grown(float height, Piece piece, boolean first) {
        if (first) {
            return bodySize * (SPACE_ABOVE_RULE + SPACE_BELOW_RULE) + piece.height();
        }
        // The next note's first line follows the last at the note's own leading.
        float gap = Math.max(0, piece.note().leading() - piece.note().text().size() * (Composer.ASCENT + Composer.DESCENT));
        return height + gap + piece.height();
    }

    /**
     * Adds a note, as many of its lines as fit while the area stays within {@code limit}; the rest, and
     * every note after it, goes on at the next sheet's foot.
     */
    void add(Footnote note, float limit) {
        if (!carried.isEmpty()) {
            carried.add(new Piece(note, 0, note.lineCount()));
            return;
        }
        place(new Piece(note, 0, note.lineCount()), limit);
    }

    private void place(Piece piece, float limit) {
        int fit = piece.from();
        while (fit < piece.to() && heightWithPiece(new Piece(piece.note(), piece.from(), fit + 1)) <= limit) {
            fit++;
        }
        if (fit > piece.from()) {
            pieces.add(new Piece(piece.note(), piece.from(), fit));
        }
        if (fit < piece.to()) {
            carried.add(new Piece(piece.note(), fit, piece.to()));
        }
    }

    private float heightWithPiece(Piece piece) {
        return grown(height(), piece, pieces.isEmpty());
    }

    /**
     * Starts the next sheet: the carried notes come first, as far as they fit in {@code frameHeight}
     * with at least half of it left to the text (and at least one line of them on the sheet).
     */
    void nextSheet(float frameHeight) {
        pieces.clear();
        continued = !carried.isEmpty() && carried.peekFirst().from() > 0;
        float limit = frameHeight * CONTINUED_SHARE;
        List<Piece> waiting = new ArrayList<>(carried);
        carried.clear();
        for (Piece piece : waiting) {
            if (!carried.isEmpty()) {
                carried.add(piece);
            } else if (pieces.isEmpty() && heightWithPiece(new Piece(piece.note(), piece.from(), piece.from() + 1)) > limit) {
                // Never a sheet without progress: the first line goes on, however little room is left.
                pieces.add(new Piece(piece.note(), piece.from(), piece.from() + 1));
                if (piece.from() + 1 < piece.to()) {
                    carried.add(new Piece(piece.note(), piece.from() + 1, piece.to()));
                }
            } else {
                place(piece, limit);
            }
        }
    }

    /**
     * Draws the rule and the notes with the area's top {@link #height()} above {@code foot}, the frame's
     * lower edge.
     */
    void draw(PdfContentByte canvas, float foot) {
        if (pieces.isEmpty()) {
            return;
        }
        float top = foot + height();
        float ruleY = top - bodySize * SPACE_ABOVE_RULE;
        canvas.saveState();
        canvas.setColorStroke(ruleColour);
        canvas.setLineWidth(RULE_WEIGHT);
        canvas.moveTo(column.left(), ruleY);
        canvas.lineTo(column.left() + column.width() * (continued ? 1 : RULE_SHARE), ruleY);
        canvas.stroke();
        canvas.restoreState();
        float y = ruleY - bodySize * SPACE_BELOW_RULE;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            SetText text = piece.note().text();
            float baseline = y - text.size() * Composer.ASCENT;
            if (i > 0) {
                baseline -= Math.max(0, piece.note().leading() - text.size() * (Composer.ASCENT + Composer.DESCENT));
            }
            for (int line = piece.from(); line < piece.to(); line++) {
                if (line > piece.from()) {
                    baseline -= piece.note().leading() + text.spaceBefore(line);
                }
                text.draw(canvas, line, column.left(), baseline, piece.note().colour());
            }
            y = baseline - text.size() * Composer.DESCENT;
        }
    }
}
