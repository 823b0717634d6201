package press.duet.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import press.duet.font.FontRole;
import press.duet.model.Inline;
import press.duet.model.Note;

/**
 * A paragraph's characters as the PDF sets them, flattened from its rich inlines: each character with
 * the face role, scale and rise of its run, whether it is attached to the one before (a note's number),
 * and the marks drawn with it (emphasis dots, a strike rule, a link). One run of characters for the
 * whole paragraph, so the line breaker keeps its rules across every change of face.
 *
 * <pre>{@code
 * InlineRuns runs = InlineRuns.of(para.content(), FontRole.LATIN_REGULAR, true, notes);
 * }</pre>
 */
final class InlineRuns {
    /** A superscript or subscript's size, as a share of its text's. */
    static final float SCRIPT_SCALE = 0.7f;
    /** Code's size beside the serif text: the monospace face has a larger x-height. */
    static final float CODE_SCALE = 0.88f;
    /** A note number's size and rise, as shares of the text's size. */
    private static final float NOTE_SCALE = 0.65f;
    private static final float NOTE_RISE = 0.38f;
    private static final float SUPERSCRIPT_RISE = 0.33f;
    private static final float SUBSCRIPT_RISE = -0.15f;

    /** Numbers the notes of one side as their references are met. */
    interface NoteNumbers {
        int number(Note note);
    }

    /** Notes are not numbered (a running header): their references set nothing. */
    static final NoteNumbers NO_NOTES = note -> 0;

    private int length;
    private int[] codePoints = new int[16];
    private FontRole[] roles = new FontRole[16];
    private boolean[] chinese = new boolean[16];
    private float[] scales = new float[16];
    private float[] rises = new float[16];
    private int[] links = new int[16];
    final BitSet attached = new BitSet();
    final BitSet dotted = new BitSet();
    final BitSet struck = new BitSet();
    /** The first digit of each note reference's number, in reading order. */
    final BitSet noteMarks = new BitSet();
    /** The ruby of the text: each base's characters and its reading, set above the base. */
    final List<Ruby> rubies = new ArrayList<>();
    final List<String> uris = new ArrayList<>();
    private final NoteNumbers notes;

    private InlineRuns(NoteNumbers notes) {
        this.notes = notes;
    }

    /** A ruby base, characters {@code start} to {@code end} (exclusive), and the reading set above it. */
    record Ruby(int start, int end, String reading) {
    }

    /** The state a run is set in: what its enclosing inlines made of it. */
    private record Run(FontRole role, boolean chinese, float scale, float rise, boolean emphasis, boolean strike,
                       int link) {
    }

    /**
     * @param role    the face of plain text (regular, or bold for a title, monospace for code)
     * @param chinese whether the paragraph is Chinese, so quotes and dashes take the Chinese face
     */
    static InlineRuns of(List<Inline> content, FontRole role, boolean chinese, NoteNumbers notes) {
        InlineRuns runs = new InlineRuns(notes);
        runs.add(content, new Run(role, chinese, 1, 0, false, false, -1));
        return runs;
    }

    /** Plain characters in one face; a line feed is a line break. */
    static InlineRuns plain(String text, FontRole role, boolean chinese) {
        InlineRuns runs = new InlineRuns(NO_NOTES);
        runs.text(text, new Run(role, chinese, 1, 0, false, false, -1));
        return runs;
    }

    private void add(List<Inline> content, Run run) {
        for (Inline inline : content) {
            add(inline, run);
        }
    }

    private void add(Inline inline, Run run) {
        switch (inline) {
            case Inline.Text text -> text(text.value(), run);
            case Inline.Styled styled -> add(styled.content(), styled(styled.style(), run));
            case Inline.Code code -> text(code.value(), new Run(FontRole.MONOSPACE, false, run.scale() * CODE_SCALE,
                    run.rise(), false, run.strike(), run.link()));
            case Inline.Link link -> add(link.content(), new Run(run.role(), run.chinese(), run.scale(), run.rise(),
                    run.emphasis(), run.strike(), linkIndex(link.target(), run.link())));
            case Inline.LineBreak ignored -> append('\n', run);
            case Inline.NoteRef ref -> noteMark(ref.note(), run);
            case Inline.Span span -> add(span.content(), new Run(run.role(), span.lang().isChinese(), run.scale(),
                    run.rise(), run.emphasis(), run.strike(), run.link()));
            case Inline.Ruby ruby -> ruby(ruby, run);
        }
    }

    private static Run styled(Inline.Style style, Run run) {
        return switch (style) {
            // Italic for Latin letters, emphasis dots under Chinese characters (no Chinese face slants);
            // emphasis inside strong or code keeps that face, as there is no bold italic to take.
            case EMPHASIS -> new Run(run.role() == FontRole.LATIN_REGULAR ? FontRole.LATIN_ITALIC : run.role(),
                    run.chinese(), run.scale(), run.rise(), true, run.strike(), run.link());
            case STRONG -> new Run(run.role() == FontRole.MONOSPACE ? run.role() : FontRole.LATIN_BOLD, run.chinese(),
                    run.scale(), run.rise(), run.emphasis(), run.strike(), run.link());
            case SUPERSCRIPT -> new Run(run.role(), run.chinese(), run.scale() * SCRIPT_SCALE,
                    run.rise() + SUPERSCRIPT_RISE * run.scale(), run.emphasis(), run.strike(), run.link());
            case SUBSCRIPT -> new Run(run.role(), run.chinese(), run.scale() * SCRIPT_SCALE,
                    run.rise() + SUBSCRIPT_RISE * run.scale(), run.emphasis(), run.strike(), run.link());
            case STRIKETHROUGH -> new Run(run.role(), run.chinese(), run.scale(), run.rise(), run.emphasis(), true,
                    run.link());
        };
    }

    /** Web and mail links become annotations; an in-book fragment has no page to go to in the PDF. */
    private int linkIndex(String target, int enclosing) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"))) {
            return enclosing;
        }
        uris.add(target);
        return uris.size() - 1;
    }

    /** The note's number, raised and small, against the word before it. */
    private void noteMark(Note note, Run run) {
        int number = notes.number(note);
        if (number <= 0) {
            return;
        }
        Run mark = new Run(FontRole.LATIN_REGULAR, false, run.scale() * NOTE_SCALE, run.rise() + NOTE_RISE * run.scale(),
                false, false, run.link());
        String digits = Integer.toString(number);
        noteMarks.set(length);
        for (int i = 0; i < digits.length(); i++) {
            attached.set(length);
            append(digits.charAt(i), mark);
        }
    }

    /**
     * The base in the text, its characters held together (no line breaks inside a base), and its
     * reading recorded to be set above it in a small size.
     */
    private void ruby(Inline.Ruby ruby, Run run) {
        int start = length;
        text(ruby.base(), run);
        if (ruby.annotation().isBlank() || length == start) {
            return;
        }
        for (int i = start + 1; i < length; i++) {
            attached.set(i);
        }
        rubies.add(new Ruby(start, length, ruby.annotation().strip()));
    }

    private void text(String value, Run run) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            append(cp == '\t' ? ' ' : cp, run);
            i += Character.charCount(cp);
        }
    }

    private void append(int codePoint, Run run) {
        if (length == codePoints.length) {
            int grown = length * 2;
            codePoints = Arrays.copyOf(codePoints, grown);
            roles = Arrays.copyOf(roles, grown);
            chinese = Arrays.copyOf(chinese, grown);
            scales = Arrays.copyOf(scales, grown);
            rises = Arrays.copyOf(rises, grown);
            links = Arrays.copyOf(links, grown);
        }
        codePoints[length] = codePoint;
        roles[length] = run.role();
        chinese[length] = run.chinese();
        scales[length] = run.scale();
        rises[length] = run.rise();
        links[length] = run.link();
        if (run.emphasis()) {
            dotted.set(length);
        }
        if (run.strike()) {
            struck.set(length);
        }
        length++;
    }

    /** Turns the spaces that start the text or follow a line break into no-break spaces: code's indentation. */
    void keepIndentation() {
        boolean lineStart = true;
        for (int i = 0; i < length; i++) {
            if (lineStart && codePoints[i] == ' ') {
                codePoints[i] = '\u00a0';
            } else {
                lineStart = codePoints[i] == '\n';
            }
        }
    }

    int length() {
        return length;
    }

    int codePoint(int i) {
        return codePoints[i];
    }

    FontRole role(int i) {
        return roles[i];
    }

    boolean chinese(int i) {
        return chinese[i];
    }

    float scale(int i) {
        return scales[i];
    }

    float rise(int i) {
        return rises[i];
    }

    /** The index into {@link #uris} of the link the character belongs to, or -1. */
    int link(int i) {
        return links[i];
    }
}
