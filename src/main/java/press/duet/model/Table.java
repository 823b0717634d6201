package press.duet.model;

import java.util.List;

/**
 * A table kept as a table (a Markdown pipe table that is not a two-column list of pairs): rows of
 * cells, the header rows first. Each cell is a paragraph; its language is read from its text.
 *
 * @param headerRows how many of the first rows are header rows
 */
public record Table(List<Row> rows, int headerRows) implements Block {
    public Table {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one row");
        }
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("bad header row count " + headerRows);
        }
    }

    /** One row: its cells, left to right. */
    public record Row(List<Para> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
