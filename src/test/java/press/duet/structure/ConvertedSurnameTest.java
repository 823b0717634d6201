package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/**
 * A page converted from Simplified to Traditional characters one character at a time may print a
 * surname in the wrong Traditional form (樑 for 梁, 範 for 范, 鐘 for 钟): in a byline that is still a
 * name, so the byline stands alone and the title above it keeps to its own line.
 */
class ConvertedSurnameTest {
    @Test
    void readsASurnameInAConvertersTraditionalFormInAByline() {
        assertEquals(List.of("樑家明"), Byline.of("澳門特別行政區行政長官 樑家明").orElseThrow().authors());
        assertEquals(List.of("範文清"), Byline.of("作者：範文清").orElseThrow().authors());
        assertEquals(List.of("鐘小慧"), Byline.of("市長鐘小慧").orElseThrow().authors());
    }

    @Test
    void aConvertersFormIsNoNameOnABareLine() {
        // On a line of its own these characters open ordinary words: 樑柱 (a beam), 範圍 (a range).
        assertFalse(Byline.isBareName("樑柱"));
        assertFalse(Byline.isBareName("範圍"));
        assertTrue(Byline.isBareName("梁家明"));
    }

    @Test
    void keepsTheTitleApartFromAnOfficeBylineWithAConvertersSurname() {
        List<String> head = List.of("在澳門國際貿易論壇開幕式上的致辭", "澳門特別行政區行政長官 樑家明", "澳門旅遊塔會展中心", "2018年10月9日",
                "Address at the Opening of the Macao International Trade Forum", "by Mr Leung Ka-ming, the Chief Executive of the Macao SAR",
                "at the Macau Tower Convention Centre", "October 9, 2018");
        List<DraftBlock> blocks = new java.util.ArrayList<>(List.of(new DraftBlock(1, head)));
        String[][] pairs = {
            {"各位嘉賓,女士們,先生們:", "Distinguished guests, ladies and gentlemen,"},
            {"今天,我很高興在這裡與各位見面,共同探討區域貿易的未來。我們面對的挑戰前所未有,需要各方攜手應對。",
                "Today I am glad to meet you here and to discuss the future of regional trade. The challenges we face are unprecedented and call on all of us to act together."},
            {"澳門願意為此貢獻力量,並與各地夥伴分享經驗。", "Macao is willing to contribute its share and to share its experience with partners everywhere."}};
        int line = 10;
        for (String[] pair : pairs) {
            blocks.add(new DraftBlock(line, List.of(pair[0], pair[1])));
            line += 3;
        }
        Book book = Structurer.structure(List.of(new Draft("speech.txt", "UTF-8", blocks, "text", Declared.NONE))).book();
        assertEquals("在澳門國際貿易論壇開幕式上的致辭", book.metadata().title().zh().text());
        assertEquals(List.of("樑家明"), book.metadata().authors());
    }
}
