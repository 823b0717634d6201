package press.duet.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Turns an input's bytes into clean lines of text: honours a byte-order mark, decodes strictly (a
 * byte that does not belong to the encoding is an error naming its offset, never mojibake), ends
 * lines at LF, CR LF, CR and the Unicode line separators, and removes zero-width and control
 * characters that only disturb typesetting ({@link TextCleaner}), counting the controls it removed.
 *
 * <p>UTF-8, nearly every input, is decoded line by line straight from the bytes: the whole text never
 * exists as one string beside its lines, which for a 15 MB Chinese book saves about 30 MB at the
 * reading stage's peak.
 */
public final class TextDecoder {
    /** The decoded lines (the text split at its line ends) and the name of the encoding they were read with. */
    public record Decoded(List<String> lines, String encoding, int controlsRemoved, int firstControlLine) {
        public Decoded {
            lines = List.copyOf(lines);
        }

        public Decoded(List<String> lines, String encoding) {
            this(lines, encoding, 0, 0);
        }

        /** The whole text, lines joined with LF, for readers that parse it whole (Markdown, tables). */
        public String text() {
            return String.join("\n", lines);
        }
    }

    private TextDecoder() {
    }

    /**
     * Decodes a text input as {@link #decode(byte[], Charset, String)} does, telling {@code notes} of
     * the control characters it removed: what every text reader starts with.
     */
    public static Decoded decode(Source source, Charset forced, Consumer<Finding> notes) {
        Decoded decoded = decode(source.bytes(), forced, source.name());
        if (decoded.controlsRemoved() > 0) {
            int n = decoded.controlsRemoved();
            notes.accept(new Finding(new Place(source.name(), decoded.firstControlLine()),
                    "removed " + n + (n == 1 ? " control character or terminal escape sequence"
                    : " control characters and terminal escape sequences") + " (NUL, ESC[…m and the like), the first here"));
        }
        return decoded;
    }

    /** Whether the bytes begin with a Unicode byte-order mark, which says their encoding. */
    public static boolean hasByteOrderMark(byte[] bytes) {
        return ByteOrderMark.of(bytes).isPresent();
    }

    /**
     * Decodes {@code bytes}: as the byte-order mark says (UTF-8, UTF-16 or UTF-32) unless another
     * encoding is {@code forced}; else as forced; else as {@link EncodingDetector} finds; else strictly
     * as UTF-8 so that the error names the first bad byte.
     *
     * @param source how to name the file in an error message
     */
    public static Decoded decode(byte[] bytes, Charset forced, String source) {
        Charset charset = forced;
        int skip = 0;
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        if (mark.isPresent() && (forced == null || forced.equals(mark.get().charset()))) {
            charset = mark.get().charset();
            skip = mark.get().length();
        }
        boolean wellFormedUtf8;
        if (charset == null) {
            Optional<Charset> detected = EncodingDetector.detect(bytes);
            charset = detected.orElse(StandardCharsets.UTF_8);
            // The detector names UTF-8 only for bytes it found well-formed: no need to check them again.
            wellFormedUtf8 = detected.isPresent() && charset.equals(StandardCharsets.UTF_8);
        } else {
            wellFormedUtf8 = charset.equals(StandardCharsets.UTF_8) && Utf8.isValid(bytes, skip);
        }
        TextCleaner cleaner = new TextCleaner();
        List<String> lines = wellFormedUtf8 ? utf8Lines(bytes, skip, cleaner)
                : lines(cleaner.clean(strictDecode(bytes, skip, charset, source), 1));
        return new Decoded(lines, charset.name(), cleaner.removed(), cleaner.firstLine());
    }

    /**
     * The clean lines of well-formed UTF-8, each decoded from its own bytes. A CR before the LF is
     * part of the line end; other line ends inside a line (a lone CR, U+2028…) split it as
     * {@link TextCleaner} does, so the lines are those of the cleaned whole text.
     */
    private static List<String> utf8Lines(byte[] bytes, int skip, TextCleaner cleaner) {
        List<String> lines = new ArrayList<>();
        int start = skip;
        while (true) {
            int end = indexOf(bytes, (byte) '\n', start);
            boolean last = end < 0;
            int stop = last ? bytes.length : end;
            int visibleEnd = !last && stop > start && bytes[stop - 1] == '\r' ? stop - 1 : stop;
            String line = cleaner.clean(new String(bytes, start, visibleEnd - start, StandardCharsets.UTF_8),
                    lines.size() + 1);
            if (line.indexOf('\n') < 0) {
                lines.add(line);
            } else {
                lines.addAll(lines(line));
            }
            if (last) {
                return lines;
            }
            start = end + 1;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The text split at LF, keeping empty lines and an empty last line after a final LF. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start));
                return lines;
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
    }

    private static String strictDecode(byte[] bytes, int skip, Charset charset, String source) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new DuetException(source + ": byte " + offset + " (line " + lineAt(bytes, skip, offset)
                    + ") is not valid " + charset.name() + "; give the file's encoding with --encoding"
                    + " (for example --encoding GB18030) or save it as UTF-8");
        }
        if (!result.isUnderflow()) {
            throw new IllegalStateException("decoder stopped with " + result);
        }
        out.flip();
        return out.toString();
    }

    /** Counts LF bytes before the offset: exact for UTF-8 and the legacy CJK encodings. */
    private static int lineAt(byte[] bytes, int from, int offset) {
        int line = 1;
        for (int i = from; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
