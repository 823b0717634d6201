package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import press.duet.model.Lang;

class LanguageMixTest {
    @Test
    void callsChineseWithAnEnglishTermMixedButChinese() {
        LanguageIdentifier.Profile p = LanguageIdentifier.profile("我们用 Markdown 写书，再用 Duet 排版。");
        assertEquals(Optional.of(Lang.ZH_HANS), p.lang());
        assertTrue(p.mixed());
        assertTrue(p.describe().startsWith("mixed"));
    }

    @Test
    void callsEnglishWithAChineseNameMixedButEnglish() {
        LanguageIdentifier.Profile p = LanguageIdentifier.profile("He read 静夜思 aloud twice.");
        assertEquals(Optional.of(Lang.EN), p.lang());
        assertTrue(p.mixed());
    }

    @Test
    void keepsPureParagraphsUnmixed() {
        assertFalse(LanguageIdentifier.profile("The river remembers the rain.").mixed());
        assertFalse(LanguageIdentifier.profile("河流记得远山的雨。").mixed());
        assertEquals("en", LanguageIdentifier.profile("The river remembers the rain.").describe());
        assertEquals("none", LanguageIdentifier.profile("*** 42 ***").describe());
    }

    @Test
    void cutsAMixedParagraphIntoRunsOfEachLanguage() {
        String text = "春眠不觉晓，Spring sleep knows no dawn. 处处闻啼鸟。";
        List<LanguageRun> runs = LanguageIdentifier.runs(text);
        assertEquals(3, runs.size(), runs.toString());
        assertEquals(Lang.ZH_HANS, runs.get(0).lang());
        assertEquals("春眠不觉晓，", runs.get(0).of(text));
        assertEquals(Lang.EN, runs.get(1).lang());
        assertEquals("Spring sleep knows no dawn. ", runs.get(1).of(text));
        assertEquals("处处闻啼鸟。", runs.get(2).of(text));
    }

    @Test
    void tellsTraditionalFromSimplifiedByTheCharactersThatDiffer() {
        assertEquals(Lang.ZH_HANT, ChineseVariety.of("後來他們搬到臺灣，開了一間書店。"));
        assertEquals(Lang.ZH_HANS, ChineseVariety.of("后来他们搬到台湾，开了一间书店。"));
        assertEquals(Lang.ZH_HANS, ChineseVariety.of("山中人"));
        assertEquals(Optional.of(Lang.ZH_HANT), LanguageIdentifier.identify("這本書講的是鐵路與鄉愁。"));
    }

    /** Joined paragraphs add their profiles up instead of being read again: the sum must be exact. */
    @Test
    void addsUpToTheProfileOfTheJoinedTexts() {
        String[] texts = {"春天来了。", "這是我們的書。", "Spring has come.", "He read 静夜思 aloud twice.",
            "我们用 Markdown 写书", "*** 42 ***", "", "𠀀 \u3000 臺灣"};
        for (String a : texts) {
            for (String b : texts) {
                for (String between : new String[] {"", " ", "\n"}) {
                    assertEquals(LanguageIdentifier.profile(a + between + b),
                            LanguageIdentifier.profile(a).plus(LanguageIdentifier.profile(b)), a + between + b);
                }
            }
        }
        assertEquals(LanguageIdentifier.profile(""), LanguageIdentifier.Profile.NONE);
    }
}
