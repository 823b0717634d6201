package press.duet.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether words are written in pinyin: a romanised name ("Jia Baoquan") or a line of reading aid printed
 * under a Chinese line ("rén zhī chū , xìnɡ běn shàn 。"). Tone marks and the script g (ɡ) some texts
 * use are read as the plain letters.
 *
 * <pre>{@code
 * Pinyin.isWord("baoquan");                       // true
 * Pinyin.isReadingLine("rén zhī chū , xìnɡ běn shàn 。"); // true
 * }</pre>
 */
public final class Pinyin {
    /** One to three syllables without tone marks. */
    private static final Pattern WORD = Pattern.compile(
            "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un"
                    + "|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)){1,3}");
    private static final Pattern TONE_MARKS = Pattern.compile("[\\u0300\\u0301\\u030C\\u0304\\u0308]");
    /** The four tone marks alone (not the diaeresis of ü, which is a letter's, not a tone's). */
    private static final Pattern TONES = Pattern.compile("[\\u0300\\u0301\\u030C\\u0304]");
    /** A reading line's words stand between spaces and the punctuation of the line it reads. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，。.!！?？;；:：、'’\\-—]+");
    /** Three syllables make a line of reading; a name is one or two words. */
    private static final int MIN_READING_WORDS = 3;

    private Pinyin() {
    }

    /** A word of one to three pinyin syllables, tone marks or not: "baoquan", "xìnɡ". */
    public static boolean isWord(String word) {
        return WORD.matcher(plain(word)).matches();
    }

    /** A word of pinyin that carries a tone mark: "tǒng", "lǜ", not "tong" or "lü". */
    public static boolean isTonedWord(String word) {
        return TONES.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).find() && isWord(word);
    }

    /**
     * A line of nothing but pinyin with tone marks: the reading of the Chinese line beside it, not a
     * paragraph of its own. Without tone marks a line of short English words could read as pinyin.
     */
    public static boolean isReadingLine(String line) {
        if (!mayHoldToneMark(line)) {
            return false; // English prose and Chinese text: no character that could carry a tone mark
        }
        String text = line.strip();
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        if (!TONE_MARKS.matcher(decomposed).find()) {
            return false;
        }
        int words = 0;
        for (String word : SEPARATORS.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            if (!isWord(word)) {
                return false;
            }
            words++;
        }
        return words >= MIN_READING_WORDS;
    }

    /**
     * Whether any character of the text is a tone mark or decomposes into one: all such characters
     * lie in U+00C0–U+1FFF (Latin letters with marks, Greek and Cyrillic ones, the combining marks
     * themselves; PinyinTest checks every code point), so a text with none there needs no normalising.
     */
    static boolean mayHoldToneMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C0' && c <= '\u1FFF') {
                return true;
            }
        }
        return false;
    }

    private static String plain(String word) {
        String decomposed = Normalizer.normalize(word.replace('ɡ', 'g'), Normalizer.Form.NFD);
        return TONE_MARKS.matcher(decomposed).replaceAll("").replace("ü", "v").toLowerCase(Locale.ROOT);
    }
}
