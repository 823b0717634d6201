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
import press.duet.report.DuetException;

/**
 * Turns an input's bytes into clean lines of text: honours a byte-order mark, decodes strictly (a
 * byte that does not belong to the encoding is an error naming its offset, never mojibake), ends
 * lines at LF, CR LF, CR and the Unicode line separators, and removes zero-width and control
 * characters that only disturb typesetting.
 *
 * <p>UTF-8, nearly every input, is decoded line by line straight from the bytes: the whole text never
 * exists as one string beside its lines, which for a 15 MB Chinese book saves about 30 MB at the
 * reading stage's peak.
 */
public final class TextDecoder {
    /** The decoded lines (the text split at its line ends) and the name of the encoding they were read with. */
    public record Decoded(List<String> lines, String encoding) {
        public Decoded {
            lines = List.copyOf(lines);
        }

        /** The whole text, lines joined with LF, for readers that parse it whole (Markdown, tables). */
        public String text() {
            return String.join("\n", lines);
        }
    }

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; with {@code forced} null, as the byte-order mark says, else as
     * {@link EncodingDetector} finds (UTF-8, GB18030 or Big5), else strictly as UTF-8 so that the
     * error names the first bad byte.
     *
     * @param source how to name the file in an error message
     */
    public static Decoded decode(byte[] bytes, Charset forced, String source) {
        Charset charset = forced;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = forced == null ? StandardCharsets.UTF_8 : forced;
            skip = charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        } else if (forced == null && startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (forced == null && startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
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
        List<String> lines = wellFormedUtf8 ? utf8Lines(bytes, skip)
                : lines(clean(strictDecode(bytes, skip, charset, source)));
        return new Decoded(lines, charset.name());
    }

    /**
     * The clean lines of well-formed UTF-8, each decoded from its own bytes. A CR before the LF is
     * part of the line end; other line ends inside a line (a lone CR, U+2028…) split it as
     * {@link #clean} does, so the lines are those of the cleaned whole text.
     */
    private static List<String> utf8Lines(byte[] bytes, int skip) {
        List<String> lines = new ArrayList<>();
        int start = skip;
        while (true) {
            int end = indexOf(bytes, (byte) '\n', start);
            boolean last = end < 0;
            int stop = last ? bytes.length : end;
            int visibleEnd = !last && stop > start && bytes[stop - 1] == '\r' ? stop - 1 : stop;
            String line = clean(new String(bytes, start, visibleEnd - start, StandardCharsets.UTF_8));
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

    static String clean(String text) {
        int first = firstToClean(text);
        if (first == text.length()) {
            return text; // most texts: LF line ends and nothing invisible
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (isOtherLineEnd(c)) {
                out.append('\n');
            } else if (!isInvisibleJunk(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first character {@link #clean} changes or drops, or the length when there is none. */
    private static int firstToClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPlainPrintable(c)) {
                continue;
            }
            if (c == '\r' || isOtherLineEnd(c) || c != '\n' && c != '\t' && isInvisibleJunk(c)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isOtherLineEnd(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /**
     * Control characters, zero-width spaces, joiners and direction marks, soft hyphens and stray
     * byte-order marks: web pages leave them in copied text, and no Chinese or English text means to
     * set them. Full-width punctuation and the ideographic space are kept as they are.
     */
    private static boolean isInvisibleJunk(char c) {
        if (isPlainPrintable(c)) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF' || c == '\u2060' || c == '\u00AD'
                || c == '\u180E' || c == '\u2061' || c == '\u2062' || c == '\u2063' || c == '\u2064'
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /**
     * Printable ASCII, the CJK blocks and the full-width forms: the bulk of every text, which
     * {@link #clean} keeps as it is, told without a table lookup. Package-private for the test that
     * checks that none of them is invisible.
     */
    static boolean isPlainPrintable(char c) {
        return c >= ' ' && c < '\u007F' || c >= '\u3000' && c < '\uFFF0' && c != '\uFEFF';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
