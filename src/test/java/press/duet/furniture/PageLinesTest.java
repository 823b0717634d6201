package press.duet.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Furniture known by its shape alone: rules, back-to-top links, fields of page information, bulleted menus, compilation headings. */
class PageLinesTest {
    private static Map<Integer, FurnitureKind> kinds(String... lines) {
        Map<Integer, FurnitureKind> kinds = new TreeMap<>();
        Furniture.find(List.of(lines), line -> false).forEach(cut -> kinds.put(cut.index(), cut.kind()));
        return kinds;
    }

    @Test
    void knowsRulesLinksToTheTopAndFieldsOfPageInformation() {
        Map<String, FurnitureKind> lines = Map.of(
                "----------------------------------------", FurnitureKind.SEPARATOR,
                "==============", FurnitureKind.SEPARATOR,
                "_ _ _ _ _ _ _ _ _ _ _ _", FurnitureKind.SEPARATOR,
                "▲Top", FurnitureKind.MENU,
                "Back to top", FurnitureKind.MENU,
                "回到顶部", FurnitureKind.MENU,
                "晨光教育 2021-05-06 北方日报 2846次", FurnitureKind.PAGE_INFO,
                "小林 2019-11-02 10:31 | 3.5K", FurnitureKind.PAGE_INFO);
        lines.forEach((line, kind) -> assertEquals(kind, PageLines.anywhere(line), line));
    }

    @Test
    void keepsSectionBreaksDatesInSentencesAndHeadlines() {
        for (String text : List.of(
                "* * *",
                "---",
                "Top marks went to the youngest pupil in the class.",
                "2008-07-05 美国人庆祝独立日 Americans Celebrate Independence Day",
                "2021-05-06 晴",
                "会议于2021-05-06召开，共有2846人参加。",
                "第3次会议 2021-05-06 记录")) {
            assertNull(PageLines.anywhere(text), text);
        }
    }

    @Test
    void dropsAMenuCopiedAsABulletedListAboveTheArticle() {
        Map<Integer, FurnitureKind> found = kinds(
                "• 首页", "• 美文欣赏", "• 双语新闻", "• 名人名言",
                "• 当前位置: 晨光网 > 双语新闻 > 春天来了",
                "春天来了",
                "The river thawed early this year, and the children ran down to watch the ice go out.",
                "今年河水解冻得早，孩子们都跑下去看冰排漂走。",
                "• apples", "• pears", "• plums");
        assertEquals(Map.of(0, FurnitureKind.MENU, 1, FurnitureKind.MENU, 2, FurnitureKind.MENU, 3, FurnitureKind.MENU,
                4, FurnitureKind.BREADCRUMB), found);
    }

    @Test
    void dropsTheHeadingThatCountsAPagesPiecesButNotATitleWithANumber() {
        assertEquals(FurnitureKind.SITE, PageLines.atTop("英语美文阅读12篇(精选)"));
        assertEquals(FurnitureKind.SITE, PageLines.atTop("英文演讲稿中英文对照(精选8篇)"));
        assertNull(PageLines.atTop("第12篇：春天的河"));
        assertNull(PageLines.atTop("他一共写了12篇文章。"));
    }

    @Test
    void dropsACopiedTableOfContentsUpToTheBodysFirstHeading() {
        Map<Integer, FurnitureKind> found = kinds(
                "河流志", "目 录", "Contents", "第一章 源头", "Chapter I The Source", "第二章 入海", "Chapter II The Sea",
                "第一章 源头", "Chapter I The Source",
                "河流发源于西边的群山，向东流了一千里才到海边。",
                "The river rises in the western hills and runs a thousand miles east to the sea.");
        assertEquals(Map.of(1, FurnitureKind.CONTENTS, 2, FurnitureKind.CONTENTS, 3, FurnitureKind.CONTENTS,
                4, FurnitureKind.CONTENTS, 5, FurnitureKind.CONTENTS, 6, FurnitureKind.CONTENTS), found);
    }

    @Test
    void dropsLineNumbersThatCountByAStepButNotSectionNumbers() {
        String prose = "The river rises in the western hills and runs a thousand miles east to the sea.";
        assertEquals(Map.of(1, FurnitureKind.LINE_NUMBER, 3, FurnitureKind.LINE_NUMBER, 5, FurnitureKind.LINE_NUMBER),
                kinds(prose, "5", prose, "10", prose, "15", prose));
        assertEquals(Map.of(), kinds("1", prose, "2", prose, "3", prose));
    }

    @Test
    void dropsPinyinReadingLinesAndPaginationButNotEnglish() {
        assertEquals(FurnitureKind.READING, PageLines.anywhere("chūn mián bù jué xiǎo ,"));
        assertEquals(FurnitureKind.MENU, PageLines.anywhere("[5][4][3][2][1]"));
        assertEquals(FurnitureKind.MENU, PageLines.anywhere("1 2 3 4 下一页"));
        assertEquals(FurnitureKind.MENU, PageLines.anywhere("往年今日------>"));
        assertEquals(FurnitureKind.MENU, PageLines.anywhere("Read more →"));
        assertNull(PageLines.anywhere("他说：“向前走 →”。"));
        assertNull(PageLines.anywhere("Jia Baoquan"));
        assertNull(PageLines.anywhere("He ran in a hen pen."));
        assertNull(PageLines.anywhere("Chūn is spring, the season of the river."));
    }

    @Test
    void readsAMarkupLineForItsText() {
        assertEquals(Map.of(0, FurnitureKind.PAGE_INFO), kinds("<p>来源：晨光网 编辑：王明</p>",
                "The river rises in the western hills and runs a thousand miles east to the sea."));
    }

    @Test
    void cutsAPinyinReadingGluedBeforeTheTranslation() {
        assertEquals("chūn mián bù jué xiǎo 。", PageLines.readingFront("chūn mián bù jué xiǎo 。In spring I sleep past the dawn."));
        assertNull(PageLines.readingFront("In spring I sleep past the dawn. And the birds sing."));
        assertNull(PageLines.readingFront("chūn mián bù jué xiǎo 。"));
        assertEquals("sān zì jīng -", PageLines.readingFront("sān zì jīng - Three Character Classic"));
        List<Cut> cuts = Furniture.find(List.of("chūn mián bù jué xiǎo 。In spring I sleep past the dawn."), line -> false);
        assertEquals("In spring I sleep past the dawn.", cuts.get(0).kept());
    }

    @Test
    void dropsTheSourcesNameWithAWidgetsWordsAboveTheTitleButNotATitleThatOpensWithIt() {
        Map<Integer, FurnitureKind> found = kinds("2019-05-10 08:34 来源:晨光英语", "晨光英语朗读", "晨光英语：春天的河",
                "The river thawed early this year, and the children ran down to watch the ice go out.");
        assertEquals(Map.of(0, FurnitureKind.PAGE_INFO, 1, FurnitureKind.SITE), found);
    }
}
