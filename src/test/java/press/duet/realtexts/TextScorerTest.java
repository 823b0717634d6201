package press.duet.realtexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.structure.Shape;
import press.duet.structure.Structured;

/** The scoring rules of the real-text evaluation, on small books made by hand. */
class TextScorerTest {
    private static final BilingualText TITLE = new BilingualText(zh("静夜思"), en("Night Thoughts"));

    @Test
    void comparesPlainTextWhateverTheLineBreaksAndSpacesNextToChinese() {
        assertEquals("春眠不觉晓，处处闻啼鸟。", PlainText.of("春眠不觉晓，\n处处闻啼鸟。"));
        assertEquals("春眠不觉晓，处处闻啼鸟。", PlainText.of("春眠不觉晓， 处处闻啼鸟。 "));
        assertEquals("The Tao that can be trodden", PlainText.of("The Tao  that\ncan be\ttrodden"));
        assertEquals("我们用Markdown写书", PlainText.of("我们用 Markdown 写书"));
    }

    @Test
    void countsExactPairsAndTellsAShiftFromAGluedLine() {
        RealText text = text(List.of(pair("床前明月光", "Moonlight before my bed"), pair("疑是地上霜", "Like frost on the ground"),
                pair("举头望明月", "I raise my head to the moon")), List.of("来源：新华网 编辑：张三"));
        Book book = book(List.of(
                new Pair(zh("床前明月光"), en("Moonlight before my bed")),
                new Pair(zh("疑是地上霜"), en("I raise my head to the moon")),
                new Pair(zh("来源：新华网 编辑：张三 举头望明月"), en("Like frost on the ground"))));
        TextScore score = TextScorer.score(text, "public", new Structured(book, List.of(), Shape.ALTERNATING), List.of(), 0);
        assertEquals(1, score.right());
        assertEquals(1, score.junkPublished());
        assertEquals(Map.of(MissKind.SHIFTED, 2), score.missKinds());
        assertEquals(0, score.oneSided());
    }

    @Test
    void setsTheTitleLineAsideAndScoresItAsTheTitle() {
        RealText text = text(List.of(pair("静夜思", "Night Thoughts"), pair("床前明月光", "Moonlight before my bed")), List.of());
        Book book = book(List.of(new Pair(zh("静夜思"), en("Night Thoughts")), new Pair(zh("床前明月光"), en("Moonlight before my bed"))));
        TextScore score = TextScorer.score(text, "public", new Structured(book, List.of(), Shape.ALTERNATING), List.of(), 0);
        assertEquals(1, score.gold());
        assertEquals(1, score.right());
        assertTrue(score.title().right());
        assertEquals(0, score.unmatched());
    }

    @Test
    void countsAOneSidedPairAndAJunkTitle() {
        RealText text = text(List.of(pair("床前明月光", "Moonlight before my bed")), List.of("当前位置：首页 > 唐诗"));
        Metadata junkTitle = new Metadata(new BilingualText(zh("当前位置：首页 > 唐诗"), null), List.of(), null, null, null,
                Lang.ZH_HANS, Lang.ZH_HANS);
        Book book = new Book(junkTitle, List.of(new Chapter(junkTitle.title(),
                List.of(new Pair(zh("床前明月光"), null), new Pair(null, en("Moonlight before my bed"))))));
        TextScore score = TextScorer.score(text, "public", new Structured(book, List.of(), Shape.ALTERNATING), List.of(), 0);
        assertEquals(0, score.right());
        assertEquals(2, score.oneSided());
        assertEquals(1, score.junkPublished());
        assertEquals(Map.of(MissKind.ONE_SIDED, 1), score.missKinds());
        assertFalse(score.title().right());
    }

    @Test
    void aTitlePageLineListedAsJunkIsPublishedOnlyAsText() {
        RealText text = text(List.of(pair("床前明月光", "Moonlight before my bed")), List.of("静夜思", "Night Thoughts"));
        TextScore asTitle = TextScorer.score(text, "public", new Structured(book(List.of(new Pair(zh("床前明月光"),
                en("Moonlight before my bed")))), List.of(), Shape.ALTERNATING), List.of(), 0);
        assertEquals(0, asTitle.junkPublished());
        assertTrue(asTitle.title().right());
    }

    @Test
    void tellsAPairGluedToItsNeighbourFromOneCutInPieces() {
        GoldPair first = pair("床前明月光", "Moonlight before my bed");
        GoldPair second = pair("疑是地上霜", "Like frost on the ground");
        GoldPair third = pair("举头望明月，低头思故乡", "I raise my head to the moon, and think of home");
        List<GoldPair> published = List.of(pair("床前明月光疑是地上霜", "Moonlight before my bed Like frost on the ground"),
                pair("举头望明月，", "I raise my head to the moon,"), pair("低头思故乡", "and think of home"));
        assertEquals(MissKind.MERGED, MissKind.of(first, published));
        assertEquals(MissKind.MERGED, MissKind.of(second, published));
        assertEquals(MissKind.BROKEN, MissKind.of(third, published));
        assertEquals(MissKind.CHANGED, MissKind.of(pair("春眠不觉晓", "Spring sleep"), published));
    }

    @Test
    void acceptsAnAuthorByAnyOfHisNamesAndRefusesAnInventedOne() {
        List<List<String>> confucius = List.of(List.of("孔子", "Confucius"));
        assertTrue(TextScorer.people(confucius, Optional.of(List.of("Confucius (孔子)"))).right());
        assertFalse(TextScorer.people(confucius, Optional.of(List.of("Confucius", "James Legge"))).right());
        assertFalse(TextScorer.people(List.of(), Optional.of(List.of("当前位置"))).right());
        assertNull(TextScorer.people(List.of(), Optional.of(List.of())).right());
        assertNull(TextScorer.people(confucius, Optional.empty()).right());
    }

    private static RealText text(List<GoldPair> gold, List<String> junk) {
        Properties meta = new Properties();
        meta.setProperty("title_zh", "静夜思");
        meta.setProperty("title_en", "Night Thoughts");
        return new RealText("poem", Path.of("poem"), meta, List.of(), gold, junk.stream().map(PlainText::of).toList(), List.of());
    }

    private static Book book(List<Block> blocks) {
        Metadata metadata = new Metadata(TITLE, List.of(), null, null, null, Lang.ZH_HANS, Lang.ZH_HANS);
        return new Book(metadata, List.of(new Chapter(TITLE, blocks)));
    }

    private static GoldPair pair(String zh, String en) {
        return new GoldPair(zh, en);
    }

    private static Segment zh(String text) {
        return new Segment(Lang.ZH_HANS, text);
    }

    private static Segment en(String text) {
        return new Segment(Lang.EN, text);
    }
}
