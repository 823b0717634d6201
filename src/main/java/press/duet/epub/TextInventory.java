package press.duet.epub;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import press.duet.font.FontRole;
import press.duet.model.Lang;
import press.duet.text.CjkPunctuation;
import press.duet.text.PunctuationStyle;

/**
 * The characters an EPUB's pages show, sorted by the face that will draw each one, so every face can
 * be cut down to exactly those characters. It follows the style sheets' font stacks: Chinese text
 * takes the Chinese face, falling back to the Latin one; other text the Latin face, falling back to the
 * Chinese one. A character neither face has is remembered with the places it occurs.
 *
 * <pre>{@code
 * TextInventory inventory = new TextInventory((role, cp) -> TrueTypeFace.bundled(role).covers(cp));
 * inventory.add("春天", true, false, "chapter 1");
 * }</pre>
 */
final class TextInventory {
    /** A missing character is reported with this many of its places at most. */
    private static final int PLACES_KEPT = 3;

    /**
     * The face a run of text asks for. Every character also goes to the regular face of its chain, as
     * today's headings do: a heading's subtitle span is regular, and a character the styled face lacks
     * is drawn by the regular one rather than reported.
     */
    enum Face {
        REGULAR,
        /** Strong text and headings: the bold face of the language, then of the other language. */
        BOLD,
        /** English emphasis: Literata Italic (Chinese emphasis is set upright, with dots). */
        ITALIC
    }

    private final BiPredicate<FontRole, Integer> covers;
    private final Map<FontRole, SortedSet<Integer>> used = new EnumMap<>(FontRole.class);
    private final Map<Integer, List<String>> missing = new TreeMap<>();
    private final Map<Integer, Integer> missingCounts = new TreeMap<>();
    /**
     * Characters already given their faces, per language and face asked for: a book repeats a few
     * thousand characters millions of times, and only characters no face has need counting at every
     * occurrence.
     */
    private final BitSet[] settled = new BitSet[Face.values().length * 3];

    /** Whether the book's Chinese is Traditional, for Chinese text whose variety is not told. */
    private final boolean traditionalBook;
    /** The convention for stops and commas, or null for each variety's own. */
    private final PunctuationStyle punctuation;

    TextInventory(BiPredicate<FontRole, Integer> covers) {
        this(covers, Lang.ZH_HANS, null);
    }

    /**
     * @param variety     the book's Chinese variety
     * @param punctuation the convention for stops and commas, or null for each variety's own
     */
    TextInventory(BiPredicate<FontRole, Integer> covers, Lang variety, PunctuationStyle punctuation) {
        this.covers = covers;
        this.traditionalBook = variety == Lang.ZH_HANT;
        this.punctuation = punctuation;
    }

    /** Notes the characters of a text in a language: Traditional Chinese takes the Traditional faces. */
    void add(String text, Lang lang, boolean heading, String place) {
        add(text, lang.isChinese(), lang == Lang.ZH_HANT, heading ? Face.BOLD : Face.REGULAR, place);
    }

    /**
     * Notes the characters of a text.
     *
     * @param chinese whether the text is in a Chinese-tagged element
     * @param heading whether it is in a heading, which may be set bold or (for a subtitle) regular;
     *                both weights then get its characters
     * @param place   where the text is, in words, for the report of missing characters
     */
    void add(String text, boolean chinese, boolean heading, String place) {
        add(text, chinese, traditionalBook, heading ? Face.BOLD : Face.REGULAR, place);
    }

    /** Notes the characters of a text set in the given face. */
    void add(String text, boolean chinese, Face style, String place) {
        add(text, chinese, traditionalBook, style, place);
    }

    private void add(String text, boolean chinese, boolean traditional, Face style, String place) {
        int slot = style.ordinal() * 3 + (!chinese ? 0 : traditional ? 2 : 1);
        if (settled[slot] == null) {
            settled[slot] = new BitSet();
        }
        BitSet done = settled[slot];
        for (int i = unsettled(text, 0, done); i < text.length(); i = unsettled(text, i, done)) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            settle(cp, chinese, traditional, style, place, done);
        }
    }

    /**
     * Where the first character from {@code from} that is not yet settled is, or the text's length.
     * Nearly every character of a book is settled; this loop, kept apart from settling one, is what
     * the JIT compiles hot and never has to compile again when a rare case (a new face) comes.
     */
    private static int unsettled(String text, int from, BitSet done) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isISOControl(cp) && !done.get(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Gives one character the faces that draw it in the text's language and face. */
    private void settle(int cp, boolean chinese, boolean traditional, Face style, String place, BitSet done) {
        boolean inTraditional = CjkPunctuation.isPlacedByConvention(cp) && punctuation != null
                ? punctuation == PunctuationStyle.CENTRED : traditional;
        FontRole chineseRole = FontRole.CHINESE_REGULAR.chineseCounterpart(inTraditional);
        FontRole regular = face(cp, chinese ? chineseRole : FontRole.LATIN_REGULAR, chineseRole, place);
        if (regular == null) {
            return;
        }
        done.set(cp);
        used.computeIfAbsent(regular, r -> new TreeSet<>()).add(cp);
        for (FontRole role : styledRoles(style, chinese, chineseRole.isTraditional())) {
            if (covers.test(role, cp)) {
                used.computeIfAbsent(role, r -> new TreeSet<>()).add(cp);
                break;
            }
        }
    }

    /** The styled faces that may draw a character, in the order the style sheets' font stacks try them. */
    private static List<FontRole> styledRoles(Face style, boolean chinese, boolean traditional) {
        FontRole chineseBold = FontRole.CHINESE_BOLD.chineseCounterpart(traditional);
        return switch (style) {
            case REGULAR -> List.of();
            case BOLD -> chinese ? List.of(chineseBold, FontRole.LATIN_BOLD) : List.of(FontRole.LATIN_BOLD, chineseBold);
            case ITALIC -> chinese ? List.of() : List.of(FontRole.LATIN_ITALIC);
        };
    }

    private FontRole face(int cp, FontRole preferred, FontRole chineseRole, String place) {
        if (covers.test(preferred, cp)) {
            return preferred;
        }
        FontRole other = preferred.isChinese() ? FontRole.LATIN_REGULAR : chineseRole;
        if (covers.test(other, cp)) {
            return other;
        }
        if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT) {
            List<String> places = missing.computeIfAbsent(cp, c -> new ArrayList<>());
            if (places.size() < PLACES_KEPT && !places.contains(place)) {
                places.add(place);
            }
            missingCounts.merge(cp, 1, Integer::sum);
        }
        return null;
    }

    /** The convention for stops and commas the inventory was made for, or null for each variety's own. */
    PunctuationStyle punctuation() {
        return punctuation;
    }

    /** The faces some text needs, each with its characters, in the order of {@link FontRole}. */
    Map<FontRole, SortedSet<Integer>> used() {
        return used;
    }

    /** The characters no bundled face covers, in order. */
    java.util.Set<Integer> missing() {
        return missing.keySet();
    }

    /** One line per character that no face covers, naming where it occurs. */
    List<String> missingCharacters() {
        return missingCharacters(java.util.Set.of());
    }

    /** One line per character that no face covers, leaving out those an installed face draws. */
    List<String> missingCharacters(java.util.Set<Integer> borrowed) {
        List<String> report = new ArrayList<>();
        missing.forEach((cp, places) -> {
            if (borrowed.contains(cp)) {
                return;
            }
            int count = missingCounts.get(cp);
            report.add(String.format("U+%04X %s has no glyph in the bundled Chinese or Latin font nor in"
                    + " any installed font Duet can embed; the EPUB leaves it to the reader's fonts (%d time%s, first in %s)", cp, new String(Character.toChars(cp)),
                    count, count == 1 ? "" : "s", String.join("; ", places)));
        });
        return report;
    }
}
