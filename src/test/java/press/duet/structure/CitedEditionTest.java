package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import press.duet.model.Metadata;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** A source note that cites the edition a text was taken from names its maker, whose role the languages tell. */
class CitedEditionTest {
    private static Metadata metadata(List<String> paragraphs) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new DraftBlock(2 * i + 1, List.of(paragraphs.get(i))));
        }
        Draft draft = new Draft("sayings.txt", "UTF-8", blocks, "text", Declared.NONE);
        return Structurer.structure(List.of(draft)).book().metadata();
    }

    @Test
    void readsTheMakerOfTheCitedEdition() {
        assertEquals(Optional.of("Mary Stone"), Byline.citedMaker(
                "Source: River Library, from \"Sayings of the Hills, part 2\", Mary Stone, 1893"));
        assertEquals(Optional.of("Mary Stone"), Byline.citedMaker("from “Hill Sayings”, Mary Stone (1893)"));
        assertEquals(Optional.of("林秋"), Byline.citedMaker("来源：《山中语录》，林秋，1988年"));
        // No year, or no name where the maker stands: no edition is cited.
        assertEquals(Optional.empty(), Byline.citedMaker("from \"Hill Sayings\", Mary Stone"));
        assertEquals(Optional.empty(), Byline.citedMaker("from \"Hill Sayings\", the second part, 1893"));
    }

    @Test
    void theMakerOfAnEnglishEditionUnderAChineseClassicIsItsTranslator() {
        Metadata metadata = metadata(List.of(
                "山人语录 Sayings of the Hills",
                "山人曰：「行远自迩，登高自卑。」",
                "The hill man said, \"To go far, start near; to climb high, start low.\"",
                "山人曰：「水静则明。」",
                "The hill man said, \"Still water is clear.\"",
                "山人曰：「知止而后有定。」",
                "The hill man said, \"Knowing where to stop, one is settled.\"",
                "Source: River Library, from \"Sayings of the Hills, part 2\", Mary Stone, 1893"));
        assertEquals(List.of("Mary Stone"), metadata.translators());
        assertEquals(List.of(), metadata.authors());
    }
}
