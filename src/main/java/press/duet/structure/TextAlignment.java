package press.duet.structure;

/**
 * Where each character of a text went when the structure stage rewrote it: the rewritings it does
 * (white space collapsed or trimmed, a label, bullet or separator dropped, a space or line feed put
 * between two joined lines, a hyphen taken out) keep the text's characters in order and change it in
 * a few places, so the two texts share a start and an end, and in between they are matched character
 * by character, white space and rewritten characters taking the places the others leave.
 *
 * <pre>{@code
 * TextAlignment a = TextAlignment.of("exam-ple", "example");
 * a.start(5); // 4: the "p" moved one place left
 * }</pre>
 */
final class TextAlignment {
    /** For each character of the old text its offset in the new one, or -1 - (where it would be) when it is gone. */
    private final int[] to;
    private final int newLength;

    private TextAlignment(int[] to, int newLength) {
        this.to = to;
        this.newLength = newLength;
    }

    static TextAlignment of(String before, String after) {
        int n = before.length();
        int m = after.length();
        int prefix = 0;
        while (prefix < n && prefix < m && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && before.charAt(n - 1 - suffix) == after.charAt(m - 1 - suffix)) {
            suffix++;
        }
        int[] to = new int[n];
        for (int i = 0; i < prefix; i++) {
            to[i] = i;
        }
        for (int k = 1; k <= suffix; k++) {
            to[n - k] = m - k;
        }
        int i = prefix;
        int j = prefix;
        int oldEnd = n - suffix;
        int newEnd = m - suffix;
        while (i < oldEnd) {
            if (j >= newEnd) {
                to[i++] = -1 - newEnd;
            } else if (before.charAt(i) == after.charAt(j)) {
                to[i++] = j++;
            } else if (isDroppable(before.charAt(i)) || oldEnd - i > newEnd - j && !isDroppable(after.charAt(j))
                    && before.indexOf(after.charAt(j), i) > i && before.indexOf(after.charAt(j), i) < oldEnd) {
                to[i++] = -1 - j; // gone: white space collapsed, a label or hyphen dropped
            } else if (isDroppable(after.charAt(j)) || newEnd - j > oldEnd - i) {
                j++; // put in: a space or line feed between joined lines
            } else {
                to[i++] = j++; // rewritten in place
            }
        }
        return new TextAlignment(to, m);
    }

    private static boolean isDroppable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Where a mark that starts at old offset {@code offset} starts in the new text. */
    int start(int offset) {
        if (offset >= to.length) {
            return newLength;
        }
        int at = to[offset];
        return at >= 0 ? at : -1 - at;
    }

    /** Where a mark that ends at old offset {@code offset} (after its last character) ends in the new text. */
    int end(int offset) {
        if (offset == 0) {
            return to.length == 0 ? 0 : start(0);
        }
        int at = to[offset - 1];
        return at >= 0 ? at + 1 : -1 - at;
    }
}
