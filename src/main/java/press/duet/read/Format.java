package press.duet.read;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats Duet reads: one table of each format's name, the file endings it goes by and its
 * reader, which both the choice of reader for a file and the listing of a folder read. A new format is
 * one entry here.
 *
 * <pre>{@code
 * Draft draft = Format.of(Path.of("pairs.tab")).reader().read(source, ReadOptions.DEFAULTS, notes);
 * }</pre>
 */
public enum Format {
    /** Plain text; a file whose every line holds a tab is read as a table. */
    TEXT("text", (source, options, notes) -> TextReader.read(source, options.encoding(), notes), ".txt", ".text"),
    /** CommonMark Markdown with footnotes and GFM tables and strikethrough. */
    MARKDOWN("markdown", (source, options, notes) -> MarkdownReader.read(source, options.encoding(), notes), ".md", ".markdown"),
    /** Two columns, one pair per row: tab-separated, or comma-separated in a .csv file. */
    TABLE("table", (source, options, notes) -> TableReader.read(source, options.encoding(), notes), ".tsv", ".tab", ".csv"),
    /** A web page as a browser saves it: its article's text, figures and notes, and what it declares. */
    HTML("html", press.duet.read.html.HtmlReader::read, ".html", ".htm", ".xhtml", ".shtml"),
    /** An EPUB 2 or 3 e-book: its spine in reading order, chapters from its table of contents. */
    EPUB(press.duet.read.epub.EpubReader.FORMAT,
            (source, options, notes) -> press.duet.read.epub.EpubReader.read(source, options.encoding(), notes), ".epub");

    private final String label;
    private final Reader reader;
    private final List<String> endings;

    Format(String label, Reader reader, String... endings) {
        this.label = label;
        this.reader = reader;
        this.endings = List.of(endings);
    }

    /** The format a file's name says; a name with no ending of the table is read as text. */
    public static Format of(Path file) {
        return byName(file.getFileName().toString()).orElse(TEXT);
    }

    /** The format whose ending the name has, if any does. */
    public static Optional<Format> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.endings.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** Every file ending of the table, in its order: what a folder is searched for. */
    public static List<String> allEndings() {
        return Arrays.stream(values()).flatMap(f -> f.endings.stream()).toList();
    }

    /** The format's name, as drafts and reports give it: text, markdown, table, html or epub. */
    public String label() {
        return label;
    }

    /** The endings of the files this format reads, such as ".md". */
    public List<String> endings() {
        return endings;
    }

    /** The format's reader; it reads with {@link ReadOptions#DEFAULTS} when given no options. */
    public Reader reader() {
        return (source, options, notes) -> reader.read(source, options != null ? options : ReadOptions.DEFAULTS, notes);
    }
}
