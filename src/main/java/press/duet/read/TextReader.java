package press.duet.read;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import press.duet.report.Finding;

/**
 * Reads plain text: paragraphs on lines of their own, blocks separated by blank lines. It records
 * the lines exactly as the file has them; joining hard-wrapped lines is the structure stage's work. A
 * text whose every line (but a short head) holds one tab between two texts is a table of pairs.
 *
 * <pre>{@code
 * Draft draft = Format.TEXT.reader().read(Source.of("book.txt", "标题\n\n正文。\n"), null, notes);
 * }</pre>
 */
final class TextReader {
    private TextReader() {
    }

    static Draft read(Source source, Charset encoding, Consumer<Finding> notes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(source, encoding, notes);
        if (TableReader.looksTabSeparated(decoded.lines())) {
            return TableReader.parseTabbedText(source.name(), decoded);
        }
        return new Draft(source.name(), decoded.encoding(), blocks(decoded.lines()), Format.TEXT.label());
    }

    /** Groups lines into blocks of consecutive non-blank lines, keeping each block's first line number. */
    static List<DraftBlock> blocks(List<String> lines) {
        List<DraftBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int firstLine = 0;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new DraftBlock(firstLine, current));
                    current = new ArrayList<>();
                }
                continue;
            }
            if (current.isEmpty()) {
                firstLine = lineNumber;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new DraftBlock(firstLine, current));
        }
        return blocks;
    }
}
