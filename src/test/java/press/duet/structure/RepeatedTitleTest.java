package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/**
 * Titles a page gives more than once or in a place of their own: a headline over the title printed
 * twice, a listing's numbered line over the title it restates, and the second language's title that
 * opens its block of a two-block article.
 */
class RepeatedTitleTest {
    /** A file whose paragraphs stand apart, a blank line between each two. */
    private static Book book(List<String> paragraphs) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new DraftBlock(2 * i + 1, List.of(paragraphs.get(i))));
        }
        return Structurer.structure(List.of(new Draft("page.txt", "UTF-8", blocks, "text", Declared.NONE))).book();
    }

    private static List<String> published(Book book) {
        return book.chapters().stream().flatMap(c -> c.blocks().stream()).filter(b -> b instanceof Pair)
                .map(b -> (Pair) b).flatMap(p -> java.util.stream.Stream.of(p.zh(), p.en()))
                .filter(java.util.Objects::nonNull).map(Segment::text).toList();
    }

    private static List<String> with(List<String> head, List<String> body) {
        List<String> lines = new ArrayList<>(head);
        lines.addAll(body);
        return lines;
    }

    private static final List<String> ALTERNATING = List.of(
            "The harbour library opened on Monday after four years of building work by the town.",
            "港口图书馆在镇上四年的建设工作之后于周一开放。",
            "Readers queued along the sea wall for hours before the doors opened at nine.",
            "读者在九点开门之前沿着海堤排了几个小时的队。");

    @Test
    void takesTheTitleGivenTwiceUnderAShortHeadlineAndReadsTheDateBelowIt() {
        String full = "Remarks by Harbour Commissioner Anne Reed at the Opening of the North Harbour Public Library and Reading Rooms";
        Book book = book(with(List.of("Remarks at the Library Opening", full, full, "March 4, 2021"), ALTERNATING));
        assertEquals(full, book.metadata().title().en().text());
        assertEquals(LocalDate.of(2021, 3, 4), book.metadata().date());
        List<String> text = published(book);
        assertFalse(text.contains(full), text.toString());
        assertFalse(text.contains("Remarks at the Library Opening"), text.toString());
    }

    @Test
    void keepsOneCopyOfATitleLineGivenTwice() {
        // A long title: a short line given twice above the body is a site's name, page furniture.
        String title = "港口管理局局长林秋在北港公共图书馆及阅览室开馆仪式暨捐书活动上的讲话";
        Book book = book(with(List.of(title, title), ALTERNATING));
        assertEquals(title, book.metadata().title().zh().text());
        assertFalse(published(book).contains(title), published(book).toString());
    }

    @Test
    void takesTheTitleAListingsNumberedLineRestatesAndTheSpeakerItsSubtitleNames() {
        Book book = book(with(List.of("第二篇:海风与书——林秋大使在港口图书馆开馆仪式上的致辞",
                "海风与书——林秋大使在港口图书馆开馆仪式上的致辞"), ALTERNATING));
        assertEquals("海风与书——林秋大使在港口图书馆开馆仪式上的致辞", book.metadata().title().zh().text());
        assertEquals(List.of("林秋"), book.metadata().authors());
    }

    @Test
    void takesTheEnglishTitleThatOpensTheEnglishBlockOfATwoBlockArticle() {
        Book book = book(List.of("港口图书馆(三)", "2021年3月4日,北京",
                "港口图书馆在镇上四年的建设工作之后于周一开放。", "读者在九点开门之前沿着海堤排了几个小时的队。",
                "The Harbour Library (3)",
                "The harbour library opened on Monday after four years of building work by the town.",
                "Readers queued along the sea wall for hours before the doors opened at nine."));
        assertEquals("港口图书馆", book.metadata().title().zh().text());
        assertEquals("The Harbour Library", book.metadata().title().en().text());
    }

    @Test
    void takesNoEnglishTitleFromAnAlternatingTextsFirstTranslation() {
        Book book = book(List.of("港口", "你好。", "Hello", "再见,我的朋友们和邻居们。", "Goodbye, my friends and neighbours."));
        assertEquals("港口", book.metadata().title().zh().text());
        assertNull(book.metadata().title().en());
    }

    @Test
    void takesNoEnglishTitleFromABlockWithAnotherPartNumber() {
        Book book = book(List.of("港口图书馆(三)", "港口图书馆在镇上四年的建设工作之后于周一开放。", "读者在九点开门之前沿着海堤排了几个小时的队。",
                "The Harbour Library (4)",
                "The harbour library opened on Monday after four years of building work by the town.",
                "Readers queued along the sea wall for hours before the doors opened at nine."));
        assertNull(book.metadata().title().en());
        assertTrue(book.metadata().title().zh().text().startsWith("港口图书馆"));
    }

    @Test
    void takesNoNumberedPieceOfACollectionForTheTitleAfterTheFurnitureBelowTheCollectionsTitle() {
        List<Paragraph> paragraphs = List.of(new Paragraph(1, "四十篇海港小故事(上)"), new Paragraph(3, "七. The Lighthouse Keeper"),
                new Paragraph(5, "The keeper climbed the hundred steps of the lighthouse every evening at dusk, whatever the weather."),
                new Paragraph(7, "守塔人每天黄昏都要爬上灯塔的一百级台阶,无论天气如何。"));
        // Line 2, the site's note between them, was dropped as furniture.
        assertEquals(0, TitleStart.of(paragraphs, 0, List.of(2)));
        List<Paragraph> titled = List.of(new Paragraph(1, "四十篇海港小故事(上)"), new Paragraph(3, "The Lighthouse Keeper"),
                paragraphs.get(2), paragraphs.get(3));
        assertEquals(1, TitleStart.of(titled, 0, List.of(2)));
    }
}
