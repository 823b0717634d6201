package press.duet.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The shapes of page furniture, and the real sentences with the same words in them that stay. */
class FurnitureTest {
    private static Map<Integer, FurnitureKind> kinds(String text) {
        Map<Integer, FurnitureKind> kinds = new TreeMap<>();
        Furniture.find(List.of(text.split("\n", -1)), line -> false).forEach(cut -> kinds.put(cut.index(), cut.kind()));
        return kinds;
    }

    @Test
    void knowsTheLinesPagesPrintAroundAnArticle() {
        Map<String, FurnitureKind> lines = Map.ofEntries(
                Map.entry("当前位置：首页 > 双语阅读 > 正文", FurnitureKind.BREADCRUMB),
                Map.entry("您现在的位置: 首页 > 英语听力 > 英语演讲 > 正文", FurnitureKind.BREADCRUMB),
                Map.entry("Home » News » World", FurnitureKind.BREADCRUMB),
                Map.entry("您所在的位置:网站首页 专题 春天的公园", FurnitureKind.BREADCRUMB),
                Map.entry("首页 > 栏目 > 文章", FurnitureKind.BREADCRUMB),
                Map.entry("友善列印版本", FurnitureKind.SHARE),
                Map.entry("市長剪綵開館。(圖/海港日報)", FurnitureKind.CAPTION),
                Map.entry("The mayor opens the library. (Photo: Harbour Daily)", FurnitureKind.CAPTION),
                Map.entry("Printer-friendly version", FurnitureKind.SHARE),
                Map.entry("来源：晨报 作者：林秋 编辑：王明", FurnitureKind.PAGE_INFO),
                Map.entry("責任編輯：陳小明", FurnitureKind.PAGE_INFO),
                Map.entry("阅读 12,345 次", FurnitureKind.PAGE_INFO),
                Map.entry("2019-04-02 09:15 882 查看", FurnitureKind.PAGE_INFO),
                Map.entry("推荐人：小李 时间：2021-06-01", FurnitureKind.PAGE_INFO),
                Map.entry("Views: 3,210", FurnitureKind.PAGE_INFO),
                Map.entry("分享到：微信 微博 QQ空间", FurnitureKind.SHARE),
                Map.entry("扫码关注我们的公众号", FurnitureKind.SHARE),
                Map.entry("Share this article", FurnitureKind.SHARE),
                Map.entry("Facebook Twitter Email", FurnitureKind.SHARE),
                Map.entry("上一篇：春天的公园", FurnitureKind.PREVIOUS_NEXT),
                Map.entry("下一篇", FurnitureKind.PREVIOUS_NEXT),
                Map.entry("Next article: The Winter River", FurnitureKind.PREVIOUS_NEXT),
                Map.entry("相关文章", FurnitureKind.RELATED),
                Map.entry("推荐阅读：", FurnitureKind.RELATED),
                Map.entry("Related:", FurnitureKind.RELATED),
                Map.entry("版权所有 © 2023 晨光网", FurnitureKind.COPYRIGHT),
                Map.entry("Copyright 2021 Example Press. All rights reserved.", FurnitureKind.COPYRIGHT),
                Map.entry("【打印】【关闭窗口】", FurnitureKind.MENU));
        lines.forEach((line, kind) -> assertEquals(kind, FurnitureLine.anywhere(line), line));
    }

    @Test
    void knowsAnEditorsLabelOfferAndLeadInAboveTheText() {
        Map<String, FurnitureKind> lines = Map.of(
                "摘要:", FurnitureKind.LEAD_IN,
                "今天小编为大家准备了市长在图书馆开幕式上的讲话，一起来看看吧。", FurnitureKind.LEAD_IN,
                "以下是演讲全文:", FurnitureKind.LEAD_IN,
                "市長就職演說中英版全文:", FurnitureKind.LEAD_IN,
                "Following is the speech by the Mayor, Mr Tom Reed, at the library this evening (March 3):", FurnitureKind.LEAD_IN,
                "登录", FurnitureKind.MENU,
                "(注:译文仅供参考,请读者自行体会)", FurnitureKind.LEAD_IN);
        lines.forEach((line, kind) -> assertEquals(kind, FurnitureLine.atTop(line), line));
        assertEquals(null, FurnitureLine.atTop("以下是我在图书馆里度过的一个下午。"));
    }

    @Test
    void knowsADocumentsVersionLineAtItsTop() {
        assertEquals(FurnitureKind.COPYRIGHT, FurnitureLine.atTop("Version 2.1 • See the changes page for corrections and their dates"));
        assertEquals(FurnitureKind.COPYRIGHT, FurnitureLine.atTop("版本 3.0｜更新於 2020 年"));
        assertEquals(null, FurnitureLine.atTop("Version 2.1 of the rules was written by the whole village in one long winter."));
    }

    @Test
    void keepsSentencesThatMentionTheSameWords() {
        for (String sentence : List.of(
                "这条消息的来源是一位不愿透露姓名的老师，她说学校明年会再建一座图书馆。",
                "来源于生活的艺术才最有生命力。",
                "我们应该把读书的快乐分享到更多的地方去。",
                "Share your umbrella with a stranger and the rain feels lighter.",
                "Copyright law changed a great deal after the treaty was signed.",
                "下一篇文章我们将讨论秋天的河流。",
                "Next, the children walked to the river and sat down.",
                "The home of the old poet is now a small museum by the lake.",
                "他的位置在教室的最后一排。",
                "作者在书中写道，城市的夜晚从来没有真正安静过。",
                "Related stories were told in every village along the coast.")) {
            assertNull(FurnitureLine.atEdge(sentence), sentence);
        }
    }

    @Test
    void dropsMenusAddressesAndNoticesOnlyAboveOrBelowTheProse() {
        String text = String.join("\n",
                "首页 | 新闻 | 登录 | 注册",
                "欢迎访问晨光学习网",
                "秋天的图书馆",
                "每到秋天，城东的老图书馆就挤满了来复习的学生。",
                "Every autumn the old library fills with students revising for their exams.",
                "苹果 香蕉 下载",
                "www.example.org",
                "图书馆的管理员说，这座楼已经有八十年的历史了。",
                "The librarian says the building is eighty years old.",
                "未经授权，不得转载。",
                "www.example.org");
        Map<Integer, FurnitureKind> kinds = kinds(text);
        assertEquals(FurnitureKind.MENU, kinds.get(0));
        assertEquals(FurnitureKind.SITE, kinds.get(1));
        assertNull(kinds.get(2), "the title stays");
        assertNull(kinds.get(5), "a word list in the body is text");
        assertNull(kinds.get(6), "an address in the body is text");
        assertEquals(FurnitureKind.COPYRIGHT, kinds.get(9));
        assertEquals(FurnitureKind.SITE, kinds.get(10));
    }

    @Test
    void dropsTheCreditLinesThatCloseATranslatedArticleButNotTheSameWordsInItsBody() {
        String text = String.join("\n",
                "秋天的图书馆",
                "每到秋天，城东的老图书馆就挤满了来复习的学生。",
                "Every autumn the old library fills with students revising for their exams.",
                "英文来源：晨报周末版",
                "（晨光双语学习 Mary）",
                "（市图书馆 林秋）");
        Map<Integer, FurnitureKind> kinds = kinds(text);
        assertEquals(FurnitureKind.PAGE_INFO, kinds.get(3), "a qualified source label below the prose");
        assertEquals(FurnitureKind.PAGE_INFO, kinds.get(4), "a desk and an editor's name in brackets");
        assertEquals(FurnitureKind.PAGE_INFO, kinds.get(5));
        String body = String.join("\n",
                "秋天的图书馆",
                "每到秋天，城东的老图书馆就挤满了来复习的学生。",
                "（市图书馆 林秋）",
                "英文来源：晨报周末版",
                "图书馆的管理员说，这座楼已经有八十年的历史了。",
                "参考来源：馆长说，这些书大多来自捐赠。");
        Map<Integer, FurnitureKind> inBody = kinds(body);
        assertNull(inBody.get(2), "between paragraphs a bracketed line is text");
        assertNull(inBody.get(3), "between paragraphs a source label is text");
        assertNull(inBody.get(5), "a sentence after a label is prose");
    }

    @Test
    void dropsAWatermarkRepeatedThroughTheTextWholeAndGluedToParagraphs() {
        String mark = "文章源自晨光网-https://www.example.org/a/12.html";
        String text = String.join("\n",
                "第一段，我们在河边散步。", mark,
                "Paragraph one: we walked by the river.", mark,
                "第二段，天慢慢黑了。" + mark,
                "Paragraph two: night fell slowly.", mark);
        List<Cut> cuts = Furniture.find(List.of(text.split("\n")), line -> false);
        assertEquals(List.of(1, 3, 4, 6), cuts.stream().map(Cut::index).toList());
        assertTrue(cuts.stream().allMatch(cut -> cut.kind() == FurnitureKind.WATERMARK));
        Cut glued = cuts.get(2);
        assertEquals("第二段，天慢慢黑了。", glued.kept());
        assertEquals(mark, glued.removed());
    }

    @Test
    void keepsARefrainThatRepeats() {
        String text = String.join("\n", "我们一起回家。", "Let us go home together.", "我们一起回家。", "Let us go home together.",
                "我们一起回家。", "Let us go home together.");
        assertEquals(Map.of(), kinds(text));
    }

    @Test
    void takesFurnitureGluedToTheFirstParagraphApart() {
        String text = String.join("\n", "秋天的图书馆",
                "来源：晨报 阅读 1,024 次 每到秋天，城东的老图书馆就挤满了来复习的学生。",
                "分享到：微信 微博 Every autumn the old library fills with students revising for exams.");
        List<Cut> cuts = Furniture.find(List.of(text.split("\n")), line -> false);
        assertEquals(2, cuts.size());
        assertEquals("每到秋天，城东的老图书馆就挤满了来复习的学生。", cuts.get(0).kept());
        assertEquals("来源：晨报 阅读 1,024 次", cuts.get(0).removed());
        assertEquals(FurnitureKind.PAGE_INFO, cuts.get(0).kind());
        assertEquals("Every autumn the old library fills with students revising for exams.", cuts.get(1).kept());
        assertEquals(FurnitureKind.SHARE, cuts.get(1).kind());
    }

    @Test
    void dropsTheListOfLinksUnderARelatedHeadingAndAfterPreviousNextButNotTheLastLinesOfAPoem() {
        String page = String.join("\n",
                "城东的老图书馆在秋天挤满了来复习的学生。",
                "The old library fills with students every autumn.",
                "下一篇：冬天的河流",
                "夏天的海边",
                "城市里的小巷",
                "相关文章",
                "山里的学校",
                "版权所有 晨光网");
        assertEquals(Map.of(2, FurnitureKind.PREVIOUS_NEXT, 3, FurnitureKind.RELATED, 4, FurnitureKind.RELATED,
                5, FurnitureKind.RELATED, 6, FurnitureKind.RELATED, 7, FurnitureKind.COPYRIGHT), kinds(page));
        String poem = String.join("\n",
                "这首诗写于一个下雪的夜晚，诗人独自坐在窗前。",
                "The poet wrote this on a snowy night, alone by the window.",
                "雪落在山上",
                "Snow falls on the hills",
                "灯还亮着",
                "The lamp still burns");
        assertEquals(Map.of(), kinds(poem));
    }

    @Test
    void leavesTheArticlesOwnBylineAboveTheProseToTheCaller() {
        String text = String.join("\n", "秋天的图书馆", "作者：林秋", "每到秋天，城东的老图书馆就挤满了来复习的学生。");
        assertEquals(Map.of(1, FurnitureKind.PAGE_INFO), kinds(text));
        assertEquals(List.of(), Furniture.find(List.of(text.split("\n")), line -> line.startsWith("作者")));
    }

    @Test
    void leavesATextThatIsAllFurnitureAlone() {
        assertEquals(Map.of(), kinds("分享到：微信\n阅读 3 次"));
    }
    @Test
    void knowsCreditsSourceLinesBlogFootersLicencesAndImprints() {
        Map<String, FurnitureKind> lines = Map.ofEntries(
                Map.entry("Photo courtesy of Example Images /照片:Example Images提供", FurnitureKind.PAGE_INFO),
                Map.entry("图／林秋", FurnitureKind.PAGE_INFO),
                Map.entry("Source: The Example Archive http://archive.example.org/river, from \"The River Book\", Mary Stone, 1899", FurnitureKind.PAGE_INFO),
                Map.entry("林秋 發表在 晨光部落 留言(0) 人氣(12)", FurnitureKind.PAGE_INFO),
                Map.entry("瀏覽方式: 標題列表 簡短摘要", FurnitureKind.PAGE_INFO));
        lines.forEach((line, kind) -> assertEquals(kind, FurnitureLine.anywhere(line), line));
        Map<String, FurnitureKind> edges = Map.ofEntries(
                Map.entry("本作品在全世界都属于公有领域，因为作者逝世已经超过100年。", FurnitureKind.COPYRIGHT),
                Map.entry("This work is in the public domain in the United States.", FurnitureKind.COPYRIGHT),
                Map.entry("London : Example & co., 1899", FurnitureKind.COPYRIGHT));
        edges.forEach((line, kind) -> assertEquals(kind, FurnitureLine.atEdge(line), line));
        for (String sentence : List.of("Photographs of the river were hung in the hall.", "他發表在報紙上的文章有三百篇。",
                "The park became public domain land in 1901, and the village grew around it.",
                "London: the city where, in 1899, she first read the poems.")) {
            assertNull(FurnitureLine.anywhere(sentence), sentence);
        }
    }
}
