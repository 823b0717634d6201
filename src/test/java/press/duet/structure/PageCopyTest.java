package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Block;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.TextReaderAccess;
import press.duet.report.Dropped;

/** Texts copied from web pages (written for this test): the furniture leaves, the article and its metadata stay. */
class PageCopyTest {
    private static final String PAGE = String.join("\n",
            "晨光学习网 - 让阅读成为习惯",
            "首页 | 双语阅读 | 英语演讲 | 登录 | 注册",
            "当前位置：首页 > 双语阅读 > 正文",
            "秋天的图书馆（中英对照）",
            "The Library in Autumn",
            "来源：晨报 作者：林秋 时间：2023-03-05 13:12 阅读 12,345 次",
            "分享到：微信 微博 QQ空间",
            "每到秋天，城东的老图书馆就挤满了来复习的学生，窗外的银杏叶一片片落下来。",
            "Every autumn the old library in the east of the town fills with students, while ginkgo leaves drift down outside.",
            "文章源自晨光学习网-https://www.example.org/a/123.html",
            "管理员说，这座楼已经有八十年的历史了，它的来源是一位商人的捐赠。",
            "The librarian says the building is eighty years old; it came from a merchant's gift.",
            "文章源自晨光学习网-https://www.example.org/a/123.html",
            "我们应该把读书的快乐分享到更多的地方去。",
            "We should share the joy of reading with more places.",
            "文章源自晨光学习网-https://www.example.org/a/123.html",
            "责任编辑：王明",
            "上一篇：春天的公园",
            "下一篇：冬天的河流",
            "相关文章",
            "夏天的海边",
            "城市里的小巷",
            "版权所有 © 2023 晨光学习网 京ICP备12345678号");

    private static Structured structure(String text, StructureOptions options) {
        return Structurer.structure(List.of(new Draft("page.txt", "UTF-8", TextReaderAccess.blocks(text))), options);
    }

    private static List<Pair> pairs(Structured structured) {
        return structured.book().chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof Pair).map(b -> (Pair) b).toList();
    }

    @Test
    void publishesTheArticleWithoutItsFurnitureAndListsEachDroppedLine() {
        Structured structured = structure(PAGE, StructureOptions.defaults());
        List<Pair> pairs = pairs(structured);
        assertEquals(3, pairs.size());
        assertTrue(pairs.stream().allMatch(Pair::isComplete), pairs.toString());
        assertTrue(pairs.get(1).zh().text().startsWith("管理员说"), "a sentence that mentions 来源 stays");
        assertTrue(pairs.get(2).en().text().startsWith("We should share"), "a sentence that mentions share stays");
        List<Integer> lines = structured.dropped().stream().map(d -> d.place().line()).toList();
        assertEquals(List.of(1, 2, 3, 6, 7, 10, 13, 16, 17, 18, 19, 20, 21, 22, 23), lines);
        Dropped first = structured.dropped().get(0);
        assertEquals("page.txt", first.place().file());
        assertEquals(HeadSplit.ABOVE_TITLE, first.reason());
        assertEquals("share or scan prompt", structured.dropped().get(4).reason());
    }

    @Test
    void takesTheTitleFromTheTitleLineAndTheDateAndAuthorFromThePageInformation() {
        Metadata m = structure(PAGE, StructureOptions.defaults()).book().metadata();
        assertEquals("秋天的图书馆", m.title().zh().text());
        assertEquals("The Library in Autumn", m.title().en().text());
        assertEquals("中英对照", m.label());
        assertEquals(LocalDate.of(2023, 3, 5), m.date());
        assertEquals(List.of("林秋"), m.authors());
    }

    @Test
    void keepsEveryLineWhenAsked() {
        Structured kept = structure(PAGE, StructureOptions.builder().keepFurniture(true).build());
        assertEquals(List.of(), kept.dropped());
        String all = kept.book().chapters().stream().flatMap(c -> c.blocks().stream()).map(Block::toString)
                .reduce("", String::concat);
        assertTrue(all.contains("分享到") && all.contains("版权所有"), all);
    }

    @Test
    void readsTheBylineOfAnOldTranslationAsMetadataNotAsAChapter() {
        String text = String.join("\n", "The Book of the River", "Lin Qiu, translated by Mary Stone (1891)", "",
                "CHAPTER I", "", "The river rises in the western hills and runs for a thousand miles to the sea.",
                "", "CHAPTER II", "", "In the spring the boats come down with the melted snow and the timber.");
        Structured structured = structure(text, StructureOptions.defaults());
        Metadata m = structured.book().metadata();
        assertEquals(List.of("Lin Qiu"), m.authors());
        assertEquals(List.of("Mary Stone"), m.translators());
        assertEquals(2, structured.book().chapters().size());
        assertEquals("Lin Qiu, translated by Mary Stone", press.duet.text.BookWords.credits(m.authors(), m.translators(), Lang.EN));
    }

    @Test
    void readsBylinesAndDatesAfterTheTitleInTheirCommonForms() {
        String text = String.join("\n", "《晨光双语》：山里的学校", "A School in the Hills", "◎林秋", "王明 译",
                "- Nov 23 Wed 2022 08:46",
                "山里的学校只有一位老师，她每天走两个小时的山路来上课。",
                "The school in the hills has one teacher, who walks two hours up the mountain every day.");
        Metadata m = structure(text, StructureOptions.defaults()).book().metadata();
        assertEquals("山里的学校", m.title().zh().text());
        assertEquals("晨光双语", m.series());
        assertEquals(List.of("林秋"), m.authors());
        assertEquals(List.of("王明"), m.translators());
        assertEquals(LocalDate.of(2022, 11, 23), m.date());
    }

    @Test
    void takesTheTitleAboveTheBylineNotTheSiteNameAboveIt() {
        String text = String.join("\n", "晨光学习网", "山里的学校", "作者：林秋",
                "山里的学校只有一位老师，她每天走两个小时的山路来上课。",
                "The school in the hills has one teacher, who walks two hours up the mountain every day.");
        Structured structured = structure(text, StructureOptions.defaults());
        assertEquals("山里的学校", structured.book().metadata().title().zh().text());
        assertEquals(List.of("晨光学习网"), structured.dropped().stream().map(Dropped::text).toList());
    }

    @Test
    void readsThePressReleaseHeadOfATranscript() {
        String text = String.join("\n\n", "晨光市政府", "新闻办公室", "2021年6月1日", "市长在新图书馆开馆仪式上的讲话", "晨光市东区",
                "上午九时三十分",
                "市长：大家上午好。今天我们在这里为新图书馆开馆，这座楼花了三年才建成，感谢每一位参与的工人。",
                "我希望每个孩子都能在这里找到一本喜欢的书，也希望老人们常来坐坐。");
        Structured structured = structure(text, StructureOptions.defaults());
        Metadata m = structured.book().metadata();
        assertEquals("市长在新图书馆开馆仪式上的讲话", m.title().zh().text());
        assertEquals(LocalDate.of(2021, 6, 1), m.date());
        assertEquals(List.of(1, 3, 9, 11), structured.dropped().stream().map(d -> d.place().line()).toList());
        assertTrue(pairs(structured).get(0).zh().text().startsWith("市长：大家上午好"));
    }

    @Test
    void keepsANumberedSectionUnderTheTitleAndByline() {
        String text = String.join("\n", "The Book of the River", "By Lin Qiu", "Translated by Mary Stone", "I. The Source",
                "The river rises in the western hills and runs for a thousand miles to the sea.");
        Structured structured = structure(text, StructureOptions.defaults());
        assertEquals(List.of(), structured.dropped());
    }

    @Test
    void takesTheBilingualTitleUnderAnEnglishTitlePage() {
        String text = String.join("\n\n", "THE OLD RIVER BOOKS", "by", "Mary Stone", "IN TWO VOLUMES", "河书\nTHE RIVER BOOK.",
                "河从西山发源，向东流了一千里才到海边。\nThe river rises in the western hills and runs a thousand miles to the sea.");
        Structured structured = structure(text, StructureOptions.defaults());
        Metadata m = structured.book().metadata();
        assertEquals("河书", m.title().zh().text());
        assertEquals("THE RIVER BOOK", m.title().en().text());
        assertEquals(4, structured.dropped().size());
    }
}
