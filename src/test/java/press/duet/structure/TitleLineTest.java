package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The part number, label and series a title line carries, taken off its text. */
class TitleLineTest {
    @Test
    void takesAPartNumberInDigitsOrChineseNumeralsOffTheTitle() {
        HeadParser.TitleLine digits = HeadParser.titleLine("山中来信 [5]");
        assertEquals("山中来信", digits.text());
        assertEquals(5, digits.part());
        HeadParser.TitleLine chinese = HeadParser.titleLine("山中来信（十五）");
        assertEquals("山中来信", chinese.text());
        assertEquals(15, chinese.part());
        HeadParser.TitleLine english = HeadParser.titleLine("Letters from the Mountains (15)");
        assertEquals("Letters from the Mountains", english.text());
        assertEquals(15, english.part());
    }

    @Test
    void takesAFullTextLabelOffTheTitleInEitherLanguage() {
        HeadParser.TitleLine chinese = HeadParser.titleLine("市長就職演說(中英文全文)");
        assertEquals("市長就職演說", chinese.text());
        assertEquals("中英文全文", chinese.label());
        assertEquals("The Mayor's Inaugural Address", HeadParser.titleLine("The Mayor's Inaugural Address - Full Speech Text").text());
        assertEquals("The Mayor's Inaugural Address", HeadParser.titleLine("The Mayor's Inaugural Address (Full Transcript)").text());
        assertEquals("Transcript", HeadParser.titleLine("Transcript").text());
    }

    @Test
    void leavesBracketsThatHoldNoNumberInTheTitle() {
        HeadParser.TitleLine line = HeadParser.titleLine("山中来信（节选）");
        assertEquals("山中来信（节选）", line.text());
        assertNull(line.part());
    }

    @Test
    void takesAPagesNumberingAGluedPlaceAndARestatementOffTheTitle() {
        assertEquals("The Morning Market 早市", HeadParser.titleLine("No2 The Morning Market 早市").text());
        assertEquals("城里的新图书馆", HeadParser.titleLine("篇一 :城里的新图书馆").text());
        assertEquals("在州议会上的讲话", HeadParser.titleLine("Albany, N.Y.在州议会上的讲话").text());
        assertEquals("Water Law of Ruritania",
                HeadParser.titleLine("Water Law of Ruritania (2019 Revision) [Effective] Water Law of Ruritania").text());
        assertEquals("No Man's Land", HeadParser.titleLine("No Man's Land").text());
    }

    @Test
    void takesThePagesControlsAfterTheHeadlineOffTheTitle() {
        assertEquals("山村小学的一天", HeadParser.titleLine("山村小学的一天 【字体：大 中 小】【打印】【关闭】").text());
        // The copy may keep only the control's label, its links lost.
        assertEquals("山村小学的一天", HeadParser.titleLine("山村小学的一天          【字体:").text());
        assertEquals("读书【笔记】", HeadParser.titleLine("读书【笔记】").text());
    }

    @Test
    void takesABlogsBadgesAroundAHeadlineOffTheTitle() {
        assertEquals("Mayor Opens the New City Library", HeadParser.titleLine("VIDEO: Mayor Opens the New City Library (UPDATED w/VIDEO)").text());
        assertEquals("Mayor Opens the New City Library", HeadParser.titleLine("LIVE: Mayor Opens the New City Library").text());
        assertEquals("Mayor Opens the New City Library", HeadParser.titleLine("Mayor Opens the New City Library [PHOTOS]").text());
        // Words in the title's own case are the title's: "Video Games (Updated Edition)", "Live: a Life".
        assertEquals("Video: Games We Played", HeadParser.titleLine("Video: Games We Played").text());
        assertEquals("Reading Lists (Updated Edition)", HeadParser.titleLine("Reading Lists (Updated Edition)").text());
    }

    @Test
    void takesAColumnNamedWithABilingualLabelOffTheTitle() {
        HeadParser.TitleLine line = HeadParser.titleLine("英汉对照散文精选--山村小学的一天");
        assertEquals("山村小学的一天", line.text());
        assertEquals("英汉对照", line.label());
        assertEquals("山村小学的一天", HeadParser.titleLine("双语美文 | 山村小学的一天").text());
        // A colon after a genre may begin a title about it: that is TitlePrefix's to read, with the body.
        assertEquals("双语新闻:读报的十种方法", HeadParser.titleLine("双语新闻:读报的十种方法").text());
    }

    @Test
    void aLabelledHeadlineIsTheTitleUnderASitesNoticeBar() {
        java.util.List<Paragraph> page = java.util.List.of(
                new Paragraph(1, "网站公告列表 山城学习网全新改版上线，欢迎访问! [shancheng 2015年6月1日]"),
                new Paragraph(4, "英汉对照散文精选--山村小学的一天 【字体:"),
                new Paragraph(9, "山村小学只有一位老师和十二个学生，他们每天早上一起升旗。"));
        assertEquals(1, TitleStart.of(page, 7, java.util.List.of(3, 7)));
    }
}
