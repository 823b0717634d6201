package press.duet.read;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats Duet reads, each with its own reader. */
public enum Format {
    /** Plain text; a file whose every line holds a tab is read as a table. */
    TEXT,
    /** CommonMark Markdown: headings, paragraphs, lists, quotes and code blocks. */
    MARKDOWN,
    /** Two columns, one pair per row: tab-separated or comma-separated values. */
    TABLE;

    /** The format a file's name suggests: .md/.markdown, .tsv/.csv, anything else is text. */
    public static Format of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".tsv") || name.endsWith(".csv") || name.endsWith(".tab")) {
            return TABLE;
        }
        return TEXT;
    }

    /** The name drafts and reports use: text, markdown or table. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
