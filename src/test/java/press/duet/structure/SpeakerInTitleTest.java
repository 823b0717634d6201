package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import press.duet.model.Lang;
import press.duet.model.Segment;

class SpeakerInTitleTest {
    @Test
    void findsTheSpeakerAfterTheOfficeInAnEnglishTitle() {
        assertEquals(Optional.of("Mary Stone"), SpeakerInTitle.name("Remarks by H.E. Ambassador Mary Stone at the Harbour Festival"));
        assertEquals(Optional.of("Tom Reed"), SpeakerInTitle.name("Opening Speech by U.S. Secretary of State Tom Reed At the Trade Forum"));
        assertEquals(Optional.of("Reed"), SpeakerInTitle.name("Toast by Ambassador Reed on the National Day"));
    }

    @Test
    void findsTheSpeakerBesideTheOfficeInAChineseTitle() {
        assertEquals(Optional.of("林秋"), SpeakerInTitle.name("驻新西兰大使林秋在港口节开幕式上的讲话"));
        // A consul general, and a courtesy title after the name.
        assertEquals(Optional.of("林秋"), SpeakerInTitle.name("美国驻东岸总领事林秋女士在开馆十周年招待会上的讲话"));
        assertEquals(Optional.of("林秋"), SpeakerInTitle.name("——林秋大使在港口节开幕式上的致辞"));
        // The spokesperson who holds a press conference gives its answers.
        assertEquals(Optional.of("林秋"), SpeakerInTitle.name("2021年3月2日港务局发言人林秋主持例行记者会"));
        assertEquals(Optional.of("周明远"), SpeakerInTitle.name("市长周明远主持召开新闻发布会"));
        assertEquals(Optional.of("林秋"), SpeakerInTitle.name("同舟共济 携手前行——林秋大使在国庆招待会上的致辞"));
        // A transliterated name with the country of an institute run on; a Chinese given name may end with 国.
        assertEquals(Optional.of("安娜·里德"), SpeakerInTitle.name("副市长安娜·里德美国在港协会新馆落成典礼致词"));
        assertEquals(Optional.of("李建国"), SpeakerInTitle.name("市长李建国在港口节开幕式上的讲话"));
        assertEquals(Optional.of("王明"), SpeakerInTitle.name("王明总统在议会发表演讲"));
    }

    @Test
    void namesNoOneWhereTheTitleNamesAnOfficeOrNoSpeech() {
        for (String title : List.of("Remarks by the President at the Summit", "A Speech by the River", "Written by Lin Qiu",
                "大使馆在港口举行招待会", "林秋在港口散步", "发言人主持例行记者会", "The Speech of the Trees")) {
            assertEquals(Optional.empty(), SpeakerInTitle.name(title), title);
        }
    }

    @Test
    void givesOnePersonInBothLanguages() {
        assertEquals(Optional.of("林秋 (Lin Qiu)"), SpeakerInTitle.of(List.of(),
                new Segment(Lang.ZH_HANS, "驻新西兰大使林秋在港口节开幕式上的讲话"),
                new Segment(Lang.EN, "Remarks by Ambassador Lin Qiu at the Opening of the Harbour Festival")));
    }
    @Test
    void findsTheSpeakerInATranscriptsFirstLabelWithAnOffice() {
        assertEquals(Optional.of("林秋"), SpeakerInTitle.fromLabel("林秋总统：主席先生，各位代表："));
        assertEquals(Optional.of("林秋"), SpeakerInTitle.fromLabel("国务卿林秋:谢谢大家。"));
        assertEquals(Optional.of("Stone"), SpeakerInTitle.fromLabel("PRESIDENT STONE: Mr. President, fellow delegates"));
        assertEquals(Optional.of("Stone"), SpeakerInTitle.fromLabel("SECRETARY STONE: Thank you."));
        for (String text : List.of("THE PRESIDENT: Thank you very much.", "清清：華華，你知道嗎？", "美国总统：谢谢。",
                "NOTE TO EDITORS: embargoed", "Qingqing: Huahua, do you know?")) {
            assertEquals(Optional.empty(), SpeakerInTitle.fromLabel(text), text);
        }
    }
    @Test
    void findsTheSpeakerNamedLastAfterTheOffice() {
        assertEquals(Optional.of("Mary Stone"), SpeakerInTitle.name("Remarks by U.S. Ambassador to Ruritania, Mary Stone"));
        assertEquals(Optional.empty(), SpeakerInTitle.name("Remarks by the Ambassador, with questions"));
    }

    @Test
    void findsTheSpeakerOfANameFirstTitleAndOfAnIntroducingParagraph() {
        assertEquals(Optional.of("宋小平"), SpeakerInTitle.name("宋小平在国会的演说全文"));
        assertEquals(Optional.of("林小平"), SpeakerInTitle.name("新任驻英大使林小平向媒体发表讲话"));
        assertEquals(Optional.of("林小平"), SpeakerInTitle.fromIntroduction("以下为行政长官林小平今日(三月二日)傍晚在欢迎晚宴上致辞全文:"));
        assertEquals(Optional.of("安妮•史密斯 (Anne Smith)"),
                SpeakerInTitle.fromIntroduction("3月4日,美国国务卿安妮•史密斯(Anne Smith)在白厅发表讲话,题为“新的开始”。"));
        assertEquals(Optional.empty(), SpeakerInTitle.fromIntroduction("行政长官林小平在欢迎晚宴上致辞。"));
        assertEquals(Optional.empty(), SpeakerInTitle.name("春天在公园里的讲话"));
    }

    @Test
    void readsTheOfficeThroughAConvertersPinyinReadings() {
        // A Simplified-to-Traditional converter leaves a reading after a character it maps uncertainly.
        assertEquals(Optional.of("林秋"), SpeakerInTitle.name("美國總統(tǒng)林秋在港口節(jié)開幕式上的講話"));
        assertEquals(Optional.of("林秋"), SpeakerInTitle.name("市長林秋在港口博覽會(huì)上的講話"));
        assertEquals("會議(Harbour Forum)", ConverterReadings.without("會(huì)議(Harbour Forum)"));
    }
}
