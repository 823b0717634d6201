package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Pair;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.Dropped;
import press.duet.report.Place;

/** A collection's page that names its piece after the collection's name: "双语美文晨读精选：雨中的灯塔". */
class CollectionTitleTest {
    private static Dropped dropped(int line, String text) {
        return new Dropped(new Place("page.txt", line), text, "site name, address or slogan");
    }

    @Test
    void takesThePiecesTitleAfterTheCollectionsNameTheHeadlineGives() {
        List<Dropped> head = List.of(dropped(3, "每周散文选读"), dropped(9, "每周散文选读:Letters from a Quiet Town"));
        assertEquals("Letters from a Quiet Town", CollectionTitle.of(head, 12).orElseThrow().en().text());
    }

    @Test
    void takesNoTitleWithoutTheCollectionsNameOnALineOfItsOwnOrAfterTheBody() {
        assertTrue(CollectionTitle.of(List.of(dropped(9, "每周散文选读:雨中的灯塔")), 12).isEmpty());
        assertTrue(CollectionTitle.of(List.of(dropped(3, "每周散文选读"), dropped(20, "每周散文选读:雨中的灯塔")), 12).isEmpty());
        // What follows the colon is a sentence, no title.
        assertTrue(CollectionTitle.of(List.of(dropped(3, "温馨提示"), dropped(5, "温馨提示:本站内容仅供学习使用,请勿转载。")), 12).isEmpty());
    }

    @Test
    void namesTheBookAfterThePieceOfACollectionsPage() {
        List<List<String>> blocks = List.of(List.of("当前位置"), List.of("首页 > 英语阅读 > 英语美文 > 双语美文晨读精选"),
                List.of("双语美文晨读精选"), List.of("推荐人: 来源: 阅读: 1.6万 次"),
                List.of("本文是一篇适合早晨朗读的英语美文，带有中文翻译，希望对大家学习英语有所帮助。"),
                List.of("双语美文晨读精选", "  双语美文晨读精选：雨中的灯塔"),
                List.of("The old keeper climbed the stairs of the lighthouse every evening, whatever the weather, to light the lamp for the ships."),
                List.of("老看守人每天傍晚都会爬上灯塔的楼梯，不论天气如何，为过往的船只点亮灯火。"),
                List.of("One stormy night a small fishing boat lost its way and saw the light just before the rocks."),
                List.of("一个暴风雨的夜晚，一条小渔船迷失了方向，就在撞上礁石之前看到了灯光。"),
                List.of("The fishermen came ashore the next morning and thanked the keeper with a basket of fish."),
                List.of("第二天早上，渔民们上了岸，用一篮鱼感谢了看守人。"));
        List<DraftBlock> draft = new ArrayList<>();
        int line = 1;
        for (List<String> block : blocks) {
            draft.add(new DraftBlock(line, block));
            line += block.size() + 1;
        }
        Book book = Structurer.structure(List.of(new Draft("page.txt", "UTF-8", draft, "text", Declared.NONE))).book();
        assertEquals("雨中的灯塔", book.metadata().title().zh().text());
        List<Pair> pairs = book.chapters().stream().flatMap(c -> c.blocks().stream()).filter(b -> b instanceof Pair).map(b -> (Pair) b).toList();
        assertEquals(3, pairs.size(), pairs.toString());
        assertFalse(pairs.stream().anyMatch(p -> p.zh() != null && p.zh().text().contains("雨中的灯塔")), pairs.toString());
    }
}
