package press.duet.realtexts;

import java.text.Normalizer;

/**
 * The whitespace-normalised plain text the evaluation compares: NFC, every run of white space (line
 * breaks, tabs, no-break and ideographic spaces) as one space, none at the ends, and none next to a
 * Chinese character or full-width punctuation mark. A verse kept with its line breaks, or Chinese
 * hard-wrapped lines joined with nothing or with a space, therefore all compare equal to one line.
 *
 * <pre>{@code
 * PlainText.of("春眠不觉晓，\n处处闻啼鸟。")  // "春眠不觉晓，处处闻啼鸟。"
 * }</pre>
 */
final class PlainText {
    private PlainText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder collapsed = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !collapsed.isEmpty() && !isWide(collapsed.charAt(collapsed.length() - 1)) && !isWide(c)) {
                collapsed.append(' ');
            }
            space = false;
            collapsed.append(c);
        }
        return collapsed.toString();
    }

    /** Han characters (with surrogates, for the supplementary planes), CJK punctuation, kana and full-width forms. */
    static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.isSurrogate(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || (c >= '\u2018' && c <= '\u201f') // curly quotes, used as Chinese quotation marks
                || c == '\u2026' || c == '\u2014' || c == '\u00b7';
    }
}
