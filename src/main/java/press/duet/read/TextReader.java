package press.duet.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.duet.io.IoErrors;
import press.duet.report.DuetException;

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
     * @param encoding the encoding to use, or null to follow the byte-order mark or else UTF-8
     */
    public Draft read(Path path, Charset encoding) {
        String shown = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DuetException(shown + ": cannot read the file (" + IoErrors.describe(e) + ")", e);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, encoding, shown);
        List<DraftBlock> blocks = blocks(decoded.text());
        if (blocks.isEmpty()) {
            throw new DuetException(shown + ": the file is empty (it has no text to publish)");
        }
        return new Draft(shown, decoded.encoding(), blocks);
    }

    /** Splits text into blocks of consecutive non-blank lines, keeping each block's first line number. */
    static List<DraftBlock> blocks(String text) {
        List<DraftBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int firstLine = 0;
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
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
