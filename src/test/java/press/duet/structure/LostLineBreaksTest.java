package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.report.Dropped;

/** A bilingual text that lost its line breaks (a document site's one line) read as the lines it had. */
class LostLineBreaksTest {
    /** A classic's title page, a note, a chapter number, a verse and its translation, all on one line. */
    private static final String CLASSIC = "3《春江花月夜》汉英对照 (Fletcher 译本)张若虚 著William Fletcher 英译"
            + "(注:译文仅供参考,请读者自行体会)一章春江潮水连海平，海上明月共潮生。滟滟随波千万里，何处春江无月明！"
            + "The tide of the spring river runs level with the sea, and the bright moon rises out of the sea with it. "
            + "It follows the shining waves a thousand miles: where on the spring river is there no moonlight?";

    /** A speech's two title blocks (each a title, a byline and a date), then paragraphs, English first, spaces lost in the English. */
    private static final String SPEECH = "市图书馆新馆开馆致辞(中英对照)RemarksattheOpeningoftheNewCityLibrary"
            + "byMayorLinQiuMarch3rd,2019在市图书馆新馆开馆仪式上的致辞市长林秋2019年3月3日"
            + "GoodMorning,Friends!Welcometoournewlibrary,whichbelongstoeveryreaderinthecity."
            + "朋友们，早上好！欢迎来到我们的新图书馆，它属于这座城市的每一位读者。"
            + "Thesebookswaitedmanyyearsforthisbuilding;todaytheyfinallyhaveahomeopentoall."
            + "这些书为这座楼等了很多年；今天它们终于有了一个向所有人开放的家。";

    @Test
    void putsBackTheLinesOfAClassicsTitlePageNoteChapterNumberAndText() {
        assertEquals(List.of("3", "《春江花月夜》汉英对照 (Fletcher 译本)", "张若虚 著", "William Fletcher 英译",
                "(注:译文仅供参考,请读者自行体会)", "一章", "春江潮水连海平，海上明月共潮生。滟滟随波千万里，何处春江无月明！",
                CLASSIC.substring(CLASSIC.indexOf("The tide"))), LostLineBreaks.lines(CLASSIC));
    }

    @Test
    void readsTheClassicsTitleCreditsAndChapterOnceTheLinesAreBack() {
        Structured structured = PageUnits.structureText(CLASSIC);
        Book book = structured.book();
        assertEquals("《春江花月夜》汉英对照 (Fletcher 译本)", book.metadata().title().zh().text());
        assertEquals(List.of("张若虚"), book.metadata().authors());
        assertEquals(List.of("William Fletcher"), book.metadata().translators());
        assertEquals("一章", book.chapters().get(0).title().zh().text());
        List<String> units = PageUnits.units(structured);
        assertEquals(1, units.size(), units.toString());
        assertTrue(units.get(0).startsWith("春江潮水连海平") && units.get(0).contains("⇔ The tide"), units.get(0));
        List<String> dropped = structured.dropped().stream().map(Dropped::text).toList();
        assertEquals(List.of("3", "(注:译文仅供参考,请读者自行体会)"), dropped);
    }

    @Test
    void putsBackASpeechsTitleBlocksBylinesAndDatesAndPairsItsParagraphs() {
        assertEquals(List.of("市图书馆新馆开馆致辞(中英对照)", "RemarksattheOpeningoftheNewCityLibrary", "byMayorLinQiu",
                "March3rd,2019", "在市图书馆新馆开馆仪式上的致辞", "市长林秋", "2019年3月3日"),
                LostLineBreaks.lines(SPEECH).subList(0, 7));
        Structured structured = PageUnits.structureText(SPEECH);
        Book book = structured.book();
        assertEquals("市图书馆新馆开馆致辞", book.metadata().title().zh().text());
        assertEquals("RemarksattheOpeningoftheNewCityLibrary", book.metadata().title().en().text());
        assertEquals(LocalDate.of(2019, 3, 3), book.metadata().date());
        assertEquals(List.of("林秋"), book.metadata().authors());
        List<String> units = PageUnits.units(structured);
        assertEquals(2, units.size(), units.toString());
        assertTrue(units.get(0).startsWith("朋友们") && units.get(0).contains("⇔ GoodMorning"), units.get(0));
        assertTrue(units.get(1).startsWith("这些书") && units.get(1).contains("⇔ Thesebooks"), units.get(1));
    }

    @Test
    void leavesAQuotationInTheOtherLanguageInsideItsSentence() {
        String line = "他在写给学生的信中引用了一句英文：“Whatever you read slowly and with care becomes a part of you, "
                + "and stays with you long after the book is closed.” 这句话后来被刻在了学校图书馆的门口，每一位学生都记得它。";
        assertEquals(List.of(line), LostLineBreaks.lines(line));
    }

    @Test
    void leavesAHeadlineAndItsTranslationToTheLinesOwnRules() {
        String line = "春天来了 Spring Has Come";
        assertEquals(List.of(line), LostLineBreaks.lines(line));
    }

    /** A document site's page: its greeting and breadcrumb on their lines, then the document glued on one line. */
    private static final String PAGE_WITH_GLUED_DOCUMENT = String.join("\n", "您好,欢迎访问某某文档",
            "当前位置:首页 > 其它文档 > 市长在图书馆的讲话",
            "RemarksbyMayorLinQiuattheCityLibraryMarch3,2019在市图书馆的讲话2019年3月3日"
                    + "Ninhao!您好!"
                    + "Friendsandreaders:朋友们，读者们："
                    + "Welcometoournewlibrary,whichbelongstoeveryreaderinthecityandtoeveryonewhowillcomeafterus."
                    + "欢迎来到我们的新图书馆，它属于这座城市的每一位读者，也属于以后来到这里的每一个人。");

    @Test
    void findsTheGluedLineUnderASitesGreetingAndBreadcrumb() {
        Structured structured = PageUnits.structureText(PAGE_WITH_GLUED_DOCUMENT);
        List<String> units = PageUnits.units(structured);
        assertTrue(units.contains("您好! ⇔ Ninhao!"), units.toString());
        assertTrue(units.contains("朋友们，读者们： ⇔ Friendsandreaders:"), units.toString());
        assertEquals("在市图书馆的讲话", structured.book().metadata().title().zh().text());
        assertTrue(units.stream().anyMatch(u -> u.startsWith("欢迎来到") && u.contains("⇔ Welcometoour")), units.toString());
        assertEquals(LocalDate.of(2019, 3, 3), structured.book().metadata().date());
        List<String> dropped = structured.dropped().stream().map(Dropped::text).toList();
        assertTrue(dropped.contains("当前位置:首页 > 其它文档 > 市长在图书馆的讲话"), dropped.toString());
    }

    @Test
    void keepsAGlossInBracketsInsideItsSentenceAndReadsTheHeadBelowAnEditorsIntroduction() {
        String line = "出席城市阅读论坛(CityReadingForum)的市长林秋(LinQiu)2019年3月3日在论坛上致辞。以下是林秋市长讲话的全文。"
                + "RemarksattheCityReadingForumMarch3,2019在城市阅读论坛上的讲话2019年3月3日"
                + "Goodmorning,everyone.Itisapleasuretoopenthisforumonreadingandthecity."
                + "大家早上好。很高兴为这个关于阅读与城市的论坛开幕。";
        assertEquals(List.of("出席城市阅读论坛(CityReadingForum)的市长林秋(LinQiu)2019年3月3日在论坛上致辞。以下是林秋市长讲话的全文。",
                "RemarksattheCityReadingForum", "March3,2019", "在城市阅读论坛上的讲话", "2019年3月3日",
                "Goodmorning,everyone.Itisapleasuretoopenthisforumonreadingandthecity.",
                "大家早上好。很高兴为这个关于阅读与城市的论坛开幕。"), LostLineBreaks.lines(line));
    }

    @Test
    void givesAnEnglishDateBackToTheEnglishBeforeAChineseNumberInBrackets() {
        String line = "(Adopted by the City Council of Eastland at its third meeting, and amended on March 11, 2018) "
                + "(1982年12月4日东岸市议会第三次会议通过，2018年3月11日修正)";
        assertEquals(List.of("(Adopted by the City Council of Eastland at its third meeting, and amended on March 11, 2018)",
                "(1982年12月4日东岸市议会第三次会议通过，2018年3月11日修正)"), LostLineBreaks.lines(line));
    }

    @Test
    void findsTheTitleOfTheReleaseUnderTheEditorsIntroductionOnTheSameLine() {
        String line = "出席城市阅读论坛(CityReadingForum)的市长林秋(LinQiu)2019年3月3日在论坛上致辞。以下是林秋市长讲话的全文。"
                + "RemarksattheCityReadingForumMarch3,2019在城市阅读论坛上的讲话东岸市2019年3月3日"
                + "Goodmorning,everyone.Itisapleasuretoopenthisforumonreadingandthecity."
                + "大家早上好。很高兴为这个关于阅读与城市的论坛开幕。"
                + "Readingmakesacityquieterandkinder,andeverylibraryisaplacewherestrangersmeetasfriends."
                + "阅读让一座城市更安静、更友善，每一座图书馆都是陌生人以朋友相见的地方。";
        Book book = PageUnits.structureText(line).book();
        assertEquals("在城市阅读论坛上的讲话", book.metadata().title().zh().text());
        assertEquals("RemarksattheCityReadingForum", book.metadata().title().en().text());
        assertEquals(LocalDate.of(2019, 3, 3), book.metadata().date());
    }
}
