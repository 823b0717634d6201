package press.duet.read.epub;

import java.util.List;
import java.util.Locale;
import press.duet.lexicon.EnglishWords;
import press.duet.read.DraftBlock;
import press.duet.report.DuetException;
import press.duet.text.LanguageIdentifier;

/**
 * The refusal of a book in a language Duet does not publish (Duet pairs Chinese with English): a
 * text with kana in a tenth of its CJK characters is Japanese, one with Hangul in a tenth of its
 * letters Korean, whatever the package says; a text in Latin letters with few of English's commonest
 * words is not English when the package declares another language too (French, German …). A book
 * without any declaration is only refused for what its script shows.
 *
 * <pre>{@code
 * ForeignLanguage.check("livre.epub", List.of("fr"), blocks); // throws: the book is in French
 * }</pre>
 */
final class ForeignLanguage {
    /** The share of words that are English function words ({@link EnglishWords#isStopWord}) below which a text is not English. */
    private static final double LEAST_ENGLISH = 0.12;

    private ForeignLanguage() {
    }

    /** @throws DuetException naming the book and its language when Duet cannot publish it */
    static void check(String book, List<String> declared, List<DraftBlock> blocks) {
        LanguageIdentifier.Profile scripts = LanguageIdentifier.Profile.NONE;
        long words = 0;
        long english = 0;
        for (DraftBlock block : blocks) {
            for (String line : block.lines()) {
                scripts = scripts.plus(LanguageIdentifier.profile(line));
                for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{IsLatin}']+")) {
                    if (!word.isEmpty()) {
                        words++;
                        english += EnglishWords.isStopWord(word) ? 1 : 0;
                    }
                }
            }
        }
        long han = scripts.han();
        long latin = scripts.latin();
        long kana = scripts.kana();
        long hangul = scripts.hangul();
        String languages = declared.isEmpty() ? "" : " (the package declares " + String.join(", ", declared) + ")";
        if (kana >= 20 && kana * 10 >= han + kana) {
            throw refused(book, "Japanese", languages);
        }
        if (hangul >= 20 && hangul * 10 >= han + hangul + latin) {
            throw refused(book, "Korean", languages);
        }
        boolean chinese = han * 3 >= latin && han > 0;
        boolean declaresOther = !declared.isEmpty() && declared.stream().map(ForeignLanguage::primary)
                .noneMatch(p -> p.equals("zh") || p.equals("en") || p.equals("und") || p.isEmpty());
        if (!chinese && declaresOther && words >= 50 && english < LEAST_ENGLISH * words) {
            throw refused(book, Locale.forLanguageTag(declared.get(0)).getDisplayLanguage(Locale.ENGLISH), languages);
        }
    }

    private static String primary(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static DuetException refused(String book, String language, String declared) {
        return new DuetException(book + ": the book is in " + language + declared + "; Duet publishes Chinese and"
                + " English texts side by side and cannot pair it");
    }
}
