package press.duet.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The notes of a speech's head, the page's header repeats, long trails, licences at the edges and lone dashes. */
class HeadNotesTest {
    private static final Pattern DATE = Pattern.compile(".{0,20}(\\d{4}年\\d{1,2}月\\d{1,2}日|[A-Z][a-z]+ \\d{1,2}, \\d{4})");
    private static final Predicate<String> DATE_LINE = line -> DATE.matcher(line.strip()).matches();

    private static Map<Integer, Cut> cuts(Predicate<String> metadata, String... lines) {
        Map<Integer, Cut> cuts = new TreeMap<>();
        Furniture.find(List.of(lines), metadata, DATE_LINE).forEach(cut -> cuts.put(cut.index(), cut));
        return cuts;
    }

    private static Map<Integer, FurnitureKind> kinds(Predicate<String> metadata, String... lines) {
        Map<Integer, FurnitureKind> kinds = new TreeMap<>();
        cuts(metadata, lines).forEach((i, cut) -> kinds.put(i, cut.kind()));
        return kinds;
    }

    @Test
    void dropsTheOfficePlaceHallAndSpeakerLinesOfAHeadBelowAnIntroductionButKeepsItsTitle() {
        Map<Integer, FurnitureKind> kinds = kinds(line -> false,
                "3月2日，美国商务部长玛丽•斯通在芝加哥举行的首届河流论坛上发表讲话，谈到了两国的水利合作。",
                "美国商务部",
                "新闻办公室",
                "2015年3月2日",
                "商务部长玛丽•斯通",
                "在首届河流论坛上的讲话：“共同的河流”",
                "伊利诺伊州芝加哥市",
                "湖畔会议中心",
                "商务部长斯通：谢谢大家。今天能来到芝加哥，和各位一起谈论我们共同的河流，我感到非常荣幸。");
        assertEquals(Map.of(1, FurnitureKind.HEAD_NOTE, 2, FurnitureKind.HEAD_NOTE, 3, FurnitureKind.PAGE_INFO,
                4, FurnitureKind.HEAD_NOTE, 6, FurnitureKind.HEAD_NOTE, 7, FurnitureKind.HEAD_NOTE), kinds);
    }

    @Test
    void dropsTheGenreSpeakerHallAndPlaceOfAnEnglishHeadAndLeavesItsDateToTheCaller() {
        String[] page = {
                "Video: Secretary Stone on the River Forum",
                "Opening Remarks at the First River Forum on Shared Waters",
                "Remarks",
                "Mary Stone",
                "Secretary of Commerce",
                "Lakeside Conference Center",
                "Chicago, Illinois",
                "March 2, 2015",
                "SECRETARY STONE: Thank you all. It is an honor to be here in Chicago to talk about the rivers we share."};
        Map<Integer, FurnitureKind> kinds = kinds(DATE_LINE, page);
        assertEquals(Map.of(0, FurnitureKind.HEAD_NOTE, 2, FurnitureKind.HEAD_NOTE, 3, FurnitureKind.HEAD_NOTE,
                4, FurnitureKind.HEAD_NOTE, 5, FurnitureKind.HEAD_NOTE, 6, FurnitureKind.HEAD_NOTE), kinds,
                "the title stays; the date line above the prose is the caller's metadata");
    }

    @Test
    void takesAPlaceGluedBeforeTheChineseTitleOff() {
        Map<Integer, Cut> cuts = cuts(line -> false,
                "Opening Remarks at the River Forum",
                "March 2, 2015",
                "Chicago, Ill.在河流论坛上的开幕词",
                "2015年3月2日",
                "湖畔会议中心",
                "Good morning. It is an honor to open this forum on behalf of all of us who share these rivers.");
        Cut glued = cuts.get(2);
        assertEquals("Chicago, Ill.", glued.removed());
        assertEquals("在河流论坛上的开幕词", glued.kept());
        assertEquals(FurnitureKind.HEAD_NOTE, cuts.get(4).kind());
        assertNull(cuts.get(0), "the English title stays");
    }

    @Test
    void keepsShortLinesWithoutADateAndAPoemsLines() {
        assertEquals(Map.of(), kinds(line -> false,
                "春江",
                "Spring River",
                "Chicago, Illinois",
                "江水向东流去，一年又一年，岸边的柳树绿了又黄。",
                "The river flows east, year after year, and the willows on its banks turn green and yellow again."),
                "no date line: no speech's head");
        assertEquals(Map.of(), kinds(line -> false,
                "这首诗写于2015年3月2日的夜晚，诗人在河边散步时想起了故乡。",
                "白雪落在河上",
                "灯火亮在窗前",
                "旧时的月光",
                "照着今天的人。"), "short lines below the prose with no date among them stay");
    }

    @Test
    void dropsAHeaderLineGluedToTheRepeatedSiteLineAndALongLocationTrail() {
        Map<Integer, FurnitureKind> kinds = kinds(line -> false,
                "River Commission",
                "River Commission",
                "Other Commission Archive SitesRiver Commission",
                "River Commission",
                "You are in: Commissioner Mary Stone > Former Commissioners > Former Commissioner John Lake > Speeches and Remarks > 2003 > December",
                "Remarks at the Dinner for the Delegation",
                "Good evening, ladies and gentlemen, and welcome to the Commission and our beautiful river room.");
        assertEquals(Map.of(0, FurnitureKind.SITE, 1, FurnitureKind.SITE, 2, FurnitureKind.SITE, 3, FurnitureKind.SITE,
                4, FurnitureKind.BREADCRUMB), kinds);
    }

    @Test
    void dropsALicenceAtTheHeadAndFootAndATranslatorsCreditLine() {
        String licence = "本作品在全世界都属于公有领域，因为作者逝世已经超过一百年。";
        Map<Integer, FurnitureKind> kinds = kinds(line -> false,
                licence,
                "English translation: Mary Stone",
                "",
                "关关雎鸠，在河之洲。",
                "Guan-guan go the ospreys, on the islet in the river.",
                "",
                licence);
        assertEquals(Map.of(0, FurnitureKind.COPYRIGHT, 1, FurnitureKind.PAGE_INFO, 6, FurnitureKind.COPYRIGHT), kinds);
    }

    @Test
    void dropsALoneDashAtTheEdgesButNotBetweenPieces() {
        Map<Integer, FurnitureKind> kinds = kinds(line -> false,
                "-",
                "[17.1]",
                "春天来了，河边的柳树都绿了，孩子们在岸上放风筝。",
                "-",
                "Spring has come; the willows by the river are green, and children fly kites on the bank.",
                "-");
        assertEquals(Map.of(0, FurnitureKind.SEPARATOR, 5, FurnitureKind.SEPARATOR), kinds,
                "an e-text's locator \"[17.1]\" is the number of the passage under it, by which the two languages are matched");
    }

    @Test
    void dropsTheSiteLineThatRepeatsTheAuthorOfThePageInformation() {
        Map<Integer, FurnitureKind> kinds = kinds(line -> false,
                "时间:2019-01-18 作者:河畔英语 分类:演讲",
                "河畔英语",
                "The river has shaped this city for a thousand years, and it will shape the next thousand too.",
                "这条河塑造了这座城市一千年，也将塑造它的下一个千年。");
        assertEquals(Map.of(0, FurnitureKind.PAGE_INFO, 1, FurnitureKind.SITE), kinds);
    }
}
