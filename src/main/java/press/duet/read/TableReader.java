package press.duet.read;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import press.duet.report.DuetException;
import press.duet.report.Finding;

/**
 * Reads two-column tables, one pair per row: tab-separated lines (a .tsv file, or a text file whose
 * every line, but for a few head lines such as its title, holds a tab) or comma-separated values with
 * RFC 4180 quoting. A row with one cell is a text without its translation; more than two cells is an
 * error naming the line.
 *
 * <pre>{@code
 * Draft draft = TableReader.parse("pairs.csv", decoded, ',');
 * }</pre>
 */
final class TableReader {
    /** At most so many lines may open a tab-separated text before its first row. */
    static final int MAX_HEAD_LINES = 4;
    /** A head line is a title, a byline or a date, never a paragraph of prose. */
    private static final int MAX_HEAD_LINE_LENGTH = 120;

    private TableReader() {
    }

    /**
     * True when every non-blank line holds exactly one tab between two texts, but for at most
     * {@value #MAX_HEAD_LINES} short head lines without a tab before the first row (a title, a byline, a
     * date, as a table of pairs copied from a page often opens), and at least two rows. The lines are
     * looked at one by one, so that prose is told from a table at its first line that holds no tab
     * after the head, or holds two.
     */
    static boolean looksTabSeparated(List<String> lines) {
        int head = 0;
        int rows = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (rows == 0 && isHeadLine(line)) {
                if (++head > MAX_HEAD_LINES) {
                    return false;
                }
                continue;
            }
            if (!isRow(line)) {
                return false;
            }
            rows++;
        }
        return rows >= 2;
    }

    /** One tab with text on both sides of it. */
    private static boolean isRow(String line) {
        int tab = line.indexOf('\t');
        return tab > 0 && tab == line.lastIndexOf('\t') && !line.substring(tab + 1).isBlank();
    }

    /** A line before the first row that may name the text: short and without a tab. */
    private static boolean isHeadLine(String line) {
        return line.indexOf('\t') < 0 && line.strip().length() <= MAX_HEAD_LINE_LENGTH;
    }

    /**
     * A text file of tab-separated pairs as {@link #looksTabSeparated} accepts it: the head lines as
     * lines of plain text, one block each (the structure stage reads them as a title, a byline, a
     * date), then one row per line.
     */
    static Draft parseTabbedText(String source, TextDecoder.Decoded decoded) {
        List<DraftBlock> head = new ArrayList<>();
        List<String> lines = decoded.lines();
        int first = 0;
        for (; first < lines.size() && !isRow(lines.get(first)); first++) {
            if (!lines.get(first).isBlank()) {
                head.add(new DraftBlock(first + 1, List.of(lines.get(first).strip())));
            }
        }
        int headEnd = first;
        Draft table = parse(source, decoded, '\t');
        List<DraftBlock> blocks = new ArrayList<>(head);
        table.blocks().stream().filter(row -> row.line() > headEnd).forEach(blocks::add);
        return new Draft(source, table.encoding(), blocks, table.format());
    }

    /** A table file: comma-separated when its name ends in .csv, else tab-separated. */
    static Draft read(Source source, Charset encoding, Consumer<Finding> notes) {
        return parse(source.name(), TextDecoder.decode(source, encoding, notes), source.ending().equals(".csv") ? ',' : '\t');
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
