package press.duet.read;

import java.util.ArrayList;
import java.util.List;
import press.duet.report.DuetException;

/**
 * Reads two-column tables, one pair per row: tab-separated lines (a .tsv file, or a text file whose
 * every line holds a tab) or comma-separated values with RFC 4180 quoting. A row with one cell is a
 * text without its translation; more than two cells is an error naming the line.
 *
 * <pre>{@code
 * Draft draft = TableReader.parse("pairs.csv", decoded, ',');
 * }</pre>
 */
final class TableReader {
    private TableReader() {
    }

    /**
     * True when every non-blank line (and at least two) holds exactly one tab between two texts. The
     * lines are looked at one by one, so that prose is told from a table at its first line.
     */
    static boolean looksTabSeparated(List<String> lines) {
        int rows = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab != line.lastIndexOf('\t') || line.substring(tab + 1).isBlank()) {
                return false;
            }
            rows++;
        }
        return rows >= 2;
    }

    static Draft parse(String source, TextDecoder.Decoded decoded, char separator) {
        List<DraftBlock> rows = new ArrayList<>();
        List<List<String>> records = separator == ',' ? csv(source, decoded.text()) : tsv(decoded.text());
        int line = 0;
        for (List<String> record : records) {
            line++;
            int at = Integer.parseInt(record.get(0));
            List<String> cells = record.subList(1, record.size()).stream().map(String::strip).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (cells.size() > 2) {
                throw new DuetException(source + ":" + at + ": the row has " + cells.size()
                        + " columns; a table of pairs has two (the text and its translation)");
            }
            rows.add(DraftBlock.row(at, cells));
        }
        return new Draft(source, decoded.encoding(), rows, Format.TABLE.label());
    }

    /** Each record as [line number, cells…]. */
    private static List<List<String>> tsv(String text) {
        List<List<String>> records = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<String> record = new ArrayList<>();
            record.add(String.valueOf(i + 1));
            record.addAll(List.of(lines[i].split("\t", -1)));
            records.add(record);
        }
        return records;
    }

    /** RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes. */
    private static List<List<String>> csv(String source, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                record.add(0, String.valueOf(recordLine));
                records.add(record);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new DuetException(source + ":" + recordLine + ": a quoted field is never closed");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            record.add(0, String.valueOf(recordLine));
            records.add(record);
        }
        return records;
    }
}
