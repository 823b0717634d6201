package press.duet.read;

/**
 * Cleans decoded text for typesetting: ends lines at LF (a CR LF, a lone CR and the Unicode line
 * separators become LF) and removes what no Chinese or English text means to set: zero-width
 * characters, joiners, direction marks, soft hyphens, stray byte-order marks, control characters
 * (NUL among them) and whole terminal escape sequences (an ANSI colour code {@code ESC[31m} goes
 * entirely, not only its ESC). Tabs are kept for the table reader.
 *
 * <p>Controls and escape sequences are counted, with the line of the first, so that the build can say
 * what it removed; zero-width characters and soft hyphens, which copied web text is full of and which
 * never show, are removed without a count.
 *
 * <pre>{@code
 * TextCleaner cleaner = new TextCleaner();
 * cleaner.clean("\u001b[31mred\u001b[0m", 1);  // "red"; cleaner.removed() == 2
 * }</pre>
 */
final class TextCleaner {
    private static final char ESC = '\u001b';

    private int removed;
    private int firstLine;

    /** How many control characters and escape sequences were removed. */
    int removed() {
        return removed;
    }

    /** The line of the first removed control character or escape sequence, 0 when there was none. */
    int firstLine() {
        return firstLine;
    }

    /** The cleaned text; {@code line} is the line the text starts on, for the count's first place. */
    String clean(String text, int line) {
        int first = firstToClean(text);
        if (first == text.length()) {
            return text; // most texts: LF line ends and nothing invisible
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int currentLine = line + count(text, first, '\n'); // no CR before the first character to clean
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                currentLine++;
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || isOtherLineEnd(c)) {
                out.append('\n');
                currentLine++;
            } else if (c == '\t') {
                out.append(c);
            } else if (c == ESC) {
                note(currentLine);
                i = escapeSequenceEnd(text, i);
            } else if (Character.getType(c) == Character.CONTROL) {
                note(currentLine);
            } else if (!isInvisibleJunk(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void note(int line) {
        if (removed++ == 0) {
            firstLine = line;
        }
    }

    private static int count(String text, int end, char wanted) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == wanted) {
                n++;
            }
        }
        return n;
    }

    /**
     * The index of the last character of the escape sequence that starts at {@code start}: a CSI
     * sequence ({@code ESC [} parameters, intermediates, one final byte), an OSC string ({@code ESC ]}
     * up to BEL or {@code ESC \}), or ESC and one character. A sequence never runs past its line.
     */
    private static int escapeSequenceEnd(String text, int start) {
        int i = start + 1;
        if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return start;
        }
        char kind = text.charAt(i);
        if (kind == '[') {
            for (int j = i + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c >= 0x40 && c <= 0x7E) {
                    return j;
                }
                if (c < 0x20 || c > 0x3F) {
                    return j - 1; // not a well-formed sequence: drop what was read of it
                }
            }
            return text.length() - 1;
        }
        if (kind == ']') {
            for (int j = i + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '\u0007') {
                    return j;
                }
                if (c == ESC && j + 1 < text.length() && text.charAt(j + 1) == '\\') {
                    return j + 1;
                }
                if (c == '\n' || c == '\r') {
                    return j - 1;
                }
            }
            return text.length() - 1;
        }
        return kind >= 0x20 && kind <= 0x7E ? i : start;
    }

    /** The index of the first character {@link #clean} changes or drops, or the length when there is none. */
    private static int firstToClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // isPlainPrintable written out: this loop reads every character of a text, mostly before
            // the JIT has compiled it, where a call per character costs.
            if (c >= ' ' && c < '\u007F' || c >= '\u3000' && c < '\uFFF0' && c != '\uFEFF') {
                continue;
            }
            if (c == '\r' || isOtherLineEnd(c) || c != '\n' && c != '\t'
                    && (isInvisibleJunk(c) || Character.getType(c) == Character.CONTROL)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isOtherLineEnd(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /**
     * Zero-width spaces, joiners and direction marks, soft hyphens and stray byte-order marks: web
     * pages leave them in copied text. Full-width punctuation and the ideographic space are kept.
     */
    private static boolean isInvisibleJunk(char c) {
        if (isPlainPrintable(c)) {
            return false;
        }
        return (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF' || c == '\u2060' || c == '\u00AD'
                || c == '\u180E' || c == '\u2061' || c == '\u2062' || c == '\u2063' || c == '\u2064'
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /**
     * Printable ASCII, the CJK blocks and the full-width forms: the bulk of every text, which
     * {@link #clean} keeps as it is, told without a table lookup.
     */
    static boolean isPlainPrintable(char c) {
        return c >= ' ' && c < '\u007F' || c >= '\u3000' && c < '\uFFF0' && c != '\uFEFF';
    }
}
