package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import press.duet.font.FontRole;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.Table;
import press.duet.text.Scripts;

/**
 * Sets a table as a simple grid across the text width: equal columns, each cell's paragraph in its own
 * language's face (read from its text), header rows in bold, a rule round every cell. Each row is a
 * block of its own, so a long table breaks between rows, never inside one; the notes a row's cells
 * refer to are numbered with the chapter's and stand at the foot of the row's page.
 */
final class TableBlocks {
    private static final float CELL_PADDING = 0.35f;
    private static final float RULE = 0.5f;

    private final BookStyle style;
    private final Composer composer;
    private final ChapterNotes notes;
    private final FootnoteSetter footnotes;

    TableBlocks(BookStyle style, Composer composer, ChapterNotes notes, FootnoteSetter footnotes) {
        this.style = style;
        this.composer = composer;
        this.notes = notes;
        this.footnotes = footnotes;
    }

    /** One block per row, top to bottom. */
    List<DrawnBlock> rows(Table table, Lang chinese, String where) {
        Column span = composer.column(composer.spanColumn(0));
        int columns = 1;
        for (Table.Row row : table.rows()) {
            columns = Math.max(columns, row.cells().size());
        }
        float cellWidth = span.width() / columns;
        float padding = style.size * CELL_PADDING;
        List<DrawnBlock> blocks = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            boolean header = r < table.headerRows();
            List<SetText> cells = new ArrayList<>();
            List<Float> leadings = new ArrayList<>();
            List<DrawnBlock.ColumnNote> rowNotes = new ArrayList<>();
            float tallest = 0;
            for (Para cell : table.rows().get(r).cells()) {
                boolean isChinese = cell.text().codePoints().anyMatch(Scripts::isCjk);
                Segment segment = new Segment(isChinese ? chinese : Lang.EN, List.of(cell));
                String place = where + ", table row " + (r + 1);
                int before = notes.count(isChinese);
                SetText text = new TextSetter(style.chooserFor(segment.lang()), style.size, place)
                        .side(segment, header ? FontRole.LATIN_BOLD : FontRole.LATIN_REGULAR, cellWidth - 2 * padding,
                                false, notes.of(isChinese));
                rowNotes.addAll(footnotes.forBlock(style, notes, isChinese, before,
                        footnotes.column(isChinese, span.page()), place));
                float leading = style.leading(segment, style.size);
                cells.add(text);
                leadings.add(leading);
                tallest = Math.max(tallest, text.height(leading));
            }
            float height = tallest + 2 * padding;
            int columnCount = columns;
            blocks.add(new DrawnBlock(height, List.of(new DrawnBlock.OnPage(span.page(), (canvas, top) -> {
                canvas.saveState();
                canvas.setLineWidth(RULE);
                canvas.setColorStroke(style.text());
                for (int c = 0; c < columnCount; c++) {
                    canvas.rectangle(span.left() + c * cellWidth, top - height, cellWidth, height);
                }
                canvas.stroke();
                canvas.restoreState();
                for (int c = 0; c < cells.size(); c++) {
                    cells.get(c).drawAll(canvas, span.left() + c * cellWidth + padding, cellWidth - 2 * padding, false,
                            top - padding, leadings.get(c), style.text());
                }
            })), rowNotes));
        }
        return blocks;
    }
}
