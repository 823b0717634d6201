package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Metadata;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** A work printed after its preface is named by the heading the preface names in 《》. */
class PrefacedTitleTest {
    private static Metadata metadata(List<String> paragraphs) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new DraftBlock(2 * i + 1, List.of(paragraphs.get(i))));
        }
        return Structurer.structure(List.of(new Draft("poem01.txt", "UTF-8", blocks, "text", Declared.NONE))).book().metadata();
    }

    @Test
    void theHeadingThePrefaceNamesIsTheTitle() {
        Metadata metadata = metadata(List.of(
                "《山居》，隱者之詩也，言其樂於山林而忘憂也。",
                "　　山中無曆日，寒盡不知年，故詩人以山為家，以雲為友。",
                "山居",
                "空山新雨後，松下有人家。",
                "After the new rain in the empty hills, a house stands under the pines.",
                "白雲無心出，日暮自歸鴉。",
                "White clouds drift out without a thought; at dusk the crows come home."));
        assertEquals("山居", metadata.title().zh().text());
    }

    @Test
    void aNameInThePrefaceThatNoLineRepeatsNamesNothing() {
        Metadata metadata = metadata(List.of(
                "《山居》，隱者之詩也，言其樂於山林而忘憂也。",
                "空山新雨後，松下有人家。",
                "After the new rain in the empty hills, a house stands under the pines.",
                "白雲無心出，日暮自歸鴉。",
                "White clouds drift out without a thought; at dusk the crows come home."));
        assertTrue(metadata.title() == null || metadata.title().zh() == null
                || !metadata.title().zh().text().equals("山居"), String.valueOf(metadata.title()));
    }
}
