package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Metadata;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** A head run into the body on one line, as copies that lose their line breaks give it, is cut into head and body. */
class RunOnHeadTest {
    private static final String ZH = "CITY Logo 港城决定重建海港图书馆  2019年3月3日 东部标准时间上午09:30 林秋市长 "
            + "港城政府决定重建海港图书馆,让每一位市民都能读到两种语言的书。新馆将在两年内建成。";
    private static final String EN = "Harbour City Decides to Rebuild the Harbour Library Lin J. Qiu, Mayor "
            + "The city government has decided to rebuild the Harbour Library so that every citizen can read books in both languages. "
            + "The new building will open within two years.";

    private static Book book(String zh, String en) {
        Draft zhDraft = new Draft("cell-zh.txt", "UTF-8", List.of(new DraftBlock(1, List.of(zh))), "text", Declared.NONE);
        Draft enDraft = new Draft("cell-en.txt", "UTF-8", List.of(new DraftBlock(1, List.of(en))), "text", Declared.NONE);
        return Structurer.structure(List.of(zhDraft, enDraft)).book();
    }

    @Test
    void cutsTheTitleDateAndBylineOffTheBodyInBothLanguages() {
        Metadata metadata = book(ZH, EN).metadata();
        assertEquals("港城决定重建海港图书馆", metadata.title().zh().text());
        assertEquals("Harbour City Decides to Rebuild the Harbour Library", metadata.title().en().text());
        assertEquals(LocalDate.of(2019, 3, 3), metadata.date());
        // Each file signs with the name in its language: one person, in both.
        assertEquals(List.of("林秋 (Lin J. Qiu)"), metadata.authors());
    }

    @Test
    void theBodyStartsWhereTheBylineEnds() {
        Paragraph zh = new Paragraph(1, ZH);
        RunOnHead.Cut cut = RunOnHead.of(zh).orElseThrow();
        assertEquals("CITY Logo", cut.leftOut());
        assertEquals(List.of("港城决定重建海港图书馆", "2019年3月3日 东部标准时间上午09:30", "林秋市长"),
                cut.paragraphs().subList(0, 3).stream().map(Paragraph::text).toList());
        assertTrue(cut.paragraphs().get(3).text().startsWith("港城政府决定"));
        assertTrue(RunOnHead.of(new Paragraph(1, EN)).orElseThrow().paragraphs().get(2).text().startsWith("The city government"));
    }

    @Test
    void proseThatMentionsADateOrAnOfficeStaysWhole() {
        for (String prose : List.of(
                "港城政府在 2019年3月3日 宣布重建海港图书馆,让每一位市民都能读到两种语言的书。",
                "We met the new mayor. She said that Mary Stone, Mayor of the old town, had planned the library long ago.",
                "The library opened today, and Mary Stone, Mayor Of the city, spoke.")) {
            assertTrue(RunOnHead.of(new Paragraph(1, prose)).isEmpty(), prose);
        }
    }

    @Test
    void aCountPrintedWithTheFurnitureIsNoTitle() {
        // A dataset viewer's column header: names, a type, sizes; the title follows the sizes.
        List<Paragraph> page = List.of(new Paragraph(1, "zh"), new Paragraph(3, "11"), new Paragraph(4, "62.7k"),
                new Paragraph(7, "26"), new Paragraph(8, "344k"), new Paragraph(9, "港城决定重建海港图书馆"),
                new Paragraph(10, "2019年3月3日"),
                new Paragraph(11, "港城政府决定重建海港图书馆,让每一位市民都能读到两种语言的书。新馆将在两年内建成,馆内将设儿童阅览室和报告厅。"));
        assertEquals(5, TitleStart.of(page, 0, List.of(2, 6)));
    }
}
