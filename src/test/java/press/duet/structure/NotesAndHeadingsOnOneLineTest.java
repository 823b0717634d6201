package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Pair;

/**
 * Lines that hold a short thing and its translation where the runs of language cannot tell where one
 * ends (lines written for this test, in the layout of a bilingual edition of a law): two notes in
 * brackets side by side, and a heading beside its translation.
 */
class NotesAndHeadingsOnOneLineTest {
    private static List<String> split(String line) {
        return OneLinePairs.split(1, line).stream().map(Paragraph::text).toList();
    }

    @Test
    void twoBracketedNotesSideBySideAreANoteAndItsTranslationThoughTheFirstEndsInNumbers() {
        assertEquals(List.of("(Passed by the Town Council on May 3, 1990, revised on June 9, 2011)",
                        "(1990年5月3日镇议会通过 2011年6月9日修订)"),
                split("(Passed by the Town Council on May 3, 1990, revised on June 9, 2011) (1990年5月3日镇议会通过 2011年6月9日修订)"));
        assertEquals(List.of("（本章由市图书馆整理）", "(Prepared by the city library staff)"),
                split("（本章由市图书馆整理） (Prepared by the city library staff)"));
    }

    @Test
    void bracketsThatDoNotMakeTwoWholeNotesInTwoLanguagesKeepTheLine() {
        assertEquals(1, split("(see the note) (见注)").size(), "a note of two words is no clause");
        assertEquals(1, split("(第一稿) (第二稿修订于河边小屋)").size(), "both notes Chinese");
        assertEquals(1, split("(Passed in May (first reading), revised in June) and 六月修订").size());
    }

    @Test
    void aHeadingBesideItsTranslationIsTwoHeadingsOfTheSameNumber() {
        assertEquals(List.of("Foreword", "前言"), split("Foreword 前言"));
        assertEquals(List.of("第四章", "Chapter Four"), split("第四章 Chapter Four"));
        assertEquals(1, split("Chapter Four 第五章").size(), "headings of two numbers are not one heading's two languages");
    }

    @Test
    void aLawsNoteAndPrefaceOnLinesOfBothLanguagesArePairedAsItsTranslatorSetThemOut() {
        Structured structured = PageUnits.structure(
                "Regulations of the Riverside Town Library",
                "",
                "(Passed by the Town Council on May 3, 1990, revised on June 9, 2011) (1990年5月3日镇议会通过 2011年6月9日修订)",
                "Foreword 前言",
                "The library serves every resident of the town and keeps its books open to all readers without charge. "
                        + "本图书馆为全镇居民服务,向所有读者免费开放藏书。",
                "Readers return borrowed books within thirty days and pay for any book they lose. "
                        + "读者须在三十天内归还所借图书,遗失图书须照价赔偿。");
        List<String> units = PageUnits.units(structured);
        assertTrue(units.contains("(1990年5月3日镇议会通过 2011年6月9日修订) ⇔ (Passed by the Town Council on May 3, 1990, revised on June 9, 2011)"),
                units.toString());
        List<String> titles = structured.book().chapters().stream()
                .map(c -> c.title().joined(" ⇔ ")).toList();
        assertTrue(titles.contains("前言 ⇔ Foreword"), titles.toString());
        assertTrue(PageUnits.pairs(structured).stream().allMatch(Pair::isComplete), units.toString());
    }
}
