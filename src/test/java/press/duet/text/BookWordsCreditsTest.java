package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Lang;

/** The credits line gives the translator's role in the book's own words, in each variety. */
class BookWordsCreditsTest {
    @Test
    void namesTheRoleInTheLanguageAsked() {
        List<String> authors = List.of("林秋");
        List<String> translators = List.of("王明", "李华");
        assertEquals("林秋 著，王明、李华 译", BookWords.credits(authors, translators, Lang.ZH_HANS));
        assertEquals("林秋 著，王明、李华 譯", BookWords.credits(authors, translators, Lang.ZH_HANT));
        assertEquals("Lin Qiu, translated by Mary Stone", BookWords.credits(List.of("Lin Qiu"), List.of("Mary Stone"), Lang.EN));
    }

    @Test
    void givesTheTranslatorsAloneWithTheirRoleAndTheAuthorsAloneWithout() {
        assertEquals("王明 译", BookWords.credits(List.of(), List.of("王明"), Lang.ZH_HANS));
        assertEquals("Translated by Mary Stone", BookWords.credits(List.of(), List.of("Mary Stone"), Lang.EN));
        assertEquals("Lin Qiu, Mary Stone", BookWords.credits(List.of("Lin Qiu", "Mary Stone"), List.of(), Lang.EN));
    }
}
