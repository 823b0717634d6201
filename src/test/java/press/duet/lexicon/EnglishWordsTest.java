package press.duet.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    @Test
    void stemsPluralsAndParticiplesAlike() {
        assertEquals(EnglishWords.stem("library"), EnglishWords.stem("libraries"));
        assertEquals(EnglishWords.stem("love"), EnglishWords.stem("loved"));
        assertEquals(EnglishWords.stem("love"), EnglishWords.stem("loving"));
        assertEquals(EnglishWords.stem("stop"), EnglishWords.stem("stopped"));
        assertEquals(EnglishWords.stem("run"), EnglishWords.stem("running"));
        assertEquals(EnglishWords.stem("mountain"), EnglishWords.stem("mountains"));
    }

    @Test
    void dropsFunctionWordsAndJoinsNames() {
        assertEquals(List.of(EnglishWords.stem("river")), EnglishWords.words("The river, and the"));
        assertTrue(EnglishWords.words("Tsze-kung said").contains("tszekung"));
        assertTrue(EnglishWords.words("Yen Yuan asked").contains("yenyuan"));
        // A full stop ends a name.
        assertTrue(!EnglishWords.words("Yen. Yuan asked").contains("yenyuan"));
    }
}
