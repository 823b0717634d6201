package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import press.duet.model.Lang;

class LanguageIdentifierTest {
    @Test
    void identifiesChineseByItsHanCharacters() {
        assertEquals(Optional.of(Lang.ZH_HANS), LanguageIdentifier.identify("春天来得很慢，先是柳枝泛出一点绿意。"));
    }

    @Test
    void identifiesEnglishByItsLatinLetters() {
        assertEquals(Optional.of(Lang.EN), LanguageIdentifier.identify("Spring arrives slowly."));
    }

    @Test
    void keepsChineseWithEmbeddedLatinWordsChinese() {
        assertEquals(Optional.of(Lang.ZH_HANS), LanguageIdentifier.identify("Duet 可以写出 EPUB 和 PDF 两种文件"));
    }

    @Test
    void keepsEnglishWithAChineseNameEnglish() {
        assertEquals(Optional.of(Lang.EN), LanguageIdentifier.identify("The poem 静夜思 was written by Li Bai in the Tang dynasty."));
    }

    @Test
    void tellsTraditionalFromSimplified() {
        assertEquals(Optional.of(Lang.ZH_HANT), LanguageIdentifier.identify("這是一本關於學習語言的書，們說話時會用到。"));
        assertEquals(Optional.of(Lang.ZH_HANS), LanguageIdentifier.identify("这是一本关于学习语言的书，他们说话时会用到。"));
    }

    @Test
    void givesNoLanguageToTextWithoutLetters() {
        assertTrue(LanguageIdentifier.identify("2024 · 123 —— ***").isEmpty());
    }

    @Test
    void countsNoWebOrMailAddressAsEnglish() {
        String chinese = "更多资料在项目网站上，地址是 https://example.org/docs/bilingual-publishing/getting-started-guide.html"
                + "，也可以写信到 editors.desk@example-press.org 询问。";
        LanguageIdentifier.Profile profile = LanguageIdentifier.profile(chinese);
        assertEquals(Optional.of(Lang.ZH_HANS), profile.lang());
        assertTrue(!profile.mixed(), "an address makes no paragraph mixed");
        assertEquals(Optional.of(Lang.EN), LanguageIdentifier.identify(
                "More material is on the project's website at https://example.org/docs/getting-started.html."));
        assertEquals(Optional.of(Lang.EN), LanguageIdentifier.identify("www.example.org/bilingual"));
        assertEquals(Optional.of(Lang.ZH_HANS), LanguageIdentifier.identify("网址：www.example.org/about-our-long-project-name"));
    }

    @Test
    void addsUpTheProfilesOfLinesWithAddressesExactly() {
        String first = "请访问";
        String second = "https://example.org/a-rather-long-address-for-the-project";
        assertEquals(LanguageIdentifier.profile(first + second),
                LanguageIdentifier.profile(first).plus(LanguageIdentifier.profile(second)));
        assertEquals(Optional.of(Lang.EN), LanguageIdentifier.identify(second), "an address alone reads as Latin text");
        assertEquals(3, LanguageIdentifier.profile(first + " " + second).length(), "an address is no part of the length");
        assertEquals(second.length(), LanguageIdentifier.profile(second).length(), "an address alone is its own length");
    }

    @Test
    void countsKanaAndHangulButNotTheMarksChineseAlsoWrites() {
        LanguageIdentifier.Profile japanese = LanguageIdentifier.profile("吾輩は猫である。名前はまだ無い。");
        assertEquals(8, japanese.kana());
        assertEquals(0, japanese.hangul());
        LanguageIdentifier.Profile korean = LanguageIdentifier.profile("나는 고양이로소이다 (吾輩)");
        assertEquals(9, korean.hangul());
        assertEquals(2, korean.han());
        assertEquals(0, LanguageIdentifier.profile("卡尔・马克思的《资本论》，一部巨著——ー").kana(),
                "the middle dot and the long-vowel mark occur in Chinese text");
        assertEquals(LanguageIdentifier.profile("ひらがな" + "한글"),
                LanguageIdentifier.profile("ひらがな").plus(LanguageIdentifier.profile("한글")));
    }
}
