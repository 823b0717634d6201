package press.duet.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import press.duet.model.Block;
import press.duet.model.Figure;
import press.duet.model.Inline;
import press.duet.model.Para;
import press.duet.model.SectionBreak;
import press.duet.model.SourceLine;
import press.duet.model.Table;

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
 * @param rich  the block's rich content, from a format that has markup; null for plain text
 * @param item  for a {@link Kind#FIGURE}, {@link Kind#BREAK} or {@link Kind#TABLE}, the model's block
 *              itself (placed between pairs as it is, never paired); else null
 */
public record DraftBlock(int line, List<String> lines, Kind kind, int level, Rich rich, Block item) {
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
        ROW,
        /** An image with its caption ({@link #item} is the {@link Figure}); its lines are its alt text. */
        FIGURE,
        /** A section break ({@link #item} is the {@link SectionBreak}); its one line is empty. */
        BREAK,
        /** A table kept as a table ({@link #item} is the {@link Table}); its lines are its rows' text. */
        TABLE
    }

    /**
     * The markup of a block's lines: for each line its inlines, whose plain text
     * ({@link Inline#text(List)}) is exactly that line, and the form the format gives the block (a list
     * item with its marker, a quotation, code). The structure stage decides on the lines alone and
     * carries the inlines along, so markup never changes what is paired.
     */
    public record Rich(List<List<Inline>> lines, Para.Form form) {
        public Rich {
            List<List<Inline>> copies = new ArrayList<>(lines.size());
            for (List<Inline> line : lines) {
                copies.add(List.copyOf(line));
            }
            lines = Collections.unmodifiableList(copies);
            Objects.requireNonNull(form, "form");
        }

        /**
         * The markup of lines, or null when they have none: an ordinary paragraph whose every line is
         * plain characters says nothing its text does not, and a block without markup takes the plain
         * path through the structure stage (no marks to make or follow, no inlines kept per line), as
         * nearly every paragraph of a Markdown book does.
         */
        public static Rich orNone(List<List<Inline>> lines, Para.Form form) {
            if (form.equals(Para.Form.PARAGRAPH) && allPlain(lines)) {
                return null;
            }
            return new Rich(lines, form);
        }

        private static boolean allPlain(List<List<Inline>> lines) {
            for (List<Inline> line : lines) {
                if (!isPlainLine(line)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isPlainLine(List<Inline> line) {
            return line.isEmpty() || line.size() == 1 && line.get(0) instanceof Inline.Text;
        }
    }

    public DraftBlock {
        lines = List.copyOf(lines);
        Objects.requireNonNull(kind, "kind");
        boolean placed = kind == Kind.FIGURE || kind == Kind.BREAK || kind == Kind.TABLE;
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
        if ((kind == Kind.HEADING) != (level > 0)) {
            throw new IllegalArgumentException("a heading, and only a heading, has a level; was " + kind + " " + level);
        }
        if (placed != (item != null)) {
            throw new IllegalArgumentException("a figure, break or table block, and only one, carries its model block");
        }
        if (rich != null) {
            if (rich.lines().size() != lines.size()) {
                throw new IllegalArgumentException("rich content has " + rich.lines().size() + " lines for " + lines.size());
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!Inline.text(rich.lines().get(i)).equals(lines.get(i))) {
                    throw new IllegalArgumentException("line " + i + "'s markup does not project to its text");
                }
            }
        }
    }

    public DraftBlock(int line, List<String> lines, Kind kind, int level) {
        this(line, lines, kind, level, null, null);
    }

    /** Lines of plain text. */
    public DraftBlock(int line, List<String> lines) {
        this(line, lines, Kind.LINES, 0);
    }

    /**
     * The block cut down to some of its lines (page furniture left out), starting at line
     * {@code firstLine}, with those lines' markup.
     *
     * @param richLines the new lines' inlines; ignored when the block has no markup
     */
    public DraftBlock withLines(int firstLine, List<String> newLines, List<List<Inline>> richLines) {
        return new DraftBlock(firstLine, newLines, kind, level, rich == null ? null : new Rich(richLines, rich.form()), item);
    }

    /** Each line's inlines: its markup, or the line as plain characters when the block has none. */
    public List<List<Inline>> richLines() {
        if (rich != null) {
            return rich.lines();
        }
        return lines.stream().<List<Inline>>map(text -> text.isEmpty() ? List.of() : List.of(new Inline.Text(text))).toList();
    }

    /** The form the format gives the block's paragraphs: its markup's, else an ordinary paragraph. */
    public Para.Form form() {
        return rich != null ? rich.form() : Para.Form.PARAGRAPH;
    }

    /** Whether the block is placed between pairs as it stands (a figure, a break, a table), never paired. */
    public boolean isPlaced() {
        return item != null;
    }

    public static DraftBlock figure(int line, Figure figure) {
        String alt = figure.alt().isBlank() ? "" : figure.alt();
        return new DraftBlock(line, List.of(alt), Kind.FIGURE, 0, null, figure);
    }

    public static DraftBlock sectionBreak(int line) {
        return new DraftBlock(line, List.of(""), Kind.BREAK, 0, null, new SectionBreak());
    }

    public static DraftBlock table(int line, Table table) {
        List<String> rows = table.rows().stream()
                .map(row -> String.join(" | ", row.cells().stream().map(Para::text).toList())).toList();
        return new DraftBlock(line, rows, Kind.TABLE, 0, null, table);
    }

    public static DraftBlock heading(int line, int level, String text) {
        return new DraftBlock(line, List.of(text), Kind.HEADING, level);
    }

    public static DraftBlock row(int line, List<String> cells) {
        return new DraftBlock(line, cells, Kind.ROW, 0);
    }

    /**
     * The block as one paragraph of a note: its lines joined (kept apart in a verbatim block), its
     * form kept; a break is no paragraph.
     */
    public Optional<Para> asNoteParagraph(String source) {
        SourceLine at = new SourceLine(source, line);
        if (kind == Kind.BREAK) {
            return Optional.empty();
        }
        boolean keepBreaks = kind == Kind.VERBATIM;
        return Optional.of(new Para(form(), InlineLines.joined(richLines(), keepBreaks), at));
    }
}
