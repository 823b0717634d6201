package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines that hold a text and its translation (written for this test), and lines that only name something in the other language. */
class LanguageRunsTest {
    private static List<String> split(String line) {
        return OneLinePairs.split(1, line).stream().map(Paragraph::text).toList();
    }

    @Test
    void splitsAHeadlineFromItsTranslationWithNothingBetweenThem() {
        assertEquals(List.of("2024-03-02 河边小镇举办灯笼节", "Riverside Town Holds Lantern Festival"),
                split("2024-03-02 河边小镇举办灯笼节 Riverside Town Holds Lantern Festival"));
    }

    @Test
    void keepsAnEnglishTitleInsideAChineseSentenceWhole() {
        String ended = "我最喜欢的书是 The Lord of the Rings。";
        assertEquals(List.of(ended), split(ended));
        String tooLongForATranslation = "我喜欢读 Harry Potter and the Philosopher's Stone";
        assertEquals(List.of(tooLongForATranslation), split(tooLongForATranslation));
        String clause = "小镇很安静，居民不多 Most People Left Long Ago";
        assertEquals(List.of(clause), split(clause));
        String lowerCase = "这是我们的新产品 made in small batches";
        assertEquals(List.of(lowerCase), split(lowerCase));
    }

    @Test
    void keepsAChineseLabelWholeThatOpensWithAcronymsOnly() {
        // "HTML & CSS" names what the label is about; it is no headline translating the Chinese.
        assertEquals(List.of("HTML & CSS 编辑人员"), split("HTML & CSS 编辑人员"));
        assertEquals(List.of("API / SDK 开发人员"), split("API / SDK 开发人员"));
        // A headline with words is still cut from its translation.
        assertEquals(List.of("河边小镇举办灯笼节", "Riverside Town Holds Lantern Festival"),
                split("河边小镇举办灯笼节 Riverside Town Holds Lantern Festival"));
    }

    @Test
    void keepsAChineseParagraphWholeWhoseNamesInBracketsHaveInitials() {
        // "John R.W. Hartley)、" holds a stop before a space, but an initial's stop ends no sentence.
        String names = "镇上的老居民都记得三位老师。在过去四十年间，留在镇上的老师只有老哈特利(John R.W. Hartley)、"
                + "玛丽•林肯(Mary Lincoln)和安妮•斯通(Anne Stone)。三人都在这里教了三十年书。后来一起退休。";
        assertEquals(List.of(names), split(names));
    }

    @Test
    void aNameInsideASentenceDoesNotStopTheLineFromSplitting() {
        assertEquals(List.of("本地电台 WKRB 最先报导了这条消息，记者随后赶到了现场。", "The local station WKRB first reported the story."),
                split("本地电台 WKRB 最先报导了这条消息，记者随后赶到了现场。 The local station WKRB first reported the story."));
    }

    @Test
    void splitsALongChineseStoryFromTheShortStartOfItsEnglish() {
        // The English is under a tenth of the line's weight: too little to make the line "mixed", enough to be a sentence.
        String chinese = "河边小镇昨天举办了一年一度的灯笼节，数千名居民和游客沿着河岸散步，观看了烟花表演。"
                + "组织者说，今年的灯笼比往年多了一倍，许多灯笼是由当地学校的学生亲手制作的。"
                + "镇长在开幕式上表示，希望这个节日能吸引更多的人来了解小镇的历史和文化。";
        String english = "The riverside town held its yearly lantern festival yesterday…";
        assertEquals(List.of(chinese, english), split(chinese + " " + english));
        String oneName = chinese + " BBC";
        assertEquals(List.of(oneName), split(oneName));
    }

    @Test
    void aNameAtTheEdgeOfALineKeepsItWhole() {
        String line = "He read 静夜思 aloud twice.";
        assertEquals(List.of(line), split(line));
    }

    @Test
    void dropsALabelThatNamesTheLanguageOfItsLine() {
        assertEquals("The river rose all night.", LanguageLabel.strip("英文：The river rose all night."));
        assertEquals("河水涨了一整夜。", LanguageLabel.strip("中文: 河水涨了一整夜。"));
        assertEquals("河水涨了一整夜。", LanguageLabel.strip("【Chinese】河水涨了一整夜。"));
    }

    @Test
    void dropsALabelThatNamesItsLineAsTheTranslationInEitherLanguage() {
        assertEquals("河水涨了一整夜。", LanguageLabel.strip("翻译:河水涨了一整夜。"));
        assertEquals("河水漲了一整夜。", LanguageLabel.strip("參考譯文：河水漲了一整夜。"));
        assertEquals("The river rose all night.", LanguageLabel.strip("Translation: The river rose all night."));
        assertEquals("翻譯 Translation", LanguageLabel.strip("翻譯 Translation"));
        assertEquals("翻译：a word for word gloss 逐字", LanguageLabel.strip("翻译：a word for word gloss 逐字"));
    }

    @Test
    void keepsALabelThatIsAFieldOrOpensASentence() {
        assertEquals("中文：a course for beginners", LanguageLabel.strip("中文：a course for beginners"));
        assertEquals("English teachers met in the hall.", LanguageLabel.strip("English teachers met in the hall."));
        assertEquals("英文老师来了。", LanguageLabel.strip("英文老师来了。"));
    }

    @Test
    void dropsTheBulletOfAListItemButNotAMiddleDot() {
        assertEquals("河水涨了一整夜。", ListBullet.strip("•河水涨了一整夜。"));
        assertEquals("The river rose all night.", ListBullet.strip("● The river rose all night."));
        assertEquals("·", ListBullet.strip("·"));
        assertEquals("•", ListBullet.strip("•"));
        assertEquals("·安东尼·布林肯", ListBullet.strip("·安东尼·布林肯"));
    }

    @Test
    void splitsALineOfSentencesInAlternatingLanguagesIntoEach() {
        assertEquals(List.of("河边小镇举办灯笼节", "The riverside town held its lantern festival on Saturday.",
                        "河边小镇星期六举办了灯笼节。", "Thousands of visitors came by boat."),
                split("河边小镇举办灯笼节 The riverside town held its lantern festival on Saturday."
                        + "河边小镇星期六举办了灯笼节。 Thousands of visitors came by boat."));
    }

    @Test
    void splitsAClauseFromItsTranslationAndAnEnglishHeadlineFromItsChinese() {
        assertEquals(List.of("Between the hills lie three small villages,", "在群山之间有三个小村庄,"),
                split("Between the hills lie three small villages,在群山之间有三个小村庄,"));
        assertEquals(List.of("Notes From The Harbour", "港口笔记"), split("Notes From The Harbour 港口笔记"));
    }

    @Test
    void keepsAQuotedChineseTermInsideEnglishSentencesWhole() {
        String line = "Hi! Today we will talk about “河边小镇”——“Riverside Town”.";
        assertEquals(List.of(line), split(line));
    }
}
