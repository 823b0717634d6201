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
        assertEquals(Rank.CHAPTER, read("始計第一").rank());
        assertTrue(ChapterHeadings.isNamedOrdinal("學而第一"));
        assertFalse(ChapterHeadings.isNamedOrdinal("第一章"));
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
}
