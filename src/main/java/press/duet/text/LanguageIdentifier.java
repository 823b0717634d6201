package press.duet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import press.duet.model.Lang;

/**
 * Tells the language of a paragraph from the scripts it is written in: Chinese when Han characters
 * carry the text, English when Latin letters do; Simplified or Traditional by the characters that
 * differ between the two. A paragraph where the other script also carries real weight is "mixed",
 * and {@link #runs} finds the stretch of each language inside it.
 *
 * <pre>{@code
 * LanguageIdentifier.identify("Duet 可以写出 EPUB 电子书");  // Optional[ZH_HANS]
 * LanguageIdentifier.profile("the poem 静夜思 by Li Bai").mixed();  // true
 * }</pre>
 */
public final class LanguageIdentifier {
    /**
     * How many Latin letters weigh as much as one Han character. A Chinese character carries about a
     * word; an English word averages a little under five letters, so three is a cautious middle that
     * keeps "Duet 可以写出 EPUB 电子书" Chinese and "the poem 静夜思 by Li Bai" English.
     */
    private static final int LETTERS_PER_HAN = 3;
    /** The minor script must carry this share of the weight for a paragraph to count as mixed. */
    private static final double MIXED_SHARE = 0.15;

    /**
     * What a paragraph is written in.
     *
     * @param lang  the language that carries it, or empty when it has neither Han nor Latin letters
     * @param mixed whether the other language also carries a real share (a Chinese name in English, an
     *              English term in Chinese)
     * @param han   the number of Han characters
     * @param latin the number of Latin letters
     */
    public record Profile(Optional<Lang> lang, boolean mixed, int han, int latin) {
        /** The profile's BCP 47 tag, or "mixed" where two languages share the text, or "none". */
        public String describe() {
            if (lang.isEmpty()) {
                return "none";
            }
            return mixed ? "mixed (" + lang.get().tag() + " with " + (lang.get().isChinese() ? "en" : "zh") + ")"
                    : lang.get().tag();
        }
    }

    private LanguageIdentifier() {
    }

    /** The language of the text, or empty when it has neither Han characters nor Latin letters. */
    public static Optional<Lang> identify(String text) {
        return profile(text).lang();
    }

    /** The language of the text, whether it is mixed, and the counts the decision rests on. */
    public static Profile profile(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Scripts.isHan(cp)) {
                han++;
            } else if (Scripts.isLatinLetter(cp)) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (han == 0 && latin == 0) {
            return new Profile(Optional.empty(), false, 0, 0);
        }
        double hanWeight = han * (double) LETTERS_PER_HAN;
        double share = Math.min(hanWeight, latin) / (hanWeight + latin);
        boolean mixed = share >= MIXED_SHARE;
        Lang lang = hanWeight >= latin ? ChineseVariety.of(text) : Lang.EN;
        return new Profile(Optional.of(lang), mixed, han, latin);
    }

    /**
     * The paragraph cut into runs of one language: Han characters start or continue a Chinese run,
     * Latin letters an English one; everything else joins the run it stands in (or the next one, at
     * the start). The Chinese runs take the variety of the whole paragraph.
     */
    public static List<LanguageRun> runs(String text) {
        Lang chinese = ChineseVariety.of(text);
        List<LanguageRun> runs = new ArrayList<>();
        Lang current = null;
        int start = 0;
        int lastLetterEnd = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            Lang lang = Scripts.isHan(cp) ? chinese : Scripts.isLatinLetter(cp) ? Lang.EN : null;
            if (lang != null) {
                if (current != null && lang != current) {
                    // Neutral characters between runs go with the earlier one up to the first space.
                    int cut = boundary(text, lastLetterEnd, i);
                    runs.add(new LanguageRun(current, start, cut));
                    start = cut;
                }
                current = lang;
                lastLetterEnd = next;
            }
            i = next;
        }
        if (current != null) {
            runs.add(new LanguageRun(current, start, text.length()));
        }
        return runs;
    }

    /** Where to cut between two runs: after the punctuation that closes the first, before spaces. */
    private static int boundary(String text, int from, int to) {
        int cut = from;
        while (cut < to && !Character.isWhitespace(text.charAt(cut)) && !Character.isLetterOrDigit(text.charAt(cut))) {
            cut++;
        }
        while (cut < to && Character.isWhitespace(text.charAt(cut))) {
            cut++;
        }
        return cut;
    }
}
