package press.duet.structure;

import java.util.Locale;

/**
 * The shapes of bilingual input Duet recognises; each can also be forced when detection guesses wrong.
 *
 * <pre>{@code
 * Shape shape = Shape.named("blocks");  // BLOCKS
 * }</pre>
 */
public enum Shape {
    /** Paragraphs alternate between the languages, either first, with a missing translation here and there. */
    ALTERNATING,
    /** Within a chapter, a run of paragraphs in one language, then the run of their translations. */
    BLOCKS,
    /** An article: title pair, 中英对照 label, part number, date line, then a body (perhaps one language). */
    ARTICLE,
    /** Two files, one per language, aligned paragraph by paragraph. */
    PARALLEL_FILES,
    /** One pair per row: tab-separated lines or a two-column TSV/CSV. */
    TABLE,
    /** Markdown, whose headings make the chapters. */
    MARKDOWN,
    /** One language only: published as it is. */
    MONOLINGUAL,
    /**
     * A book of several files whose shapes differ (one alternates, another holds blocks): reported for
     * the book, with each file's own shape beside it; never detected for one file, never forced.
     */
    MIXED;

    /** The shape with this name, as the command line writes it ("parallel-files", "blocks" …). */
    public static Shape named(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (key.equals("PARALLEL") || key.equals("FILES")) {
            return PARALLEL_FILES;
        }
        if (key.equals("TSV") || key.equals("CSV")) {
            return TABLE;
        }
        return Shape.valueOf(key);
    }

    /** The name as the command line and reports write it: "parallel-files". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
