package press.duet.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import press.duet.io.Background;

/**
 * CC-CEDICT (CC BY-SA 4.0, see CC-CEDICT-LICENSE.txt beside the data) as the aligner asks it: which
 * English words translate the dictionary words of a Chinese text, and which words of an English text
 * the dictionary knows at all. Headwords of one to four characters are found in both their
 * Simplified and their Traditional form; the English words are {@link EnglishWords normalised}, and
 * names also carry their pinyin and Wade–Giles spellings ({@link Romanisation}). The data is built by
 * {@code tools/BuildLexicon.java} into one compact file and loaded once per run.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.bundled();
 * int[] zh = lexicon.translations("子貢問曰");
 * int[] en = lexicon.englishWords("Tsze-kung asked, saying");
 * }</pre>
 */
public final class Lexicon {
    private static final String RESOURCE = "/press/duet/lexicon/cedict.bin";

    /** The English words in UTF-8, one after another, word i from wordOffsets[i]; a table of number + 1 by hash. */
    private final int wordCount;
    private final byte[] blob;
    private final int[] wordOffsets;
    private final int[] wordTable;
    /** Open addressing: the packed headword in each slot (0 for an empty one) and its entry. */
    private final long[] slotKeys;
    private final int[] slotEntries;
    /** The English words of entry e are ids[entryStarts[e]] … ids[entryStarts[e + 1] - 1]. */
    private final int[] entryStarts;
    private final int[] ids;
    /** For each character, the length of the longest headword it starts (0: none). */
    private final byte[] longest = new byte[1 << 16];
    /**
     * One bit per {@link #filterBit} of every headword, set when the lexicon is loaded: most probes of
     * the longest match are for no headword, and a clear bit tells so without a walk through the
     * table (at its load, a miss passes some six slots); about one probe in twelve for no headword
     * finds its bit set by another and walks the table as before.
     */
    private final long[] filter = new long[1 << (FILTER_BITS - 6)];
    private static final int FILTER_BITS = 21;

    private Lexicon(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        byte[] magic = new byte[MAGIC.length()];
        in.get(magic);
        if (!new String(magic, StandardCharsets.US_ASCII).equals(MAGIC)) {
            throw new IllegalStateException("the bundled lexicon is not in the expected format");
        }
        wordCount = in.getInt();
        blob = new byte[in.getInt()];
        in.get(blob);
        wordOffsets = ints(in, wordCount + 1);
        wordTable = ints(in, in.getInt());
        int entries = in.getInt();
        int capacity = in.getInt();
        slotKeys = new long[capacity];
        in.asLongBuffer().get(slotKeys);
        in.position(in.position() + 8 * capacity);
        slotEntries = ints(in, capacity);
        entryStarts = ints(in, entries + 1);
        ids = ints(in, in.getInt());
        in.get(longest);
        for (long key : slotKeys) {
            if (key != 0) {
                int bit = filterBit(key);
                filter[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** The headword's bit in {@link #filter}: the top bits of a multiplicative hash, apart from the bits that choose its slot. */
    private static int filterBit(long key) {
        return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> (64 - FILTER_BITS));
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] values = new int[count];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * count);
        return values;
    }

    /** The first bytes of the data file, naming its format. */
    public static final String MAGIC = "DUETLEX2";

    /** The size of an open addressing table for {@code count} keys: a power of two, at most 70 % full. */
    public static int capacityFor(int count) {
        int capacity = Integer.highestOneBit(Math.max(1, count)) * 2;
        return count * 10 > capacity * 7 ? capacity * 2 : capacity;
    }

    /** The first slot to try for a key of this hash in a table of this capacity (a power of two). */
    public static int slotOf(int hash, int capacity) {
        int h = hash * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (capacity - 1);
    }

    private static final class Bundled {
        static final Lexicon LEXICON = load();
    }

    /** Reads the bundled data afresh (for benchmarks; everything else asks {@link #bundled()}). */
    public static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled lexicon " + RESOURCE + " is missing");
            }
            return new Lexicon(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts loading the bundled lexicon on a second thread, so that it is ready by the time the
     * aligner first asks for it; asking before it is ready waits for it.
     */
    public static void preload() {
        Background.run("lexicon", Lexicon::bundled);
    }

    /** The lexicon bundled with Duet, loaded on first use. */
    public static Lexicon bundled() {
        return Bundled.LEXICON;
    }

    /** How many English words the lexicon knows. */
    public int size() {
        return wordCount;
    }

    /** The English word with this number. */
    public String word(int id) {
        return new String(blob, wordOffsets[id], wordOffsets[id + 1] - wordOffsets[id], StandardCharsets.UTF_8);
    }

    /** The number of an English word (normalised), or -1 when the lexicon does not know it. */
    public int wordNumber(String word) {
        return wordNumber(word.toCharArray(), word.length());
    }

    /**
     * Whether word {@code id}, held in UTF-8, is {@code letters[0 … length - 1]}: compared byte by
     * byte against the letters' own UTF-8, so that no word is decoded to be compared.
     */
    private boolean isWord(int id, char[] letters, int length) {
        int at = wordOffsets[id];
        int end = wordOffsets[id + 1];
        if (end - at < length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = letters[k];
            if (c < 0x80) {
                if (at >= end || blob[at++] != c) {
                    return false;
                }
            } else if (c < 0x800) {
                if (at + 2 > end || blob[at] != (byte) (0xC0 | c >> 6) || blob[at + 1] != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
                at += 2;
            } else {
                if (at + 3 > end || blob[at] != (byte) (0xE0 | c >> 12) || blob[at + 1] != (byte) (0x80 | c >> 6 & 0x3F)
                        || blob[at + 2] != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
                at += 3;
            }
        }
        return at == end;
    }

    private int entry(long key) {
        int bit = filterBit(key);
        if ((filter[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        int slot = slotOf(Long.hashCode(key * 0x9E3779B97F4A7C15L), slotKeys.length);
        while (slotKeys[slot] != 0) {
            if (slotKeys[slot] == key) {
                return slotEntries[slot];
            }
            slot = (slot + 1) & (slotKeys.length - 1);
        }
        return -1;
    }

    /**
     * The dictionary words of a Chinese text, as entry numbers in reading order: the text is cut into
     * dictionary words by longest match from the left; characters no headword starts are skipped.
     */
    public int[] entries(String chinese) {
        int[] found = new int[Math.max(4, chinese.length() / 2)];
        int count = 0;
        int n = chinese.length();
        int i = 0;
        while (i < n) {
            char c = chinese.charAt(i);
            int most = Math.min(longest[c], n - i);
            int matched = 0;
            // The longest candidate's key, packed once; each shorter one is the same without its last character.
            long key = 0;
            for (int k = 0; k < most; k++) {
                key = (key << 16) | chinese.charAt(i + k);
            }
            for (int length = most; length >= 1 && matched == 0; length--, key >>>= 16) {
                int e = entry(key);
                if (e >= 0) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = e;
                    matched = length;
                }
            }
            i += Math.max(1, matched);
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * Marks in {@code marks} (one slot per English word) with {@code mark} every English word that
     * translates one of these entries: after it, an English word w translates the text when
     * {@code marks[w] == mark}. A word's mark before, when it was another, is kept in {@code before}.
     */
    public void mark(int[] entries, int[] marks, int[] before, int mark) {
        for (int e : entries) {
            for (int k = entryStarts[e]; k < entryStarts[e + 1]; k++) {
                int word = ids[k];
                if (marks[word] != mark) {
                    before[word] = marks[word];
                    marks[word] = mark;
                }
            }
        }
    }

    /**
     * The English words that translate the dictionary words of a Chinese text, as distinct word numbers
     * in ascending order.
     */
    public int[] translations(String chinese) {
        int[] entries = entries(chinese);
        int count = 0;
        for (int e : entries) {
            count += entryStarts[e + 1] - entryStarts[e];
        }
        int[] found = new int[count];
        int at = 0;
        for (int e : entries) {
            System.arraycopy(ids, entryStarts[e], found, at, entryStarts[e + 1] - entryStarts[e]);
            at += entryStarts[e + 1] - entryStarts[e];
        }
        return distinctSorted(found, count);
    }

    /** The words of an English text the lexicon knows, as distinct word numbers in ascending order. */
    public int[] englishWords(String english) {
        int[][] found = {new int[16]};
        int[] count = {0};
        EnglishWords.forEach(english, (letters, length) -> {
            int id = wordNumber(letters, length);
            if (id >= 0) {
                if (count[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], count[0] * 2);
                }
                found[0][count[0]++] = id;
            }
        });
        return distinctSorted(found[0], count[0]);
    }

    /** {@link #wordNumber(String)} for letters that are not a string yet. */
    private int wordNumber(char[] letters, int length) {
        int h = 0;
        for (int k = 0; k < length; k++) {
            h = 31 * h + letters[k];
        }
        int capacity = wordTable.length;
        for (int slot = slotOf(h, capacity); wordTable[slot] != 0; slot = (slot + 1) & (capacity - 1)) {
            int id = wordTable[slot] - 1;
            if (isWord(id, letters, length)) {
                return id;
            }
        }
        return -1;
    }

    /** Below this many values an insertion sort is quicker than the library's sort, whose large code the JIT would compile too. */
    private static final int FEW_VALUES = 48;

    /**
     * The first {@code count} values, each once, in ascending order (the array's front is reordered).
     * Beyond {@link #FEW_VALUES} a Shell sort orders them: a short loop the JIT compiles at once, where
     * the library's sort is large code that it compiled, on the stack, several times in each build.
     */
    static int[] distinctSorted(int[] values, int count) {
        if (count <= FEW_VALUES) {
            return Arrays.copyOf(values, insertDistinct(values, count));
        }
        shellSort(values, count);
        int out = 0;
        for (int k = 0; k < count; k++) {
            if (out == 0 || values[out - 1] != values[k]) {
                values[out++] = values[k];
            }
        }
        return Arrays.copyOf(values, out);
    }

    /** Ciura's gaps, largest first, ending in 1 (a plain insertion sort). */
    private static final int[] GAPS = {701, 301, 132, 57, 23, 10, 4, 1};

    /** Sorts the first {@code count} values in place, in ascending order. */
    private static void shellSort(int[] values, int count) {
        for (int gap : GAPS) {
            for (int k = gap; k < count; k++) {
                int value = values[k];
                int at = k;
                while (at >= gap && values[at - gap] > value) {
                    values[at] = values[at - gap];
                    at -= gap;
                }
                values[at] = value;
            }
        }
    }

    /** Sorts the first {@code count} values in place, each kept once; how many are left. */
    private static int insertDistinct(int[] values, int count) {
        int out = 0;
        for (int k = 0; k < count; k++) {
            int value = values[k];
            int at = out;
            while (at > 0 && values[at - 1] > value) {
                at--;
            }
            if (at > 0 && values[at - 1] == value) {
                continue;
            }
            System.arraycopy(values, at, values, at + 1, out - at);
            values[at] = value;
            out++;
        }
        return out;
    }
}
