package press.duet.epub;

import java.util.function.Function;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.model.Table;

/**
 * Writes a table as a {@code table}: its header rows in {@code thead} as {@code th} cells (column
 * headers), the rest in {@code tbody}; each cell is tagged with the language of its text.
 *
 * <pre>{@code
 * new TableRenderer(xhtml, inlines, text -> Lang.EN).write(table);
 * }</pre>
 */
final class TableRenderer {
    private final Xhtml xhtml;
    private final InlineRenderer inlines;
    private final Function<String, Lang> languageOf;

    TableRenderer(Xhtml xhtml, InlineRenderer inlines, Function<String, Lang> languageOf) {
        this.xhtml = xhtml;
        this.inlines = inlines;
        this.languageOf = languageOf;
    }

    void write(Table table) {
        xhtml.start("table", "class", "table").newline();
        if (table.headerRows() > 0) {
            xhtml.start("thead").newline();
            for (int r = 0; r < table.headerRows(); r++) {
                writeRow(table.rows().get(r), true);
            }
            xhtml.end("thead").newline();
        }
        if (table.headerRows() < table.rows().size()) {
            xhtml.start("tbody").newline();
            for (int r = table.headerRows(); r < table.rows().size(); r++) {
                writeRow(table.rows().get(r), false);
            }
            xhtml.end("tbody").newline();
        }
        xhtml.end("table").newline();
    }

    private void writeRow(Table.Row row, boolean header) {
        xhtml.start("tr");
        for (Para cell : row.cells()) {
            Lang lang = languageOf.apply(cell.text());
            String element = header ? "th" : "td";
            xhtml.start(element, "scope", header ? "col" : null, "lang", lang.tag());
            inlines.write(cell, lang);
            xhtml.end(element);
        }
        xhtml.end("tr").newline();
    }
}
