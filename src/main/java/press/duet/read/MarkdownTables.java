package press.duet.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import press.duet.model.Inline;
import press.duet.model.Para;
import press.duet.model.SourceLine;
import press.duet.model.Table;

/**
 * GFM pipe tables: a table of two columns, each in one language throughout, is a list of pairs (one
 * row block per row, as a table file gives them, its header row first for the structure stage to
 * recognise as column names); any other table is kept as a table, placed between the pairs.
 *
 * <pre>{@code
 * blocks.addAll(tables.blocks(tableBlock));
 * }</pre>
 */
final class MarkdownTables {
    private final String source;
    private final MarkdownInlines inlines;

    MarkdownTables(String source, MarkdownInlines inlines) {
        this.source = source;
        this.inlines = inlines;
    }

    /** One cell's content on one line: a {@code <br>} in it is a space. */
    private record Cell(List<Inline> content) {
        String text() {
            return Inline.text(content);
        }
    }

    private record Row(int line, List<Cell> cells, boolean header) {
    }

    List<DraftBlock> blocks(TableBlock table) {
        List<Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            boolean header = part instanceof TableHead;
            if (header || part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tableRow) {
                        rows.add(row(tableRow, header));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        if (isPairs(rows)) {
            List<DraftBlock> pairs = new ArrayList<>();
            for (Row row : rows) {
                List<String> cells = row.cells().stream().map(Cell::text).toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    List<List<Inline>> rich = row.cells().stream().map(Cell::content).toList();
                    pairs.add(new DraftBlock(row.line(), cells, DraftBlock.Kind.ROW, 0,
                            new DraftBlock.Rich(rich, Para.Form.PARAGRAPH), null));
                }
            }
            return pairs;
        }
        List<Table.Row> kept = new ArrayList<>();
        for (Row row : rows) {
            SourceLine at = new SourceLine(source, row.line());
            kept.add(new Table.Row(row.cells().stream().map(cell -> new Para(Para.Form.PARAGRAPH, cell.content(), at)).toList()));
        }
        int headerRows = (int) rows.stream().filter(Row::header).count();
        return List.of(DraftBlock.table(inlines.lineOf(table), new Table(kept, headerRows)));
    }

    private Row row(TableRow row, boolean header) {
        List<Cell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            List<Inline> content = InlineLines.strip(InlineLines.joined(inlines.of(cell).lines(), false));
            cells.add(new Cell(content));
        }
        return new Row(inlines.lineOf(row), cells, header);
    }

    /** Two columns, each of one language throughout the body rows (the header row alone when there are none). */
    private static boolean isPairs(List<Row> rows) {
        if (rows.get(0).cells().size() != 2) {
            return false;
        }
        List<Row> judged = rows.stream().filter(row -> !row.header()).toList();
        judged = judged.isEmpty() ? rows : judged;
        return PairColumns.isPairs(judged.stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList());
    }
}
