package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headline never translates a paragraph of prose (texts written for this test, in the layout of a
 * copied page whose title line in one language stands beside the first paragraph in the other).
 */
class HeadlineAgainstProseTest {
    @Test
    void proseHoldsASentenceEndWithWordsAfterIt() {
        assertTrue(AlignmentInput.holdsSentences("The river rose all night. By morning the bridge was gone."));
        assertTrue(AlignmentInput.holdsSentences("河水涨了一夜。早上桥已经不见了"));
        assertFalse(AlignmentInput.holdsSentences("The river rose all night."));
        assertFalse(AlignmentInput.holdsSentences("Mr. Smith Goes to the River"));
        assertFalse(AlignmentInput.holdsSentences("Letters from J. R. Hall to His Sister"));
        assertFalse(AlignmentInput.holdsSentences("河水涨了一夜。"));
    }

    @Test
    void aTitleLineBesideAnUntranslatedParagraphInTheOtherLanguageStandsAlone() {
        Structured structured = PageUnits.structure(
                "城南图书馆",
                "Riverside Town Library",
                "",
                "借阅规则与读者须知全文",
                "The library lends its books to every resident of the town. Readers who live elsewhere may read in the hall.",
                "",
                "第一条 读者每次最多可借五本书，借期三十天。",
                "",
                "Article 1 Readers may borrow up to five books at a time, for thirty days.",
                "",
                "第二条 遗失图书的读者须照价赔偿。",
                "",
                "Article 2 A reader who loses a book pays its price.");
        List<String> units = PageUnits.units(structured);
        assertFalse(units.stream().anyMatch(u -> u.contains("读者须知全文") && u.contains("The library lends")), units.toString());
        assertTrue(units.contains("第一条 读者每次最多可借五本书，借期三十天。 ⇔ Article 1 Readers may borrow up to five books at a time, for thirty days."),
                units.toString());
    }
}
