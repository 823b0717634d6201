package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An editor's introduction that announces the text after it, and what the aligner makes of it. */
class LeadInTest {
    @Test
    void knowsAParagraphThatEndsByAnnouncingTheTextAfterIt() {
        for (String paragraph : List.of(
                "3月3日，市长林秋在新图书馆开馆仪式上致辞，谈到阅读与城市。以下是致辞中译文，由市政府新闻处翻译。",
                "他在会上发表讲话。以下为讲话全文：",
                "东岸市图书馆举行开馆仪式,馆长林秋女士发表讲话,以下为致辞全文:",
                "The mayor spoke at the opening of the new library on March 3. Following is the full text of her remarks.",
                "Below is a transcript of the speech:")) {
            assertTrue(LeadIn.announcesWhatFollows(paragraph), paragraph);
        }
    }

    @Test
    void leavesSentencesThatOnlyMentionWhatFollows() {
        for (String paragraph : List.of(
                "以下是我在图书馆里度过的一个下午。那天下着雨，读者很少。",
                "以下是讲话的三个要点，它们决定了城市的未来，也决定了每个人的生活。我们先看第一点，再看第二点和第三点，然后比较它们。"
                        + "这一段话很长很长，远远超过一句宣告的长度，所以它不是编者的引言，而是正文本身的一部分。",
                "The following is true of every library: it is quieter than the street.",
                "He read the full text aloud.")) {
            assertFalse(LeadIn.announcesWhatFollows(paragraph), paragraph);
        }
    }

    @Test
    void leavesAnIntroductionAloneRatherThanGluedToOrPairedInsteadOfTheSpeech() {
        // The introduction names the speaker, the hall and the speech in Latin letters as the English does;
        // it still translates nothing, and the speech's first paragraph is the English paragraph's partner.
        List<String> chinese = List.of(
                "3月3日，市长林秋(Lin Qiu)在市图书馆(City Library)新馆开馆仪式上致辞，题为“阅读的城市”(A City of Readers)。"
                        + "以下是致辞中译文，由市政府新闻处翻译。",
                "市长林秋：谢谢大家。今天早上，我们终于为这座城市的读者打开了新图书馆的大门。我要感谢馆长王明(Wang Ming)，"
                        + "感谢所有为这座楼工作了三年的人。");
        List<String> english = List.of("MAYOR LIN: Thank you. This morning we have at last opened the doors of the new library"
                + " to the readers of this city, A City of Readers. I want to thank the librarian, Wang Ming, and everyone"
                + " who worked three years on this building here at the City Library.");
        List<String> beads = Aligner.align(chinese, english).stream().map(b -> b.zhCount() + "-" + b.enCount()).toList();
        assertEquals(List.of("1-0", "1-1"), beads);
    }

    @Test
    void takesTheTextsOwnBilingualHeadUnderTheIntroductionOverThePagesHeadline() {
        Structured structured = PageUnits.structure(
                "东岸市图书馆馆长在开馆仪式上讲话", "",
                "东岸市图书馆新馆昨天举行了隆重的开馆仪式,馆长林秋女士在仪式上发表讲话,以下为致辞全文:", "",
                "Librarian Lin Qiu's Remarks at the Opening of the Library", "",
                "March 3, 2019", "",
                "东岸市图书馆馆长林秋女士在开馆仪式上的讲话", "",
                "2019年3月3日", "",
                "Friends and neighbours,", "",
                "朋友们、邻居们:", "",
                "Today the doors of our library open to every reader of the city, and they will not close again.", "",
                "今天，我们图书馆的大门向全城每一位读者敞开，而且再也不会关上。");
        press.duet.model.Metadata metadata = structured.book().metadata();
        assertEquals("东岸市图书馆馆长林秋女士在开馆仪式上的讲话", metadata.title().zh().text());
        assertEquals("Librarian Lin Qiu's Remarks at the Opening of the Library", metadata.title().en().text());
        assertEquals(java.time.LocalDate.of(2019, 3, 3), metadata.date());
        List<String> units = PageUnits.units(structured);
        assertEquals("东岸市图书馆新馆昨天举行了隆重的开馆仪式,馆长林秋女士在仪式上发表讲话,以下为致辞全文: ⇔ ", units.get(0), units.toString());
        assertTrue(structured.dropped().stream().anyMatch(d -> d.text().equals("东岸市图书馆馆长在开馆仪式上讲话")
                && d.reason().equals(HeadBelowLeadIn.PAGE_HEADLINE)), structured.dropped().toString());
    }
}
