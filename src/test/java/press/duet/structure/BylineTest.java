package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Authors and translators from the bylines of pages and old books. */
class BylineTest {
    private static void reads(String line, List<String> authors, List<String> translators) {
        Byline.Credits credits = Byline.of(line).orElseThrow(() -> new AssertionError("no byline: " + line));
        assertEquals(authors, credits.authors(), line);
        assertEquals(translators, credits.translators(), line);
    }

    @Test
    void readsAuthorsInTheFormsPagesPrint() {
        reads("作者：林秋", List.of("林秋"), List.of());
        reads("◎林秋", List.of("林秋"), List.of());
        reads("◎ 文/林秋", List.of("林秋"), List.of());
        reads("文/林秋", List.of("林秋"), List.of());
        reads("by Mr Tom Reed, the Chief Executive of Eastland", List.of("Tom Reed"), List.of());
        reads("文｜林秋、王明", List.of("林秋", "王明"), List.of());
        reads("By Lin Qiu and Mary Stone", List.of("Lin Qiu", "Mary Stone"), List.of());
        reads("by J. R. Hartley", List.of("J. R. Hartley"), List.of());
    }

    @Test
    void readsTranslators() {
        reads("译者：王明", List.of(), List.of("王明"));
        reads("譯者：陳小明", List.of(), List.of("陳小明"));
        reads("王明 译", List.of(), List.of("王明"));
        reads("陳小明 譯", List.of(), List.of("陳小明"));
        reads("Translated by Mary Stone", List.of(), List.of("Mary Stone"));
        reads("tr. Mary Stone", List.of(), List.of("Mary Stone"));
        reads("林秋 著 王明 译", List.of("林秋"), List.of("王明"));
        reads("Lin Qiu, translated by Mary Stone (1891)", List.of("Lin Qiu"), List.of("Mary Stone"));
        reads("By Lin Qiu, translated by Mary Stone", List.of("Lin Qiu"), List.of("Mary Stone"));
        // A classic's title page: the master's name with 著, the translator in Latin letters with 英译.
        reads("庄子 著", List.of("庄子"), List.of());
        reads("Herbert Giles 英译", List.of(), List.of("Herbert Giles"));
    }

    @Test
    void readsATranslatorsPenNameAfterALabelWithAStrokeOrAColon() {
        // Pen names open with no surname: the label with its stroke or colon says the line is a credit.
        reads("译者/云起", List.of(), List.of("云起"));
        reads("翻译&编辑：若溪", List.of(), List.of("若溪"));
        reads("譯者：夢蝶", List.of(), List.of("夢蝶"));
        // The author's field keeps its surname check (a column's name stands there), and a label with
        // neither mark, an unknown name or a phrase is no credit.
        for (String line : List.of("作者：英语课", "翻译 云起", "译者：佚名", "译者/我们的城市生活")) {
            assertTrue(Byline.of(line).isEmpty(), line);
        }
    }

    @Test
    void readsTheOfficeAndNameOfASpeechByline() {
        reads("Secretary of State Mary Stone", List.of("Mary Stone"), List.of());
        reads("Ambassador J. R. Hartley", List.of("J. R. Hartley"), List.of());
        reads("市长林秋", List.of("林秋"), List.of());
        reads("美国国务卿玛丽·斯通", List.of("玛丽·斯通"), List.of());
        reads("美国驻成都总领事馆总领事林秋", List.of("林秋"), List.of());
        assertTrue(Byline.of("President of the club").isEmpty());
    }

    @Test
    void readsANameGivenInBothLanguagesAsOneName() {
        reads("作者：林秋 Lin Qiu", List.of("林秋 (Lin Qiu)"), List.of());
        reads("◎林秋（Lin Qiu）", List.of("林秋 (Lin Qiu)"), List.of());
        reads("By Lin Qiu 林秋", List.of("林秋 (Lin Qiu)"), List.of());
    }

    @Test
    void isNoBylineForASentence() {
        for (String line : List.of("By the river we sat down and wept.", "by the way, it rained", "文化是一个民族的灵魂。",
                "作者在书中写道，城市的夜晚从来没有真正安静过", "Translated by hand, the letters took a year", "诗经新译",
                "By noon the rain had stopped")) {
            assertTrue(Byline.of(line).isEmpty(), line);
        }
    }

    @Test
    void readsTheLabelledNamesOfALineOfPageInformation() {
        Byline.Credits credits = Byline.fields("来源：晨报 作者：林秋 译者：王明 编辑：李华");
        assertEquals(List.of("林秋"), credits.authors());
        assertEquals(List.of("王明"), credits.translators());
    }

    @Test
    void readsTheTranslatorOrTheAuthorOfAnETextsTitlePage() {
        Byline.Credits translated = Byline.titlePage(List.of("THE RIVER BOOK", "with a translation and notes", "by", "Mary Stone", "IN TWO VOLUMES"));
        assertEquals(List.of("Mary Stone"), translated.translators());
        assertEquals(List.of(), translated.authors());
        assertEquals(List.of("Lin Qiu"), Byline.titlePage(List.of("THE RIVER BOOK", "a novel", "by Lin Qiu")).authors());
        assertTrue(Byline.titlePage(List.of("THE RIVER BOOK", "with notes", "IN TWO VOLUMES")).isEmpty());
    }

    @Test
    void readsABylineAfterThePagesBulletOrDash() {
        reads("- By Terry Reed", List.of("Terry Reed"), List.of());
        reads("●美國駐華大使 林秋", List.of("林秋"), List.of());
    }
    @Test
    void readsTheNameBeforeItsOfficeAndLongTransliteratedNames() {
        reads("Mary J. Stone, Secretary of State", List.of("Mary J. Stone"), List.of());
        reads("Li Ming, Premier of the State Council", List.of("Li Ming"), List.of());
        reads("玛丽·J·斯通国务卿", List.of("玛丽·J·斯通"), List.of());
        reads("林秋市长", List.of("林秋"), List.of());
        reads("国务卿玛丽•安妮•斯通豪斯", List.of("玛丽•安妮•斯通豪斯"), List.of());
        reads("國務院總理林秋", List.of("林秋"), List.of());
        for (String line : List.of("美国总统", "國務院總理", "The club, President of the Board", "J·K", "美国大使林秋演讲稿")) {
            assertTrue(Byline.of(line).isEmpty(), line);
        }
    }

    @Test
    void readsATranslationLineAndNoNameWherePagesPrintUnknown() {
        reads("English translation: Mary Stone", List.of(), List.of("Mary Stone"));
        assertTrue(Byline.of("作者：未知").isEmpty());
        assertTrue(Byline.of("By Anonymous").isEmpty());
        assertEquals(List.of(), Byline.fields("来源：网络 作者：佚名").authors());
    }
    @Test
    void readsABareChineseNameOnlyWithACommonSurname() {
        for (String name : List.of("李白", "杜甫", "欧阳修", "王小明")) {
            assertTrue(Byline.isBareName(name), name);
        }
        for (String line : List.of("春天", "床前明月光", "第一章", "Li Bai", "山中")) {
            assertTrue(!Byline.isBareName(line), line);
        }
    }

    @Test
    void aSitesNameInTheAuthorsFieldIsNoName() {
        assertEquals(java.util.List.of(), Byline.fields("时间:2019-01-18 作者:英语角 分类:演讲").authors());
        assertEquals(java.util.Optional.empty(), Byline.of("作者：无忧教育"));
        assertEquals(java.util.List.of("管小平"), Byline.of("作者：管小平").orElseThrow().authors());
    }

    @Test
    void aSignatureWithoutARoleIsKeptAsSigned() {
        assertEquals(java.util.List.of("王小平"), Byline.of("◎王小平").orElseThrow().signers());
        assertEquals(java.util.List.of(), Byline.of("◎作者：王小平").orElseThrow().signers());
    }
}
