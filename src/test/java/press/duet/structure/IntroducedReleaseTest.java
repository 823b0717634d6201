package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Pair;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** A release's head printed under a page's introduction: its title lines name the text, the introduction stays. */
class IntroducedReleaseTest {
    private static final String INTRODUCTION =
            "2019年3月3日,港城市长林秋在海港大厅暨会议中心(Harbour Hall and Conference Center)出席海港图书馆开幕式并发表讲话。以下是讲话全文:";
    private static final List<String> BODY = List.of(
            "Thank you all for coming to the opening of our new library on this bright spring morning.",
            "感谢各位在这个晴朗的春日早晨前来参加新图书馆的开幕式。",
            "The library holds more than two hundred thousand books in both of our languages.",
            "图书馆藏有两种语言的图书二十多万册。");

    private static Book book(List<String> head) {
        List<String> lines = new java.util.ArrayList<>(head);
        lines.addAll(BODY);
        Draft draft = new Draft("page.txt", "UTF-8", List.of(new DraftBlock(1, lines)), "text", Declared.NONE);
        return Structurer.structure(List.of(draft)).book();
    }

    private static String text(Pair pair) {
        return (pair.zh() == null ? "" : pair.zh().text()) + "|" + (pair.en() == null ? "" : pair.en().text());
    }

    private static List<Pair> pairs(Book book) {
        return book.chapters().get(0).blocks().stream().filter(Pair.class::isInstance).map(Pair.class::cast).toList();
    }

    @Test
    void theTitleLinesAmongTheReleasesHeadLinesNameTheText() {
        Book book = book(List.of(INTRODUCTION,
                "Remarks by Mayor Lin at the Opening of the Harbour Library Harbour Hall and Conference Center",
                "Harbour City, March 3, 2019",
                "林秋市长在海港图书馆开幕式上的讲话",
                "海港大厅暨会议中心",
                "2019年3月3日"));
        assertEquals("林秋市长在海港图书馆开幕式上的讲话", book.metadata().title().zh().text());
        // The venue the copy ran on is the hall the head names, its English given in the introduction.
        assertEquals("Remarks by Mayor Lin at the Opening of the Harbour Library", book.metadata().title().en().text());
        List<Pair> pairs = pairs(book);
        assertEquals(3, pairs.size(), pairs.toString());
        assertTrue(pairs.get(0).zh().text().startsWith("2019年3月3日,港城市长"), "the introduction stays: " + pairs.get(0));
        assertTrue(pairs.stream().noneMatch(p -> text(p).contains("Remarks by") || text(p).contains("开幕式上的讲话")), pairs.toString());
    }

    @Test
    void aTitleMayEndWithItsThemeInQuotationMarks() {
        Paragraph title = new Paragraph(1, "在首届海港论坛上的讲话：“面向新世纪的港城”");
        assertTrue(HeadParser.looksLikeTitle(title, 0, false));
        assertFalse(HeadParser.looksLikeTitle(new Paragraph(1, "他说：“我们明天再走。”"), 0, false));
    }

    @Test
    void aLineWithoutHeadLinesAroundItIsText() {
        // Under an introduction, a short line with no dropped head lines around it is the text's own.
        Book book = book(List.of(INTRODUCTION, "海港图书馆"));
        assertEquals(null, book.metadata().title().zh());
        assertTrue(pairs(book).stream().anyMatch(p -> text(p).contains("海港图书馆") && !text(p).contains("以下是")), pairs(book).toString());
    }

    @Test
    void aVenueIsCutOnlyWhereAWholeTitleIsLeft() {
        List<press.duet.report.Dropped> none = List.of();
        List<Paragraph> head = List.of(new Paragraph(1, "林秋在会上发表题为“海港的未来”(The Future of the Harbour)的讲话。"));
        List<press.duet.report.Dropped> theme = List.of(new press.duet.report.Dropped(
                new press.duet.report.Place("page.txt", 2), "“海港的未来”", "place"));
        assertEquals("Lecture on The Future of the Harbour",
                RunOnVenue.without("Lecture on The Future of the Harbour", head, theme));
        assertEquals("Lecture Harbour Hall", RunOnVenue.without("Lecture Harbour Hall", head, none));
    }
}
