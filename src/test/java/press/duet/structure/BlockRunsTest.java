package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blocks (a run of one language, then the run of its translation) are paired run with the run that
 * translates it, not two by two from the start: a stray run before the first piece (an editor's note
 * in one language) stands alone instead of shifting every piece after it. Texts written for this
 * test, in the layout of real pages that collect short pieces.
 */
class BlockRunsTest {
    /** The page of these paragraphs, a blank line between them. */
    private static Structured structure(String... paragraphs) {
        return PageUnits.structureText(String.join("\n\n", paragraphs));
    }

    private static final String NOTE = "下面两篇短文选自一本给初学者的读物,先给英文原文,再给中文译文,适合课后朗读。";

    @Test
    void anEditorsNoteBeforeTheFirstPieceStandsAloneInsteadOfTakingItsEnglish() {
        Structured structured = structure("农夫与南瓜", "The Farmer and the Pumpkin", NOTE,
                "A farmer planted a single seed in the corner of his field and forgot about it.",
                "In autumn he found a pumpkin there so large that two horses could not pull it away.",
                "一个农夫在田地的角落里种下了一粒种子,然后就把它忘了。",
                "秋天,他在那里发现了一个大南瓜,大到两匹马都拉不动。");
        List<String> units = PageUnits.units(structured);
        assertTrue(units.contains(NOTE + " ⇔ "), units.toString());
        assertTrue(units.contains("一个农夫在田地的角落里种下了一粒种子,然后就把它忘了。 ⇔ A farmer planted a single seed in the corner"
                + " of his field and forgot about it."), units.toString());
        assertTrue(units.contains("秋天,他在那里发现了一个大南瓜,大到两匹马都拉不动。 ⇔ In autumn he found a pumpkin there so large"
                + " that two horses could not pull it away."), units.toString());
        assertEquals(3, units.size(), units.toString());
    }

    @Test
    void piecesAfterAStrayRunArePairedWithTheirOwnTranslations() {
        Structured structured = structure("过河", "Across the River", NOTE,
                "The river was too wide to swim, so the children built a raft of branches and rope.",
                "It carried them across in the morning and brought them home again before dark.",
                "河太宽了,游不过去,孩子们就用树枝和绳子做了一只木筏。",
                "早上它载着他们过了河,天黑前又把他们送回了家。",
                "An old clock in the station had stopped at twelve, and nobody remembered which day.",
                "The station master said it was right twice a day, which was more than he could say of the trains.",
                "The travellers laughed, and from then on they set their watches by the trains instead.",
                "车站里的一座旧钟停在了十二点,没有人记得是哪一天停的。",
                "站长说它一天还能准两次,这比火车强多了。",
                "旅客们都笑了,从此他们改为按火车来对表。");
        List<String> units = PageUnits.units(structured);
        assertTrue(units.contains(NOTE + " ⇔ "), units.toString());
        assertTrue(units.contains("河太宽了,游不过去,孩子们就用树枝和绳子做了一只木筏。 ⇔ The river was too wide to swim, so the children"
                + " built a raft of branches and rope."), units.toString());
        assertTrue(units.contains("站长说它一天还能准两次,这比火车强多了。 ⇔ The station master said it was right twice a day, which was"
                + " more than he could say of the trains."), units.toString());
        assertEquals(5, units.stream().filter(u -> !u.startsWith(" ⇔ ") && !u.endsWith(" ⇔ ")).count(), units.toString());
    }
}
