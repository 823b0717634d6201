package press.duet.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an English word may take a hyphen at a line's end, by Frank Liang's algorithm over the TeX US
 * English patterns ({@value #PATTERNS}, bundled with its licence beside it): every pattern found in
 * the word, with a dot at each end, votes at each gap between letters, and an odd highest vote allows
 * a hyphen. No hyphen leaves fewer than {@link #LEFT_MIN} letters before it or {@link #RIGHT_MIN}
 * after it, as TeX's defaults for English.
 *
 * <pre>{@code
 * int[] points = Hyphenator.english().points("hyphenation");  // {2, 6}: hy-phen-ation
 * }</pre>
 */
public final class Hyphenator {
    /** The patterns' resource: one pattern a line, an exception word after a "-", "#" a comment. */
    public static final String PATTERNS = "hyph-en-us.txt";
    /** The fewest letters before a hyphen. */
    public static final int LEFT_MIN = 2;
    /** The fewest letters after a hyphen. */
    public static final int RIGHT_MIN = 3;
    /** Words remembered with their points; past this many the rest are worked out each time. */
    private static final int CACHE_LIMIT = 200_000;
    private static final int[] NONE = new int[0];

    /** Each pattern's letters, with the votes before, between and after them (one more than letters). */
    private final Map<String, byte[]> patterns;
    private final Map<String, int[]> exceptions;
    private final int longestPattern;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    private Hyphenator(Map<String, byte[]> patterns, Map<String, int[]> exceptions) {
        this.patterns = patterns;
        this.exceptions = exceptions;
        this.longestPattern = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The US English hyphenator, its patterns read on first use and shared by every later call in this JVM. */
    public static Hyphenator english() {
        return English.INSTANCE;
    }

    private static final class English {
        static final Hyphenator INSTANCE = load(PATTERNS);
    }

    /**
     * The letter offsets inside {@code word} where a hyphen may go (a point {@code k} splits it before
     * its {@code k}th letter), in increasing order. Only words of ASCII letters are hyphenated: a word
     * with a digit, an apostrophe or a letter beyond ASCII, or written in capitals (an acronym), has none.
     */
    public int[] points(String word) {
        int n = word.length();
        if (n < LEFT_MIN + RIGHT_MIN || !hyphenatable(word)) {
            return NONE;
        }
        int[] known = cache.get(word);
        if (known != null) {
            return known;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int[] points = exceptions.get(lower);
        if (points == null) {
            points = byPatterns(lower);
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, points);
        }
        return points;
    }

    private int[] byPatterns(String lower) {
        String dotted = "." + lower + ".";
        int length = dotted.length();
        // votes[i] is the vote for the gap before dotted's character i.
        byte[] votes = new byte[length + 1];
        for (int start = 0; start < length; start++) {
            int last = Math.min(length, start + longestPattern);
            for (int end = start + 1; end <= last; end++) {
                byte[] pattern = patterns.get(dotted.substring(start, end));
                if (pattern != null) {
                    for (int k = 0; k < pattern.length; k++) {
                        votes[start + k] = (byte) Math.max(votes[start + k], pattern[k]);
                    }
                }
            }
        }
        int n = lower.length();
        IntList points = new IntList();
        // The gap before the word's letter k is the gap before dotted's character k + 1.
        for (int k = LEFT_MIN; k <= n - RIGHT_MIN; k++) {
            if (votes[k + 1] % 2 == 1) {
                points.add(k);
            }
        }
        return points.size() == 0 ? NONE : points.toArray();
    }

    private static boolean hyphenatable(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            } else if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return capitals <= 1;
    }

    static Hyphenator load(String resource) {
        String text;
        try (InputStream in = Hyphenator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the hyphenation patterns " + resource + " are missing from the build");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the hyphenation patterns " + resource + " cannot be read", e);
        }
        Map<String, byte[]> patterns = new HashMap<>();
        Map<String, int[]> exceptions = new HashMap<>();
        for (String line : text.split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("-")) {
                exception(entry.substring(1), exceptions);
            } else {
                pattern(entry, patterns);
            }
        }
        return new Hyphenator(patterns, exceptions);
    }

    /** A pattern such as {@code a1b2c}: the letters {@code abc} with the votes {@code 0,1,2,0}. */
    private static void pattern(String entry, Map<String, byte[]> patterns) {
        StringBuilder letters = new StringBuilder();
        byte[] votes = new byte[entry.length() + 1];
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c >= '0' && c <= '9') {
                votes[letters.length()] = (byte) (c - '0');
            } else {
                letters.append(c);
            }
        }
        byte[] trimmed = new byte[letters.length() + 1];
        System.arraycopy(votes, 0, trimmed, 0, trimmed.length);
        patterns.put(letters.toString(), trimmed);
    }

    /** An exception such as {@code ta-ble}: the word with its only hyphens. */
    private static void exception(String entry, Map<String, int[]> exceptions) {
        IntList points = new IntList();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < entry.length(); i++) {
            if (entry.charAt(i) == '-') {
                points.add(word.length());
            } else {
                word.append(entry.charAt(i));
            }
        }
        int n = word.length();
        IntList allowed = new IntList();
        for (int i = 0; i < points.size(); i++) {
            int point = points.get(i);
            if (point >= LEFT_MIN && point <= n - RIGHT_MIN) {
                allowed.add(point);
            }
        }
        exceptions.put(word.toString(), allowed.size() == 0 ? NONE : allowed.toArray());
    }
}
