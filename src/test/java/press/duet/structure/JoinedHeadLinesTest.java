package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Pair;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** A head whose title lines and date line a copy runs together: cut apart into the title and the date. */
class JoinedHeadLinesTest {
    private static Book book(List<String> lines) {
        Draft draft = new Draft("remarks.txt", "UTF-8", List.of(new DraftBlock(1, lines)), "text", Declared.NONE);
        return Structurer.structure(List.of(draft)).book();
    }

    @Test
    void aChineseTitleBrokenOverTwoLinesAboveItsDatelineIsTheTitle() {
        Book book = book(List.of(
                "Remarks by Mayor Lin at the Harbour Library Opening",
                "Harbour City, Eastland",
                "March 3, 2019",
                "港城市長",
                "林秋在海港圖書館開幕式上的講話",
                "2019年3月3日港城,海港區",
                "Thank you all for coming to the opening of our new library on this bright spring morning.",
                "感謝各位在這個晴朗的春日早晨前來參加新圖書館的開幕式。",
                "The library holds more than two hundred thousand books in both of our languages.",
                "圖書館藏有兩種語言的圖書二十多萬冊。"));
        assertEquals("港城市長林秋在海港圖書館開幕式上的講話", book.metadata().title().zh().text());
        assertEquals("Remarks by Mayor Lin at the Harbour Library Opening", book.metadata().title().en().text());
        assertEquals(LocalDate.of(2019, 3, 3), book.metadata().date());
        List<Pair> pairs = book.chapters().get(0).blocks().stream().filter(Pair.class::isInstance).map(Pair.class::cast).toList();
        assertEquals(2, pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p.zh() != null && p.en() != null), pairs.toString());
    }

    @Test
    void anEnglishTitleLineOverItsBylineAndDateLineIsTheTitle() {
        // Each language's head is three consecutive lines: its title, its byline, its date line.
        Book book = book(List.of(
                "Speech at the Harbour Library Dinner",
                "by Mr Tom Reed, the Chief Executive of Eastland",
                "March 3, 2019",
                "出席海港圖書館晚宴的致辭",
                "東島行政長官 林秋",
                "2019年3月3日",
                "Thank you all for coming to the opening of our new library on this bright spring morning.",
                "感謝各位在這個晴朗的春日早晨前來參加新圖書館的開幕式。",
                "The library holds more than two hundred thousand books in both of our languages.",
                "圖書館藏有兩種語言的圖書二十多萬冊。"));
        assertEquals("出席海港圖書館晚宴的致辭", book.metadata().title().zh().text());
        assertEquals("Speech at the Harbour Library Dinner", book.metadata().title().en().text());
        assertEquals(LocalDate.of(2019, 3, 3), book.metadata().date());
        assertTrue(book.metadata().authors().stream().anyMatch(a -> a.contains("Tom Reed")), book.metadata().authors().toString());
        List<Pair> pairs = book.chapters().get(0).blocks().stream().filter(Pair.class::isInstance).map(Pair.class::cast).toList();
        assertEquals(2, pairs.size());
    }

    @Test
    void versesThatEndWithADateStayVerse() {
        // A poem's stanza is made of sentences; only a title's short lines over a date line are a head.
        List<Paragraph> verse = List.of(new Paragraph(1, "春风吹过山岗，\n花开满了村庄。\n2019年3月3日"));
        assertEquals(verse, JoinedHeadLines.cut(verse));
    }
}
