package press.duet.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import press.duet.model.Inline;
import press.duet.model.Para;
import press.duet.model.SourceLine;
import press.duet.model.Table;
import press.duet.read.DraftBlock;
import press.duet.read.InlineLines;
import press.duet.read.PairColumns;

/**
 * A page's {@code <table>}: two columns, one language each, are pairs (one row block per row, as a
 * table file gives them, header row first); any other table of text is a table of the model, placed
 * between the pairs. A table used for the page's layout (one column, or a table inside it) is no
 * table: its cells are read as the blocks they hold.
 */
final class HtmlTables {
    private record Row(int line, List<List<Inline>> cells, boolean header) {
        List<String> texts() {
            return cells.stream().map(Inline::text).toList();
        }
    }

    private final HtmlFindings findings;
    private final HtmlInlines inlines;

    HtmlTables(HtmlFindings findings, HtmlInlines inlines) {
        this.findings = findings;
        this.inlines = inlines;
    }

    /** Whether the table lays out the page rather than holding a table of text. */
    static boolean isLayout(Element table) {
        if (!table.select("table table").isEmpty() || !table.select("td table, th table").isEmpty()) {
            return true;
        }
        int widest = 0;
        for (Element row : rows(table)) {
            widest = Math.max(widest, cells(row).size());
        }
        return widest < 2;
    }

    /** The table's blocks: pairs or one table block (nothing for a table without text). */
    List<DraftBlock> blocks(Element table) {
        List<Row> rows = new ArrayList<>();
        for (Element row : rows(table)) {
            List<List<Inline>> cells = new ArrayList<>();
            boolean header = row.parent() != null && row.parent().normalName().equals("thead");
            boolean allHeads = true;
            for (Element cell : cells(row)) {
                InlineLines content = inlines.of(cell);
                cells.add(InlineLines.strip(InlineLines.joined(content.lines(), false)));
                allHeads &= cell.normalName().equals("th");
            }
            if (!cells.isEmpty() && cells.stream().anyMatch(c -> !Inline.text(c).isBlank())) {
                rows.add(new Row(HtmlFindings.lineOf(row), cells, header || allHeads));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Row> judged = rows.stream().filter(row -> !row.header()).toList();
        judged = judged.isEmpty() ? rows : judged;
        if (PairColumns.isPairs(judged.stream().map(Row::texts).toList()) && rows.stream().allMatch(r -> r.cells().size() == 2)) {
            List<DraftBlock> pairs = new ArrayList<>();
            for (Row row : rows) {
                pairs.add(new DraftBlock(row.line(), row.texts(), DraftBlock.Kind.ROW, 0,
                        new DraftBlock.Rich(row.cells(), Para.Form.PARAGRAPH), null));
            }
            return pairs;
        }
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<Table.Row> kept = new ArrayList<>();
        int headerRows = 0;
        for (Row row : rows) {
            SourceLine at = new SourceLine(findings.source(), row.line());
            List<Para> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(new Para(Para.Form.PARAGRAPH, i < row.cells().size() ? row.cells().get(i) : List.of(), at));
            }
            kept.add(new Table.Row(cells));
            if (row.header() && headerRows == kept.size() - 1) {
                headerRows++;
            }
        }
        return List.of(DraftBlock.table(HtmlFindings.lineOf(table), new Table(kept, headerRows)));
    }

    /** The table's own rows, in order (not a table's inside it). */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream().filter(e -> e.normalName().equals("tr")).forEach(rows::add);
                default -> { }
            }
        }
        return rows;
    }

    static List<Element> cells(Element row) {
        return row.children().stream().filter(e -> e.normalName().equals("td") || e.normalName().equals("th")).toList();
    }
}
