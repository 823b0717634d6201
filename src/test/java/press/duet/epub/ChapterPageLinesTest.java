package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.testing.RandomPieces;
import press.duet.text.Scripts;

/** {@link ChapterPage#lines} counts a side's lines at a phone's measure as reading the lines one by one would. */
class ChapterPageLinesTest {
    /** The count as split into lines with {@code split("\n")}, each line's width summed character by character. */
    private static int linesBySplitting(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            double width = line.codePoints().mapToDouble(cp -> Scripts.isCjk(cp) ? 1.0 : 0.5).sum();
            lines += Math.max(1, (int) Math.ceil(width / 20));
        }
        return lines;
    }

    @Test
    void countsAsSplittingTheLinesDoes() {
        String[] pieces = {"\n", "\n", "a", "word ", "字", "漢字。", "\uD840\uDC00", "\uD83D\uDE00", "\uD840", "\uDC00", " ",
            "Ａ", "，", "a long English clause of some length, ", "一句相当长的中文句子，有好几十个字，"};
        Random random = new Random(20261202);
        int withBlankEnds = 0;
        for (int n = 0; n < 20_000; n++) {
            String s = RandomPieces.text(random, pieces, 0, 30);
            withBlankEnds += s.endsWith("\n") ? 1 : 0;
            assertEquals(linesBySplitting(s), ChapterPage.lines(new Segment(Lang.EN, s)), () -> "text: " + s.replace("\n", "\\n"));
        }
        assertTrue(withBlankEnds > 1_000, "texts ending in line feeds were tried: " + withBlankEnds);
        for (String s : new String[] {"", "\n", "\n\n", "\nword", "字".repeat(40), "字".repeat(41), "a".repeat(40), "a".repeat(41)}) {
            assertEquals(linesBySplitting(s), ChapterPage.lines(new Segment(Lang.EN, s)), s);
        }
    }
}
