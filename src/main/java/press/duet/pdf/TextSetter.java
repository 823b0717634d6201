package press.duet.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import press.duet.font.FontRole;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.text.Hyphenation;
import press.duet.text.Hyphenator;
import press.duet.text.LineBreaker;

/**
 * Sets paragraphs into one {@link SetText}: chooses each character's face from its run, measures it,
 * breaks the paragraph as one sequence (so the clreq rules hold across faces and sizes) and places it
 * by its form: a list item with its marker hanging, a quotation indented, verse with its turnovers
 * indented, code as written. Several paragraphs follow one another with a gap.
 *
 * <pre>{@code
 * SetText side = new TextSetter(chooser, 10.5f, "chapter 1, pair 3").side(segment, 240, notes);
 * }</pre>
 */
final class TextSetter {
    /** The gap between two paragraphs of one side, and between two list items, as shares of the size. */
    private static final float PARAGRAPH_GAP = 0.5f;
    private static final float ITEM_GAP = 0.2f;
    /** A quotation's indent on each side, a verse turnover's indent and a list level's, in ems. */
    private static final float QUOTATION_INDENT = 1.5f;
    private static final float TURNOVER_INDENT = 2f;
    private static final float LIST_INDENT = 2f;
    /**
     * How far past its column's edge the ink of a stop or comma ending a justified Chinese line may
     * hang, in ems: into the page's margin or the gap between two columns (at least 1.4 em at the
     * default size), far enough for a centred mark beyond a column's whole ems.
     */
    private static final float HANG_PAST_COLUMN = 0.4f;

    private final FaceChooser chooser;
    private final float size;
    private final String where;
    /** The patterns justified paragraphs may break words by, or null for none. */
    private final Hyphenator hyphenator;

    private final List<int[]> codePoints = new ArrayList<>();
    private final List<BaseFont[]> faces = new ArrayList<>();
    private final List<float[]> sizes = new ArrayList<>();
    private final List<float[]> rises = new ArrayList<>();
    private final List<float[]> widths = new ArrayList<>();
    private final List<float[]> xs = new ArrayList<>();
    private final List<int[]> links = new ArrayList<>();
    private final BitSet dotted = new BitSet();
    private final BitSet struck = new BitSet();
    private final BitSet noteMarks = new BitSet();
    private final List<RubyText> rubies = new ArrayList<>();
    private final List<String> uris = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    private final List<Float> spaceBefore = new ArrayList<>();
    private final BitSet hyphenated = new BitSet();
    private int length;
    private boolean anyLink;
    /** Whether the paragraphs being set are a Chinese side's, whose justified lines keep to whole ems. */
    private boolean onTheGrid;

    /** @param where where the text stands in the book, for reports of missing glyphs */
    TextSetter(FaceChooser chooser, float size, String where) {
        this(chooser, size, where, null);
    }

    /** @param hyphenator the patterns justified paragraphs may break words by, or null for none */
    TextSetter(FaceChooser chooser, float size, String where, Hyphenator hyphenator) {
        this.chooser = chooser;
        this.size = size;
        this.where = where;
        this.hyphenator = hyphenator;
    }

    /** A plain text in one face. */
    SetText plain(String text, FontRole role, boolean chinese, float measure, boolean justify) {
        paragraph(InlineRuns.plain(text, role, chinese), null, measure, 0, 0, justify, 0);
        return build();
    }

    /** A side of a pair or a title: each of its paragraphs by its form, in the given plain face. */
    SetText side(Segment segment, FontRole role, float measure, boolean justify, InlineRuns.NoteNumbers notes) {
        boolean chinese = segment.lang().isChinese();
        onTheGrid = chinese;
        Para.Kind previous = null;
        for (Para para : segment.paras()) {
            float gap = previous == null ? 0
                    : size * (previous == Para.Kind.LIST_ITEM && para.form().kind() == Para.Kind.LIST_ITEM
                    ? ITEM_GAP : PARAGRAPH_GAP);
            para(para, role, chinese, measure, justify, gap, notes);
            previous = para.form().kind();
        }
        onTheGrid = false;
        return build();
    }

    /** Notes, each its number and its text, the number hanging; Chinese notes on the whole-em grid, as a side is. */
    SetText notes(List<ChapterNotes.Numbered> notes, boolean chinese, float measure) {
        float hang = size * LIST_INDENT;
        onTheGrid = chinese;
        boolean first = true;
        for (ChapterNotes.Numbered note : notes) {
            boolean firstPara = true;
            for (Para para : note.note().content()) {
                InlineRuns marker = firstPara ? InlineRuns.plain(note.number() + ".", FontRole.LATIN_REGULAR, false) : null;
                InlineRuns runs = InlineRuns.of(para.content(), FontRole.LATIN_REGULAR, chinese, InlineRuns.NO_NOTES);
                paragraph(runs, marker, measure - hang, hang, 0, true, first ? 0 : size * ITEM_GAP);
                first = false;
                firstPara = false;
            }
        }
        onTheGrid = false;
        return build();
    }

    private void para(Para para, FontRole role, boolean chinese, float measure, boolean justify, float gap,
                      InlineRuns.NoteNumbers notes) {
        Para.Form form = para.form();
        switch (form.kind()) {
            case PARAGRAPH -> paragraph(InlineRuns.of(para.content(), role, chinese, notes), null, measure, 0, 0, justify, gap);
            case VERSE -> paragraph(InlineRuns.of(para.content(), role, chinese, notes), null, measure, 0,
                    size * TURNOVER_INDENT, false, gap);
            case QUOTATION -> {
                float indent = nested(size * QUOTATION_INDENT, form.depth(), measure);
                paragraph(InlineRuns.of(para.content(), role, chinese, notes), null, measure - 2 * indent, indent, 0,
                        justify, gap);
            }
            case LIST_ITEM -> {
                InlineRuns marker = InlineRuns.plain(form.marker(), role, chinese);
                float indent = nested(size * LIST_INDENT, form.depth(), measure);
                paragraph(InlineRuns.of(para.content(), role, chinese, notes), marker, measure - indent, indent, 0,
                        justify, gap);
            }
            case CODE -> {
                InlineRuns runs = InlineRuns.of(List.of(new press.duet.model.Inline.Code(para.text())),
                        FontRole.MONOSPACE, false, notes);
                runs.keepIndentation();
                paragraph(runs, null, measure, 0, 0, false, gap);
            }
        }
    }

    /**
     * The indent of a nesting level, deeper levels standing further in, but never leaving less than
     * half the measure for the text however deep a source nests.
     */
    private static float nested(float step, int depth, float measure) {
        return Math.min(step * depth, measure / 4);
    }

    /**
     * Sets one paragraph and appends its lines.
     *
     * @param marker a list marker or note number, set at the start of the first line in the indent before it
     * @param left   how far the paragraph's lines stand in from the measure's left edge
     * @param hang   the indent of lines that turn over (verse)
     */
    private void paragraph(InlineRuns runs, InlineRuns marker, float measure, float left, float hang, boolean justify,
                           float gap) {
        int n = runs.length();
        int markerLength = marker == null ? 0 : marker.length();
        int total = markerLength + n;
        int[] cp = new int[total];
        BaseFont[] face = new BaseFont[total];
        float[] sizeOf = new float[total];
        float[] rise = new float[total];
        float[] width = new float[total];
        float[] ems = new float[total];
        int[] link = new int[total];
        BitSet attached = new BitSet();
        if (marker != null) {
            measureRuns(marker, 0, cp, face, sizeOf, rise, width, ems, link);
        }
        measureRuns(runs, markerLength, cp, face, sizeOf, rise, width, ems, link);
        int base = length + markerLength;
        for (int i = runs.attached.nextSetBit(0); i >= 0; i = runs.attached.nextSetBit(i + 1)) {
            attached.set(i);
        }
        for (int i = runs.dotted.nextSetBit(0); i >= 0; i = runs.dotted.nextSetBit(i + 1)) {
            dotted.set(base + i);
        }
        for (int i = runs.struck.nextSetBit(0); i >= 0; i = runs.struck.nextSetBit(i + 1)) {
            struck.set(base + i);
        }
        for (int i = runs.noteMarks.nextSetBit(0); i >= 0; i = runs.noteMarks.nextSetBit(i + 1)) {
            noteMarks.set(base + i);
        }
        int linkBase = uris.size();
        uris.addAll(runs.uris);
        anyLink |= !runs.uris.isEmpty();
        for (int i = markerLength; i < total; i++) {
            link[i] = link[i] < 0 ? -1 : link[i] + linkBase;
        }

        int[] body = Arrays.copyOfRange(cp, markerLength, total);
        float lineMeasure = onTheGrid && justify ? wholeEms(measure) : measure;
        // A ruby reading wider than its base widens the base's advance, so the breaker spaces for it.
        float[] advances = Arrays.copyOfRange(width, markerLength, total);
        List<RubyText> readings = RubyText.set(runs, Arrays.copyOfRange(sizeOf, markerLength, total), advances,
                chooser, where);
        LineBreaker.Result lines = LineBreaker.breakLines(new LineBreaker.Paragraph(body,
                advances, Arrays.copyOfRange(ems, markerLength, total), attached),
                size, lineMeasure, hang, justify, hyphenation(), chooser.punctuation(),
                onTheGrid && justify ? new LineBreaker.Overhang(measure - lineMeasure, size * HANG_PAST_COLUMN)
                        : LineBreaker.Overhang.NONE);
        float[] x = new float[total];
        float markerX = left - (marker == null ? 0 : Math.min(left, size * LIST_INDENT));
        float at = markerX;
        for (int i = 0; i < markerLength; i++) {
            x[i] = at;
            at += width[i];
        }
        for (int i = 0; i < n; i++) {
            x[markerLength + i] = left + lines.x()[i];
        }
        for (RubyText reading : readings) {
            x[markerLength + reading.start()] += reading.lead();
            rubies.add(reading.shifted(base));
        }
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.starts()[line] + markerLength;
            starts.add(length + (line == 0 && marker != null ? 0 : start));
            ends.add(length + lines.ends()[line] + markerLength);
            spaceBefore.add(line == 0 ? gap : 0f);
            if (lines.hyphenated(line)) {
                hyphenated.set(starts.size() - 1);
            }
        }
        if (lines.lineCount() == 0 && marker != null) {
            starts.add(length);
            ends.add(length + markerLength);
            spaceBefore.add(gap);
        }
        codePoints.add(cp);
        faces.add(face);
        sizes.add(sizeOf);
        rises.add(rise);
        widths.add(width);
        xs.add(x);
        links.add(link);
        length += total;
    }

    /**
     * The measure of a justified Chinese paragraph: the most whole ems that fit, so that a line of Han
     * characters sets at its natural width and the characters of every line stand in one grid, as a
     * Chinese page's text block is counted in characters; what is left of the column stays blank at
     * the lines' end, but for a closing mark that ends a line and hangs there whole.
     */
    private float wholeEms(float measure) {
        return Math.max(size, (float) Math.floor(measure / size + 1e-3) * size);
    }

    private Hyphenation hyphenation() {
        if (hyphenator == null) {
            return null;
        }
        float hyphen = chooser.face('-', FontRole.LATIN_REGULAR, false, where).getWidthPoint('-', size);
        return new Hyphenation(hyphenator, hyphen);
    }

    /** Each character's face, size, rise, advance and em, from its run; spaces take the face before them. */
    private void measureRuns(InlineRuns runs, int offset, int[] cp, BaseFont[] face, float[] sizeOf, float[] rise,
                             float[] width, float[] ems, int[] link) {
        for (int i = 0; i < runs.length(); i++) {
            int at = offset + i;
            int c = runs.codePoint(i);
            cp[at] = c;
            float charSize = size * runs.scale(i);
            sizeOf[at] = charSize;
            ems[at] = charSize;
            rise[at] = size * runs.rise(i);
            link[at] = runs.link(i);
            face[at] = c == ' ' && i > 0 && runs.role(i - 1) == runs.role(i) ? face[at - 1]
                    : chooser.face(c, runs.role(i), runs.chinese(i), where);
            width[at] = c == '\n' ? 0 : face[at].getWidthPoint(c, charSize);
        }
        if (runs.length() > 1 && cp[offset] == ' ') {
            face[offset] = face[offset + 1];
        }
    }

    private SetText build() {
        int[] cp = new int[length];
        BaseFont[] face = new BaseFont[length];
        float[] sizeOf = new float[length];
        float[] rise = new float[length];
        float[] width = new float[length];
        float[] x = new float[length];
        int[] link = anyLink ? new int[length] : null;
        int at = 0;
        for (int p = 0; p < codePoints.size(); p++) {
            int n = codePoints.get(p).length;
            System.arraycopy(codePoints.get(p), 0, cp, at, n);
            System.arraycopy(faces.get(p), 0, face, at, n);
            System.arraycopy(sizes.get(p), 0, sizeOf, at, n);
            System.arraycopy(rises.get(p), 0, rise, at, n);
            System.arraycopy(widths.get(p), 0, width, at, n);
            System.arraycopy(xs.get(p), 0, x, at, n);
            if (link != null) {
                System.arraycopy(links.get(p), 0, link, at, n);
            }
            at += n;
        }
        int lines = starts.size();
        int[] lineStarts = new int[lines];
        int[] lineEnds = new int[lines];
        float[] gaps = new float[lines];
        for (int i = 0; i < lines; i++) {
            lineStarts[i] = starts.get(i);
            lineEnds[i] = ends.get(i);
            gaps[i] = spaceBefore.get(i);
        }
        return new SetText(new SetText.Glyphs(cp, face, sizeOf, rise, width, x, dotted, struck, link, List.copyOf(uris),
                noteMarks, List.copyOf(rubies)),
                size, lineStarts, lineEnds, gaps, hyphenated);
    }
}
