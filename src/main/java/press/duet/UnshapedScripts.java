package press.duet;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Finds text in scripts the PDF cannot set right: OpenPDF places glyphs one by one, left to right,
 * so Arabic and Syriac come out as isolated, unjoined letters in the wrong order, Hebrew reversed, and
 * the Indic and South-East Asian scripts without their conjuncts and reordered vowels. Such text is
 * never broken silently: each script found gets one warning with its count and first place. (The
 * EPUB is unaffected: a reading system shapes text itself.)
 *
 * <pre>{@code
 * UnshapedScripts.find(drafts);  // [book.txt:12: the PDF cannot shape Arabic …]
 * }</pre>
 */
final class UnshapedScripts {
    private static final Map<Character.UnicodeScript, String> WHY = new EnumMap<>(Character.UnicodeScript.class);

    static {
        for (Character.UnicodeScript joined : Set.of(Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC,
                Character.UnicodeScript.NKO, Character.UnicodeScript.THAANA, Character.UnicodeScript.MONGOLIAN)) {
            WHY.put(joined, "its letters would stand unjoined");
        }
        WHY.put(Character.UnicodeScript.HEBREW, "it would run left to right");
        for (Character.UnicodeScript shaped : Set.of(Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI,
                Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA,
                Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA,
                Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA, Character.UnicodeScript.TIBETAN,
                Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER, Character.UnicodeScript.LAO,
                Character.UnicodeScript.THAI)) {
            WHY.put(shaped, "its letters would not combine as they must");
        }
    }

    private UnshapedScripts() {
    }

    static List<Finding> find(List<Draft> drafts) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        Map<Character.UnicodeScript, Place> first = new EnumMap<>(Character.UnicodeScript.class);
        for (Draft draft : drafts) {
            for (DraftBlock block : draft.blocks()) {
                for (int i = 0; i < block.lines().size(); i++) {
                    String line = block.lines().get(i);
                    int number = block.line() + i;
                    line.codePoints().filter(cp -> cp >= 0x0590).forEach(cp -> {
                        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                        if (WHY.containsKey(script)) {
                            counts.merge(script, 1, Integer::sum);
                            first.putIfAbsent(script, new Place(draft.source(), number));
                        }
                    });
                }
            }
        }
        return counts.entrySet().stream().map(e -> new Finding(first.get(e.getKey()), String.format(Locale.ROOT,
                "the PDF cannot shape %s (%s): %d character%s, the first here; the EPUB shows %s right",
                name(e.getKey()), WHY.get(e.getKey()), e.getValue(), e.getValue() == 1 ? "" : "s",
                e.getValue() == 1 ? "it" : "them"))).toList();
    }

    private static String name(Character.UnicodeScript script) {
        String lower = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
