package press.duet.read;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text: paragraphs on lines of their own, blocks separated by blank lines. It records
 * the lines exactly as the file has them; joining hard-wrapped lines is the structure stage's work.
 *
 * <pre>{@code
 * Draft draft = new TextReader().read(Path.of("book.txt"), null);
 * }</pre>
 */
public final class TextReader {

    /**
     * Reads one file.
     *
     * @param encoding the encoding to use, or null to detect it
     */
    public Draft read(Path path, Charset encoding) {
        return Readers.read(path, encoding, Format.TEXT);
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
