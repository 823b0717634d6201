package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;

class ListNumbersTest {
    private static List<String> markers(String markdown) {
        Book book = Structurer.structure(List.of(Readers.read(Source.of("lesson.md", markdown, Map.of()), null,
                Format.MARKDOWN, finding -> { }))).book();
        List<String> markers = new ArrayList<>();
        for (Block block : book.chapters().get(0).blocks()) {
            if (block instanceof Pair pair && pair.isComplete()) {
                markers.add(marker(pair.zh()) + "|" + marker(pair.en()));
            }
        }
        return markers;
    }

    private static String marker(Segment side) {
        return side.paras().get(0).form().marker();
    }

    @Test
    void aChineseListAndItsEnglishListReadAsOneListAreNumberedAlike() {
        String one = "# 第一课 · Lesson One\n\n1. 第一件事：看花。\n2. 第二件事：读诗。\n\n"
                + "3. First: look at the flowers.\n4. Second: read a poem.\n";
        assertEquals(List.of("1.|1.", "2.|2."), markers(one));
    }

    @Test
    void theSecondLanguageKeepsItsOwnDelimiterAndBulletsStayAsTheyAre() {
        String english = "# Lesson One · 第一课\n\n1) First: look at the flowers.\n2) Second: read a poem.\n\n"
                + "3. 第一件事：看花。\n4. 第二件事：读诗。\n";
        assertEquals(List.of("1.|1)", "2.|2)"), markers(english));
        String bullets = "# 第一课 · Lesson One\n\n- 第一件事：看花。\n- 第二件事：读诗。\n\n"
                + "- First: look at the flowers.\n- Second: read a poem.\n";
        assertEquals(List.of("•|•", "•|•"), markers(bullets));
    }
}
