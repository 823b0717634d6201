package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.duet.structure.ChapterHeadings.Rank;

class ChapterHeadingsTest {
    private static ChapterHeadings.Reading read(String text) {
        return ChapterHeadings.read(text);
    }

    private static boolean heading(String text) {
        return ChapterHeadings.isHeading(new Paragraph(1, text));
    }

    @Test
    void readsAChapterNameFollowedByItsNumber() {
        assertEquals(1, read("學而第一").number());
        assertEquals(20, read("堯曰第二十").number());
        assertEquals(13, read("用間第十三").number());
        assertEquals(1, read("〈始計〉第一").number());
        assertEquals(Rank.PART, read("始計第一").rank());
        assertTrue(ChapterHeadings.isNamedOrdinal("學而第一"));
        assertFalse(ChapterHeadings.isNamedOrdinal("第一章"));
    }

    @Test
    void readsTheUnnumberedOpeningsOfBothLanguagesAsChapterHeadings() {
        for (String opening : new String[] {"序言", "序 言", "前言", "Preface", "Preamble", "PREAMBLE", "Foreword", "Introduction"}) {
            assertTrue(heading(opening), opening);
            assertEquals(Rank.CHAPTER, read(opening).rank(), opening);
            assertEquals(-1, read(opening).number(), opening);
        }
        assertFalse(heading("Preambles to laws are read first."));
    }

    @Test
    void readsNamedPiecesVolumesHalvesAndNumberedStories() {
        assertTrue(heading("逍遙遊篇"));
        assertTrue(heading("勸學篇"));
        assertEquals(-1, read("勸學篇").number());
        assertEquals(Rank.PART, read("卷之一").rank());
        assertEquals(1, read("卷之一").number());
        assertEquals(1, read("卷上").number());
        assertEquals(2, read("卷下").number());
        assertEquals(Rank.PART, read("下篇").rank());
        assertEquals(3, read("第三则").number());
        assertEquals(3, read("第三則").number());
        assertEquals(10, read("第十回 宝玉").number());
        assertEquals(Rank.SECTION, read("第一节 出发").rank());
    }

    @Test
    void takesAChapterNameWithoutItsOrdinalOnlyWhenAsked() {
        assertNull(read("公冶長五"));
        assertEquals(5, ChapterHeadings.namedNumberWithoutOrdinal("公冶長五"));
        assertEquals(15, ChapterHeadings.namedNumberWithoutOrdinal("衛靈公十五"));
        assertEquals(-1, ChapterHeadings.namedNumberWithoutOrdinal("子曰：學而時習之"));
    }

    @Test
    void readsRomanAndWordNumberedEnglishHeadings() {
        assertEquals(12, read("CHAP. XII.").number());
        assertEquals(2, read("CHAP II").number());
        assertEquals(Rank.PART, read("BOOK II. WEI CHANG.").rank());
        assertEquals(2, read("BOOK II. WEI CHANG.").number());
        assertNull(read("BOOK II. WEI CHANG.").runOn());
        assertEquals(1, read("I. LAYING PLANS").number());
        assertEquals(13, read("Chapter XIII. THE USE OF SPIES").number());
        assertEquals(2, read("Part Two").number());
        assertEquals(21, read("Chapter Twenty-One").number());
        assertTrue(heading("Chapter I. Laying plans"));
        assertEquals(6, read("VI. Weak Points and Strong").number());
    }

    @Test
    void cutsAVerseThatRunsOnAfterTheChapterNumber() {
        ChapterHeadings.Reading verse = read("CHAPTER I. 1. The Master said, 'Is it not pleasant to learn?'");
        assertEquals("CHAPTER I.", verse.heading());
        assertEquals("1. The Master said, 'Is it not pleasant to learn?'", verse.runOn());
        ChapterHeadings.Reading saying = read("CHAP. III. The Master said, 'Fine words and an insinuating appearance are seldom associated with true virtue.'");
        assertEquals("CHAP. III.", saying.heading());
        assertTrue(saying.runOn().startsWith("The Master said"));
        assertEquals("【第一章】", read("【第一章】學而時習之，不亦說乎？").heading());
        assertEquals(11, read("【十一章】子曰、父在、觀其志。").number());
        assertNull(read("三章之後，他再也沒有寫過。"));
        assertNull(read("【三節】無友不如己者。"));
        // Without 第 or brackets, a number and 章 alone on their line are a heading too; before text they are a phrase.
        assertEquals(3, read("三章").number());
        assertFalse(heading("三章之後，文字漸長。"));
    }

    @Test
    void leavesSentencesThatOnlyStartLikeHeadings() {
        assertFalse(heading("第十部分的内容。"));
        assertNull(read("第二篇文章写得很好，大家都喜欢。").runOn());
        assertNull(read("Part mild, part bitter"));
        assertNull(read("I. The Master said so"));
        assertNull(read("Parting is such sweet sorrow"));
        assertNull(read("ch. 71.]"));
        assertNull(read("chapter 3 of the report shows that rates rose in the year").runOn());
        assertFalse(heading("1. The Master said, 'Is it not pleasant to learn?'"));
    }

    @Test
    void readsNumberedNamesOnlyAsAsked() {
        assertNull(read("01.始计"), "a numbered name alone says nothing: a list item looks the same");
        assertEquals(1, ChapterHeadings.numberedName("01.始计"));
        assertEquals(13, ChapterHeadings.numberedName("13.用间"));
        assertEquals(11, ChapterHeadings.numberedName("十一、九地"));
        assertEquals(2, ChapterHeadings.numberedName("2、〈作战〉"));
        assertEquals(-1, ChapterHeadings.numberedName("1.吃饭的时候不要说话。"));
        assertEquals(-1, ChapterHeadings.numberedName("1. Laying Plans"));
    }

    @Test
    void readsARomanNumeralAloneOrBeforeAColon() {
        assertEquals(2, read("II").number());
        assertEquals(13, read("XIII.").number());
        assertEquals(1, read("I: Laying Plans").number());
        assertEquals(6, read("VI: Weak Points and Strong").number());
        assertNull(read("I: the Master said so, and went."));
    }

    @Test
    void numberedNamesCountingOnThroughTheTextAreChaptersAndAListStartingAgainIsNot() {
        String chapters = "孙子兵法\n\n01.始计\n\n兵者，国之大事，死生之地，存亡之道，不可不察也。\n\n"
                + "02.作战\n\n凡用兵之法，驰车千驷，革车千乘，带甲十万。\n\n"
                + "03.谋攻\n\n夫用兵之法，全国为上，破国次之。\n";
        assertEquals(3, StructurerTest.structure(chapters).book().chapters().size());
        String lists = "早上的事情很多，要一件一件做。\n\n1.起床\n\n先把窗户打开，让屋里透透气。\n\n2.洗脸\n\n用凉水洗脸。\n\n"
                + "晚上的事情也不少。\n\n1.吃饭\n\n晚饭要吃得清淡一些。\n\n2.读书\n\n睡前读半个小时的书。\n";
        assertEquals(1, StructurerTest.structure(lists).book().chapters().size());
    }

    /** The count of a title's words without splitting agrees with String.split on every mix of spaces and words. */
    @Test
    void countsSplitPiecesAsSplitDoes() {
        java.util.Random random = new java.util.Random(5);
        char[] alphabet = {' ', ' ', ' ', 'a', 'B', '\t', '章'};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            for (int most = 0; most <= 9; most++) {
                assertEquals(t.split(" ").length <= most, ChapterHeadings.splitsIntoAtMost(t, most), "\"" + t + "\" " + most);
            }
        }
    }
}
