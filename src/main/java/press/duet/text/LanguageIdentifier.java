package press.duet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * Web addresses and e-mail addresses: written in Latin letters whatever the language around them.
     * An address ends at white space, at a CJK character or punctuation mark, or at an ASCII mark that
     * closes a sentence or a bracket.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)[^\\s\\u2E80-\\uFFFF\"'<>()\\[\\]]+"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    /**
     * What a paragraph is written in.
     *
     * @param lang        the language that carries it, or empty when it has neither Han nor Latin letters
     * @param mixed       whether the other language also carries a real share (a Chinese name in English,
     *                    an English term in Chinese)
     * @param han         the number of Han characters
     * @param latin       the number of Latin letters outside web and e-mail addresses
     * @param addressLetters the number of Latin letters inside them, which count for the language only
     *                    when the text has nothing else (an address on its own reads as Latin text)
     * @param simplified  the number of characters found only in Simplified Chinese
     * @param traditional the number of characters found only in Traditional Chinese
     * @param visible     the number of characters other than white space outside web and e-mail
     *                    addresses, counted here in the same pass
     * @param addressLength the number of characters of those addresses
     * @param kana        the number of Japanese kana, leaving out the long-vowel mark and the middle dot,
     *                    which Chinese text uses too: they tell Japanese from Chinese, which Duet does not
     *                    pair with English
     * @param hangul      the number of Korean Hangul letters and syllables
     */
    public record Profile(Optional<Lang> lang, boolean mixed, int han, int latin, int addressLetters, int simplified,
                          int traditional, int visible, int addressLength, int kana, int hangul) {
        /** The profile of the empty text. */
        public static final Profile NONE = decide(0, 0, 0, 0, 0, 0, 0, 0, 0);

        /**
         * The length by which a translation is compared with its original: the characters other than
         * white space, leaving out addresses, which both sides may quote whole (an address alone is
         * its own length).
         */
        public int length() {
            return visible > 0 ? visible : addressLength;
        }

        /** The profile's BCP 47 tag, or "mixed" where two languages share the text, or "none". */
        public String describe() {
            if (lang.isEmpty()) {
                return "none";
            }
            return mixed ? "mixed (" + lang.get().tag() + " with " + (lang.get().isChinese() ? "en" : "zh") + ")"
                    : lang.get().tag();
        }

        /**
         * The profile of the two texts joined, with nothing or white space or line breaks between them:
         * every count adds up, so joined paragraphs need not be read again.
         */
        public Profile plus(Profile other) {
            return decide(han + other.han, latin + other.latin, addressLetters + other.addressLetters,
                    simplified + other.simplified, traditional + other.traditional, visible + other.visible,
                    addressLength + other.addressLength, kana + other.kana, hangul + other.hangul);
        }

        /** The Chinese variety the characters point to, as {@link ChineseVariety#of} tells it. */
        public Lang variety() {
            return ChineseVariety.of(simplified, traditional);
        }
    }

    private LanguageIdentifier() {
    }

    /** The language of the text, or empty when it has neither Han characters nor Latin letters. */
    public static Optional<Lang> identify(String text) {
        return profile(text).lang();
    }

    /**
     * The language of the text, whether it is mixed, and the counts the decision rests on, from one
     * pass over the text: every paragraph of a book goes through here.
     */
    public static Profile profile(String text) {
        int han = 0;
        int latin = 0;
        int simplified = 0;
        int traditional = 0;
        int codePoints = 0;
        int spaces = 0;
        int kana = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80 && c != '(') {
                // ASCII, most of an English paragraph, told apart in one step: no Han, kana or Hangul, no
                // Chinese variety (ChineseVariety's table holds no ASCII), one char per code point.
                codePoints++;
                if (Scripts.isLatinLetter(c)) {
                    latin++;
                } else if (Character.isWhitespace(c)) {
                    spaces++;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if ((cp == '(' || cp == '（') && ReadingAnnotations.at(text, i) > 0) {
                // A reading after a character ("統(tǒng)") is neither Latin text nor length of its own.
                i += ReadingAnnotations.at(text, i);
                continue;
            }
            codePoints++;
            // Han characters and letters are never white space: only the rest need the test.
            if (Scripts.isHan(cp)) {
                han++;
            } else if (Scripts.isLatinLetter(cp)) {
                latin++;
            } else if (Character.isWhitespace(cp)) {
                spaces++;
            } else if (cp >= 0x1100) {
                kana += isKana(cp) ? 1 : 0;
                hangul += isHangul(cp) ? 1 : 0;
            }
            int kind = ChineseVariety.kind(cp);
            if (kind == ChineseVariety.SIMPLIFIED_ONLY) {
                simplified++;
            } else if (kind == ChineseVariety.TRADITIONAL_ONLY) {
                traditional++;
            }
            i += Character.charCount(cp);
        }
        Addresses addresses = latin > 0 ? addresses(text) : Addresses.NONE;
        return decide(han, latin - addresses.letters, addresses.letters, simplified, traditional,
                codePoints - spaces - addresses.characters, addresses.characters, kana, hangul);
    }

    /** Hiragana and katakana, without the long-vowel mark (ー) and the middle dot (・) Chinese also writes. */
    private static boolean isKana(int cp) {
        return cp >= 0x3041 && cp <= 0x30FF && cp != 0x30FC && cp != 0x30FB || cp >= 0x31F0 && cp <= 0x31FF
                || cp >= 0xFF66 && cp <= 0xFF9D;
    }

    /** Hangul syllables and letters (jamo, compatibility jamo, half-width forms). */
    private static boolean isHangul(int cp) {
        return cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x1100 && cp <= 0x11FF || cp >= 0x3131 && cp <= 0x318E
                || cp >= 0xFFA0 && cp <= 0xFFDC;
    }

    /** The Latin letters and all the characters of a text's web and e-mail addresses. */
    private record Addresses(int letters, int characters) {
        static final Addresses NONE = new Addresses(0, 0);
    }

    /**
     * The web and e-mail addresses in a text. They say nothing of its language: "地址是
     * https://example.org/getting-started.html" is Chinese, however long the address.
     */
    private static Addresses addresses(String text) {
        if (text.indexOf("://") < 0 && text.indexOf("www.") < 0 && text.indexOf('@') < 0) {
            return Addresses.NONE;
        }
        int letters = 0;
        int characters = 0;
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            characters += text.codePointCount(address.start(), address.end());
            for (int i = address.start(); i < address.end(); i++) {
                if (Scripts.isLatinLetter(text.charAt(i))) {
                    letters++;
                }
            }
        }
        return new Addresses(letters, characters);
    }

    private static Profile decide(int han, int latinOutsideAddresses, int addressLetters, int simplified,
                                  int traditional, int visible, int addressLength, int kana, int hangul) {
        int latin = han == 0 && latinOutsideAddresses == 0 ? addressLetters : latinOutsideAddresses;
        if (han == 0 && latin == 0) {
            return new Profile(Optional.empty(), false, 0, 0, addressLetters, simplified, traditional, visible,
                    addressLength, kana, hangul);
        }
        double hanWeight = han * (double) LETTERS_PER_HAN;
        double share = Math.min(hanWeight, latin) / (hanWeight + latin);
        boolean mixed = share >= MIXED_SHARE;
        Lang lang = hanWeight >= latin ? ChineseVariety.of(simplified, traditional) : Lang.EN;
        return new Profile(Optional.of(lang), mixed, han, latinOutsideAddresses, addressLetters, simplified,
                traditional, visible, addressLength, kana, hangul);
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
            if ((cp == '(' || cp == '（') && current != null && current.isChinese() && ReadingAnnotations.at(text, i) > 0) {
                // A reading after a character ("統(tǒng)") belongs to the Chinese run.
                i += ReadingAnnotations.at(text, i);
                lastLetterEnd = i;
                continue;
            }
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
