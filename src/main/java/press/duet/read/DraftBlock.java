package press.duet.read;

import java.util.List;
import java.util.Objects;

/**
 * Consecutive lines of an input that the format keeps together, as the file has them. For plain text
 * a block is a run of non-blank lines, and whether they are one paragraph or several is for the
 * structure stage to decide; richer formats say more through the {@link Kind}.
 *
 * <pre>{@code
 * DraftBlock heading = DraftBlock.heading(3, 2, "第一章 春");
 * }</pre>
 *
 * @param line  the 1-based line number of the first line
 * @param lines the lines, without line terminators; for a {@link Kind#ROW} its cells
 * @param kind  what the format says the block is
 * @param level the heading level (1 highest) for a {@link Kind#HEADING}, else 0
 */
public record DraftBlock(int line, List<String> lines, Kind kind, int level) {
    /** What a block is, as far as its format tells. */
    public enum Kind {
        /** Lines of plain text: one paragraph per line, hard-wrapped prose or verse. */
        LINES,
        /** One paragraph the format marks as such (Markdown); its lines join into one per language. */
        PARAGRAPH,
        /** A heading the format marks (Markdown {@code #}). */
        HEADING,
        /** Lines whose breaks the format keeps (a Markdown code block or hard line breaks). */
        VERBATIM,
        /** One row of a two-column table: a text and its translation. */
        ROW
    }

    public DraftBlock {
        lines = List.copyOf(lines);
        Objects.requireNonNull(kind, "kind");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
        if ((kind == Kind.HEADING) != (level > 0)) {
            throw new IllegalArgumentException("a heading, and only a heading, has a level; was " + kind + " " + level);
        }
    }

    /** Lines of plain text. */
    public DraftBlock(int line, List<String> lines) {
        this(line, lines, Kind.LINES, 0);
    }

    public static DraftBlock heading(int line, int level, String text) {
        return new DraftBlock(line, List.of(text), Kind.HEADING, level);
    }

    public static DraftBlock row(int line, List<String> cells) {
        return new DraftBlock(line, cells, Kind.ROW, 0);
    }
}
