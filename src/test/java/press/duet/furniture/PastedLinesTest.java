package press.duet.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The furniture of study sites, document sites and forums in pasted texts of our own, and the lines
 * of real texts with the same words in them that stay.
 */
class PastedLinesTest {
    private static Map<Integer, Cut> cuts(String text) {
        Map<Integer, Cut> cuts = new TreeMap<>();
        Furniture.find(List.of(text.split("\n", -1)), line -> false).forEach(cut -> cuts.put(cut.index(), cut));
        return cuts;
    }

    @Test
    void knowsTheLabelsOfAVersionOrAnExercisePart() {
        for (String label : List.of("译文：", "【汉语翻译】", "參考譯文:", "翻譯 Translation", "對話 Dialogue", "中英文本", "必背:", "重点讲解", "原文", "(英文翻译)")) {
            assertEquals(FurnitureKind.LABEL, PastedLines.anywhere(label), label);
        }
        for (String text : List.of("VOCABULARY:", "翻译的艺术", "译文的风格很重要。", "Translation matters.", "对话与合作",
                "Dialogue between two cities", "答案在风中飘")) {
            assertNull(PastedLines.anywhere(text), text);
        }
    }

    @Test
    void dropsASitesIntroductionToItsReadersAboveTheText() {
        String page = """
                晚安故事
                这篇英语小故事很短，今天给大家分享出来，希望对大家有所帮助！

                The moon climbed over the hill and the owl began to sing.
                月亮爬上了山头，猫头鹰开始唱歌。""";
        Map<Integer, Cut> cuts = cuts(page);
        assertEquals(FurnitureKind.LEAD_IN, cuts.get(1).kind());
        assertEquals(1, cuts.size(), cuts.toString());
    }

    @Test
    void keepsASpeechThatThanksItsAudienceAndProseInTheBody() {
        String speech = """
                女士们，先生们，大家好！今天我很高兴和大家分享我们学校的故事。
                Ladies and gentlemen, good evening! I am glad to share the story of our school with you today.
                我们的老师每天教大家读书写字，希望对大家有帮助。
                Our teachers help everyone read and write every day, and we hope it helps.""";
        assertEquals(Map.of(), cuts(speech));
        // Below the top a site's phrases are the article's own words.
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            story.append("The river ran past the village number ").append(i).append(" and the children watched it.\n");
        }
        story.append("老师说：这篇英语故事我给大家分享一下，希望对大家有帮助。\n");
        assertEquals(Map.of(), cuts(story.toString()));
    }

    @Test
    void dropsADocumentSitesFileFieldsAndAnUploadersNote() {
        String page = """
                双语新闻两篇
                - 格式:doc
                - 大小:27.50 KB
                - 文档页数:4
                (PS: 这些内容是网上找的，大家有更好的译法可以提出来。
                )
                The river was high after the spring rain, and the bridge was closed for a week.
                春雨过后河水上涨，大桥封闭了一个星期。""";
        Map<Integer, Cut> cuts = cuts(page);
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(cuts.keySet()));
        assertEquals(FurnitureKind.PAGE_INFO, cuts.get(2).kind());
        assertEquals(FurnitureKind.SEPARATOR, cuts.get(5).kind());
        // A word list's entries with the same words stay.
        assertNull(PastedLines.anywhere("大小：size"));
        assertNull(PastedLines.anywhere("格式：format"));
    }

    @Test
    void dropsAForumThreadsWidgetsAndItsPromptsToReply() {
        String page = """
                学英语论坛
                立即注册
                打印 上一主题 下一主题
                跳转到指定楼层
                楼主
                发表于 2021-3-2 10:15:40 | 只看该作者 |倒序浏览 |阅读模式
                回帖下载双语文本及音频:
                游客,如果您要查看本帖隐藏内容请【回复】
                城市的灯光在雨中闪烁，街上的行人撑着伞匆匆走过。
                The lights of the city flickered in the rain as people hurried past under umbrellas.""";
        Map<Integer, Cut> cuts = cuts(page);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), List.copyOf(cuts.keySet()), cuts.toString());
        assertEquals(FurnitureKind.PAGE_INFO, cuts.get(5).kind());
    }

    @Test
    void dropsALocationLabelAboveItsTrailAndASiteNameThePageRepeats() {
        String page = """
                當前位置
                首頁 > 英語閱讀 > 美文
                晨光网
                山間的小路
                关注晨光网公众号，每天读一篇美文
                山間的小路彎彎曲曲，一直通到雲裏去，路邊開滿了野花。
                The path in the hills winds up into the clouds, and wild flowers grow beside it.""";
        Map<Integer, Cut> cuts = cuts(page);
        assertEquals(FurnitureKind.BREADCRUMB, cuts.get(0).kind());
        assertEquals(FurnitureKind.SITE, cuts.get(2).kind());
        assertNull(cuts.get(3));
        // A title that ends in 网 and that no other line names stays.
        assertEquals(Map.of(), cuts("""
                渔网
                老人每天早上补他的渔网，一补就是一个上午。
                Every morning the old man mends his fishing net, and it takes him the whole morning."""));
    }

    @Test
    void takesASiteNameGluedBeforeParagraphsOffThem() {
        String page = """
                The fox looked up at the grapes and licked his lips.
                晨光英语网   狐狸抬头看着葡萄，舔了舔嘴唇。
                晨光英语网   The grapes hung high above his head.
                晨光英语网   葡萄高高地挂在他的头顶上。
                He jumped, but he could not reach them.""";
        Map<Integer, Cut> cuts = cuts(page);
        assertEquals(List.of(1, 2, 3), List.copyOf(cuts.keySet()));
        assertEquals("晨光英语网", cuts.get(2).removed());
        assertEquals("The grapes hung high above his head.", cuts.get(2).kept());
        // Twice is no watermark; and a speaker's name before each line is no site.
        assertEquals(Map.of(), cuts("""
                晨光英语网 狐狸抬头看着葡萄，舔了舔嘴唇。
                晨光英语网 The grapes hung high above his head.
                王老师傅 今天我们讲狐狸和葡萄的故事。
                王老师傅 狐狸跳了起来，可是够不着。
                王老师傅 最后它说葡萄是酸的。"""));
    }

    @Test
    void readsAHeadLineWithoutTheWatermarkGluedToIt() {
        String mark = "文章源自晨光英语-https://www.example.com/123.html";
        String page = String.join("\n", "市长在新图书馆开馆典礼上的致辞" + mark, mark, "城市会议展览中心" + mark,
                "2022年7月1日" + mark, mark, "各位来宾，女士们，先生们：今天我们在这里庆祝新图书馆开馆，这是全市人民的喜事。" + mark,
                "Distinguished guests, ladies and gentlemen, today we celebrate the opening of the new library.", mark);
        Map<Integer, Cut> cuts = new TreeMap<>();
        Furniture.find(List.of(page.split("\n")), line -> false, line -> line.matches("\\d{4}年\\d{1,2}月\\d{1,2}日"))
                .forEach(cut -> cuts.put(cut.index(), cut));
        assertEquals(FurnitureKind.HEAD_NOTE, cuts.get(2).kind());
        assertNull(cuts.get(2).kept());
        assertEquals(FurnitureKind.WATERMARK, cuts.get(5).kind());
        assertEquals(mark, cuts.get(5).removed());
    }

    @Test
    void dropsASpeechsDeliveryNoteAndTheOfficesNumberOfTheText() {
        for (String line : List.of("(As Prepared for Delivery)", "（致詞講稿）", "(Check against delivery)", "以讲话为准")) {
            assertEquals(FurnitureKind.HEAD_NOTE, PastedLines.anywhere(line), line);
        }
        for (String line : List.of("AIT Official Text #: OT-1813", "AIT 正式資料編號: OT-1813", "Press Release No. 22-104")) {
            assertEquals(FurnitureKind.PAGE_INFO, PastedLines.anywhere(line), line);
        }
        for (String line : List.of("Text 1", "Text A: The Old Man and the Sea", "As prepared as ever, she left.", "演讲稿的写法")) {
            assertNull(PastedLines.anywhere(line), line);
        }
    }

    @Test
    void dropsTheDateLineThatRepeatsTheFirstInTheOtherLanguage() {
        String page = """
                March 3, 2015
                Good morning. It is an honour to stand here with the students of this old university today.
                2015年3月3日
                早上好。今天能和这所古老大学的学生们站在一起，我深感荣幸。
                2016年3月3日
                一年以后，我们又回到了这里。""";
        Map<Integer, Cut> cuts = new TreeMap<>();
        Furniture.find(List.of(page.split("\n")), line -> false,
                        line -> line.matches("\\d{4}年\\d{1,2}月\\d{1,2}日|[A-Z][a-z]+ \\d{1,2}, \\d{4}"))
                .forEach(cut -> cuts.put(cut.index(), cut));
        assertEquals(List.of(2), List.copyOf(cuts.keySet()), cuts.toString());
        assertEquals(FurnitureKind.PAGE_INFO, cuts.get(2).kind());
    }

    @Test
    void takesTheListUnderARelatedHeadingAboveTheArticleButNotItsHeadline() {
        String page = """
                【精彩回顾】》》》
                山里的小学开学了
                城市的夜晚
                春天的河流与桥
                The Old Bridge 老桥
                The old bridge has stood over the river for three hundred years, and the town loves it.
                这座老桥横跨河上已有三百年，镇上的人都爱它。""";
        Map<Integer, Cut> cuts = cuts(page);
        assertEquals(List.of(0, 1, 2, 3), List.copyOf(cuts.keySet()), cuts.toString());
        assertEquals(FurnitureKind.RELATED, cuts.get(2).kind());
    }

    @Test
    void dropsABodyBylineAndATitleRepeatedWithItsVersionsLabel() {
        assertEquals(FurnitureKind.PAGE_INFO, PastedLines.anywhere("Written by Lin Qiu on March 03, 2015"));
        assertEquals(FurnitureKind.PAGE_INFO, PastedLines.anywhere("Posted by Anna Lee, 4 May 2019"));
        assertNull(PastedLines.anywhere("Written by hand on the back of a letter"));
        String page = """
                双语演讲稿：市长在图书馆开馆典礼上的讲话
                市长在图书馆开馆典礼上的讲话 (英文)
                Today we open the new library, and every child in the city will have a place to read.
                今天新图书馆开馆，全市的孩子都有了读书的地方。""";
        Map<Integer, Cut> cuts = cuts(page);
        assertEquals(FurnitureKind.LABEL, cuts.get(1).kind());
        assertNull(cuts.get(0));
        // The only title of a text, with its version's label, stays.
        assertEquals(Map.of(), cuts("""
                The Old Bridge (English)
                The old bridge has stood over the river for three hundred years, and the town loves it."""));
    }
}
