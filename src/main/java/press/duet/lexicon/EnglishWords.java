package press.duet.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English words as the lexicon compares them: lower case, a plural, past or present participle
 * reduced to a common stem (so "libraries", "library"; "loved", "loving", "love" meet), function
 * words left out. Names written with hyphens or as two capitalised words ("Tsze-kung", "Yen Yuan")
 * also give their letters joined ("tszekung", "yenyuan"), which is how romanised Chinese names are
 * matched. The same normalisation builds the bundled dictionary and reads the texts, so both sides
 * meet.
 *
 * <pre>{@code
 * EnglishWords.words("The libraries were closed.");  // [librari, clos] — "the", "were" are function words
 * }</pre>
 */
public final class EnglishWords {
    private EnglishWords() {
    }

    /** Function words that every text has and no dictionary entry is about. */
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "into", "onto", "upon", "as", "than", "then", "so", "if", "is", "are", "was", "were", "be", "been",
            "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "it", "its", "this", "that",
            "these", "those", "there", "here", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
            "we", "us", "our", "you", "your", "i", "me", "my", "mine", "who", "whom", "whose", "which", "what",
            "not", "no", "all", "any", "some", "such", "can", "could", "will", "would", "shall", "should", "may",
            "might", "must", "also", "very", "too", "just", "about", "over", "under", "up", "down", "out", "off",
            "s", "t", "d", "ll", "re", "ve", "o", "oh", "etc", "sb", "sth", "one", "ones", "oneself", "itself",
            "himself", "herself", "themselves", "e", "g", "esp", "lit", "fig", "cl");

    /** Receives each normalised word: {@code letters[0 … length - 1]}, valid only during the call. */
    public interface Sink {
        void word(char[] letters, int length);
    }

    /** The normalised content words of an English text, in order, with joined names after their parts. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEach(text, (letters, length) -> words.add(new String(letters, 0, length)));
        return words;
    }

    /** The longest word (or joined name) looked at; longer runs of letters are no words. */
    private static final int LONGEST = 40;

    /**
     * Gives each normalised content word of an English text to {@code sink}, in order: what
     * {@link #words} returns, without making a string of each word (a long book has millions).
     */
    public static void forEach(String text, Sink sink) {
        new Reader(text, sink).run();
    }

    /**
     * One text's reading, with the letters of the word at hand and of the capitalised word before it.
     * The loop over the text is kept apart from the reading of one word, so that each is compiled
     * on its own: together they made one large method that the JIT compiler compiled again and again.
     */
    private static final class Reader {
        /** The text's characters: read from an array, the loops do not depend on how the string stores them. */
        private final char[] text;
        private final int n;
        private final Sink sink;
        private final char[] part = new char[LONGEST];
        private final char[] whole = new char[LONGEST];
        private final char[] previous = new char[LONGEST];
        private final char[] pairOfNames = new char[2 * LONGEST];
        private int previousLength = -1;

        Reader(String text, Sink sink) {
            this.text = text.toCharArray();
            this.n = this.text.length;
            this.sink = sink;
        }

        void run() {
            int i = 0;
            while (i < n) {
                i = isLetter(text[i]) ? word(i) : i + 1;
            }
        }

        /** Reads the word that starts at {@code start}; the place after it. */
        private int word(int start) {
            int i = start;
            int wholeLength = 0;
            boolean hyphenated = false;
            // A word, and hyphenated or apostrophe'd parts of one name: Tsze-kung, Ch'iu.
            while (i < n) {
                int partStart = i;
                while (i < n && isLetter(text[i])) {
                    i++;
                }
                int length = Math.min(i - partStart, LONGEST);
                int hash = 0;
                for (int k = 0; k < length; k++) {
                    char c = text[partStart + k];
                    char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                    part[k] = lower;
                    hash = 31 * hash + lower;
                }
                int copy = Math.min(length, LONGEST - wholeLength);
                System.arraycopy(part, 0, whole, wholeLength, copy);
                wholeLength += copy;
                if (length >= 2 && i - partStart <= LONGEST && !isStop(part, length, hash)) {
                    sink.word(part, stem(part, length));
                }
                if (i + 1 < n && (text[i] == '-' || text[i] == '\'' || text[i] == '’')
                        && isLetter(text[i + 1])) {
                    hyphenated = true;
                    i++;
                    continue;
                }
                break;
            }
            char initial = text[start];
            boolean capital = initial < 128 ? initial >= 'A' && initial <= 'Z' : Character.isUpperCase(initial);
            if (hyphenated) {
                sink.word(whole, wholeLength);
            }
            if (capital && previousLength >= 0 && i - start <= 12) {
                System.arraycopy(previous, 0, pairOfNames, 0, previousLength);
                System.arraycopy(whole, 0, pairOfNames, previousLength, wholeLength);
                sink.word(pairOfNames, previousLength + wholeLength);
            }
            previousLength = -1;
            // A name runs on only across spaces: "Yen Yuan", not "Yen. Yuan".
            if (capital && (i >= n || text[i] == ' ')) {
                System.arraycopy(whole, 0, previous, 0, wholeLength);
                previousLength = wholeLength;
            }
            return i;
        }
    }

    /** The function words by the hash of their letters, for looking up letters that are not yet a string. */
    private static final String[] STOP_TABLE = new String[512];

    static {
        for (String w : STOP) {
            int slot = w.hashCode() & (STOP_TABLE.length - 1);
            while (STOP_TABLE[slot] != null) {
                slot = (slot + 1) & (STOP_TABLE.length - 1);
            }
            STOP_TABLE[slot] = w;
        }
    }

    /** Whether the letters, whose {@link String#hashCode} is {@code h}, are a function word. */
    private static boolean isStop(char[] letters, int length, int h) {
        if (length > 10) {
            return false;
        }
        for (int slot = h & (STOP_TABLE.length - 1); STOP_TABLE[slot] != null; slot = (slot + 1) & (STOP_TABLE.length - 1)) {
            String w = STOP_TABLE[slot];
            if (w.length() == length && sameLetters(w, letters)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLetters(String word, char[] letters) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != letters[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word, lower-cased, is a function word. */
    public static boolean isStopWord(String lower) {
        return STOP.contains(lower);
    }

    /**
     * A crude stem: -ies/-ied to -i, -es/-s, -ed, -ing and a final -e dropped, a doubled final
     * consonant undoubled (running, stopped). Crude is enough: both sides are stemmed alike.
     */
    public static String stem(String word) {
        char[] letters = word.toCharArray();
        return new String(letters, 0, stem(letters, letters.length));
    }

    /**
     * {@link #stem(String)} in place: the stem's length; its letters are the first ones of {@code w}.
     * The endings are told apart by the last letter first: most words end in none of them.
     */
    static int stem(char[] w, int length) {
        int n = length;
        char last = n == 0 ? 0 : w[n - 1];
        if (last == 's') {
            if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e') {
                n -= 2; // -ies
            } else if (n > 4 && w[n - 4] == 's' && w[n - 3] == 's' && w[n - 2] == 'e') {
                n -= 2; // -sses
            } else if (n > 3 && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
                n -= 1; // -s, but not -ss, -us, -is
            }
        } else if (last == 'd') {
            if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e') {
                n -= 2; // -ied
            } else if (n > 4 && w[n - 2] == 'e') {
                n = undouble(w, n - 2); // -ed
            }
        } else if (last == 'g') {
            if (n > 5 && w[n - 3] == 'i' && w[n - 2] == 'n') {
                n = undouble(w, n - 3); // -ing
            }
        }
        if (n > 3 && w[n - 1] == 'e') {
            n--;
        }
        if (n > 3 && w[n - 1] == 'y') {
            w[n - 1] = 'i';
        }
        return n;
    }

    /** A doubled final consonant undoubled (runn → run), but for l, s and z (fall, pass, buzz). */
    private static int undouble(char[] w, int n) {
        char c = w[n - 1];
        if (n > 3 && c == w[n - 2] && c != 'l' && c != 's' && c != 'z' && c != 'a' && c != 'e' && c != 'i'
                && c != 'o' && c != 'u') {
            return n - 1;
        }
        return n;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'À' && c <= 'ɏ' && Character.isLetter(c));
    }
}
