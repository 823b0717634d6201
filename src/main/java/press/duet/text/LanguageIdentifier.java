package press.duet.text;

import java.util.Optional;
import press.duet.model.Lang;

/**
 * Tells the language of a paragraph from the scripts it is written in: Chinese when Han characters
 * carry the text, English when Latin letters do; Simplified or Traditional by the characters that
 * differ between the two.
 *
 * <pre>{@code
 * LanguageIdentifier.identify("Duet 可以写出 EPUB 电子书");  // Optional[ZH_HANS]
 * }</pre>
 */
public final class LanguageIdentifier {
    /**
     * How many Latin letters weigh as much as one Han character. A Chinese character carries about a
     * word; an English word averages a little under five letters, so three is a cautious middle that
     * keeps "Duet 可以写出 EPUB 电子书" Chinese and "the poem 静夜思 by Li Bai" English.
     */
    private static final int LETTERS_PER_HAN = 3;

    private LanguageIdentifier() {
    }

    /** The language of the text, or empty when it has neither Han characters nor Latin letters. */
    public static Optional<Lang> identify(String text) {
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
            return Optional.empty();
        }
        if (han * LETTERS_PER_HAN >= latin) {
            return Optional.of(ChineseVariety.of(text));
        }
        return Optional.of(Lang.EN);
    }
}
