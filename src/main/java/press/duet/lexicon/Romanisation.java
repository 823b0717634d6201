package press.duet.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spellings a Chinese name may have in an English text: its Hanyu Pinyin, and the Wade–Giles
 * romanisation derived from it (with the older forms of the 19th-century translators for the
 * syllables they wrote differently: Legge's "Tsze" and "Sze" for zi and si), all lower case, without
 * tones, apostrophes, hyphens or spaces, so that "Tsze-kung", "Tzu-kung" and "Zigong" all match 子貢.
 *
 * <pre>{@code
 * Romanisation.spellings("Zi3 Gong4");  // [zigong, tzukung, tszekung]
 * }</pre>
 */
public final class Romanisation {
    private Romanisation() {
    }

    /** Whole syllables whose Wade–Giles form does not follow from the initial and the final. */
    private static final Map<String, String> WHOLE = Map.ofEntries(
            Map.entry("zi", "tzu"), Map.entry("ci", "tzu"), Map.entry("si", "ssu"), Map.entry("zhi", "chih"),
            Map.entry("chi", "chih"), Map.entry("shi", "shih"), Map.entry("ri", "jih"), Map.entry("er", "erh"),
            Map.entry("ye", "yeh"), Map.entry("yan", "yen"), Map.entry("you", "yu"), Map.entry("yong", "yung"),
            Map.entry("yue", "yueh"), Map.entry("ge", "ko"), Map.entry("ke", "ko"), Map.entry("he", "ho"),
            Map.entry("e", "o"), Map.entry("ruo", "jo"), Map.entry("guo", "kuo"), Map.entry("kuo", "kuo"),
            Map.entry("huo", "huo"), Map.entry("shuo", "shuo"), Map.entry("zhuo", "cho"), Map.entry("chuo", "cho"),
            Map.entry("yuan", "yuan"), Map.entry("lüe", "lueh"), Map.entry("nüe", "nueh"));
    /** The older spellings of Legge and his contemporaries for a few syllables. */
    private static final Map<String, String> OLDER = Map.of("zi", "tsze", "ci", "tsze", "si", "sze", "zhi", "chi",
            "yuan", "yuen", "shi", "she");
    /** Pinyin initials, longest first, and their Wade–Giles letters (aspiration marks dropped). */
    private static final String[][] INITIALS = {
            {"zh", "ch"}, {"ch", "ch"}, {"sh", "sh"}, {"b", "p"}, {"p", "p"}, {"d", "t"}, {"t", "t"}, {"g", "k"},
            {"k", "k"}, {"z", "ts"}, {"c", "ts"}, {"j", "ch"}, {"q", "ch"}, {"x", "hs"}, {"r", "j"}, {"s", "s"},
            {"h", "h"}, {"f", "f"}, {"m", "m"}, {"n", "n"}, {"l", "l"}, {"w", "w"}, {"y", "y"}};

    /** The Wade–Giles form of one toneless pinyin syllable (lower case). */
    public static String wadeGiles(String syllable) {
        String s = syllable.replace("u:", "ü").replace('v', 'ü');
        String whole = WHOLE.get(s);
        if (whole != null) {
            return whole;
        }
        String initial = "";
        String letters = "";
        for (String[] i : INITIALS) {
            if (s.startsWith(i[0])) {
                initial = i[0];
                letters = i[1];
                break;
            }
        }
        String fin = s.substring(initial.length());
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x") || initial.equals("y");
        if (palatal && fin.startsWith("u")) {
            fin = "ü" + fin.substring(1);
        }
        fin = switch (fin) {
            case "ong" -> "ung";
            case "iong" -> "iung";
            case "ian" -> "ien";
            case "ie" -> "ieh";
            case "üe" -> "üeh";
            case "ui" -> "uei";
            case "uo" -> "o";
            case "e" -> "e";
            default -> fin;
        };
        return (letters + fin).replace("ü", "u");
    }

    /**
     * The spellings of a name given in CC-CEDICT's pinyin (syllables with tone numbers, separated by
     * spaces): pinyin joined, Wade–Giles joined, and the older spelling when a syllable has one.
     */
    public static List<String> spellings(String pinyin) {
        String[] syllables = pinyin.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "").trim().split("\\s+");
        StringBuilder py = new StringBuilder();
        StringBuilder wg = new StringBuilder();
        StringBuilder old = new StringBuilder();
        boolean hasOlder = false;
        for (String s : syllables) {
            if (s.length() < 2 && !s.equals("e") && !s.equals("a") && !s.equals("o")
                    || !s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == ':' || c == 'ü')) {
                return List.of();
            }
            py.append(s.replace("u:", "u").replace("ü", "u"));
            String w = wadeGiles(s);
            wg.append(w);
            String o = OLDER.get(s);
            hasOlder |= o != null;
            old.append(o != null ? o : w);
        }
        List<String> out = new ArrayList<>(List.of(py.toString()));
        if (!out.contains(wg.toString())) {
            out.add(wg.toString());
        }
        if (hasOlder && !out.contains(old.toString())) {
            out.add(old.toString());
        }
        return out;
    }
}
