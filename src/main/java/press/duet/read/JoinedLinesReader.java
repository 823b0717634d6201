package press.duet.read;

import java.io.Reader;
import java.util.List;

/**
 * The characters of lines joined with line feeds, read without joining them: a Markdown parser reads a
 * large book through it instead of through one string of the whole text (for a book with Chinese in
 * it, two bytes a character: 28 MB for the large benchmark book, which lived through the whole parse).
 *
 * <pre>{@code
 * Node document = parser.parseReader(new JoinedLinesReader(decoded.lines()));
 * }</pre>
 */
final class JoinedLinesReader extends Reader {
    private final List<String> lines;
    private int line;
    /** The offset in the current line; its length stands for the line feed after it. */
    private int offset;

    JoinedLinesReader(List<String> lines) {
        this.lines = lines;
    }

    @Override
    public int read(char[] buffer, int start, int length) {
        if (line >= lines.size()) {
            return -1;
        }
        int written = 0;
        while (written < length && line < lines.size()) {
            String current = lines.get(line);
            if (offset < current.length()) {
                int n = Math.min(length - written, current.length() - offset);
                current.getChars(offset, offset + n, buffer, start + written);
                offset += n;
                written += n;
            } else {
                if (line < lines.size() - 1) {
                    buffer[start + written++] = '\n';
                }
                line++;
                offset = 0;
            }
        }
        return written == 0 && line >= lines.size() ? -1 : written;
    }

    @Override
    public void close() {
    }
}
