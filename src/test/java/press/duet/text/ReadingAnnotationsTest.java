package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Lang;

/** Pinyin readings a converter left after characters ("總統(tǒng)") are read as part of the Chinese. */
class ReadingAnnotationsTest {
    @Test
    void stripsTonedSyllablesRightAfterACharacterOnly() {
        assertEquals("總統倡導的創業峰會", ReadingAnnotations.strip("總統(tǒng)倡導(dǎo)的創(chuàng)業(yè)峰會"));
        assertEquals("經費（公開）", ReadingAnnotations.strip("經（jīng）費（公開）"));
        String kept = "峰會(Presidential Summit)和 (lǜ) 以及 word(tǒng) 和 咖(ka)";
        assertSame(kept, ReadingAnnotations.strip(kept));
        assertEquals(0, ReadingAnnotations.at("會(shuangxiǎng)", 1), "longer than one syllable");
    }

    @Test
    void aParagraphWithReadingsIsChineseOfItsOwnLengthAndALineChangesLanguageWhereTheEnglishStarts() {
        String chinese = "中國(guó)將首次把教育經(jīng)費(fèi)跟兒童的居住地相掛鉤,這是為了終結(jié)不利于流動(dòng)人口的制度。";
        LanguageIdentifier.Profile profile = LanguageIdentifier.profile(chinese);
        assertFalse(profile.mixed(), profile.describe());
        assertEquals(LanguageIdentifier.profile(ReadingAnnotations.strip(chinese)).length(), profile.length());
        String line = "Welcome to Washington. 總統(tǒng):非常感謝。大家請就坐。";
        List<LanguageRun> runs = LanguageIdentifier.runs(line);
        assertEquals(2, runs.size(), runs.toString());
        assertEquals(Lang.EN, runs.get(0).lang());
        assertEquals("總統(tǒng):非常感謝。大家請就坐。", runs.get(1).of(line));
    }
}
