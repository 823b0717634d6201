package press.duet.testing;

/**
 * Bilingual texts written for the EPUB edition's tests: a part of a series with an author and a date,
 * chapters with full-width punctuation and a paragraph that has no translation, and a text with a
 * character no bundled font has. Every text is our own.
 */
public final class EpubTexts {
    private EpubTexts() {
    }

    /** Part 2 of a series, with label, author, date, two chapters, and one untranslated paragraph. */
    public static final String MOUNTAIN_NOTES = """
            中英对照：山居笔记 [2]

            Notes from a Mountain House [2]

            作者：林小雨

            Published on Apr 2, 2025

            第一章 搬进山里

            Chapter 1 Moving to the Mountains

            我们在四月的一个雨天搬进了山里的老房子。屋顶有点漏，院子里的竹子却长得正好。

            We moved into the old house in the mountains on a rainy day in April. The roof leaked a little, but the bamboo in the yard was at its best.

            邻居王奶奶送来一篮鸡蛋，说：“山里潮，记得每天生火。”

            Our neighbour, Granny Wang, brought a basket of eggs and said, "The mountains are damp; remember to light the stove every day."

            第一晚，我们听着雨声，读完了半本《山海经》……

            On the first night we listened to the rain and read half of the Classic of Mountains and Seas…

            第二章 学做豆腐

            Chapter 2 Learning to Make Tofu

            做豆腐要先把黄豆泡上一整夜——不能偷懒。

            To make tofu, you first soak the soybeans for a whole night — no shortcuts.

            王奶奶一边推石磨，一边教我们数圈：一、二、三，不快也不慢。

            Granny Wang turned the millstone and taught us to count the turns: one, two, three, neither fast nor slow.

            这一段没有英文，只是一句山里的老话：豆腐好吃磨难推。

            第一次做出来的豆腐有点碎，但我们吃得很开心。

            The first tofu we made was a little crumbly, but we ate it happily.
            """;

    /** A short article whose English paragraph holds U+1F701 (ALCHEMICAL SYMBOL FOR AIR), in no bundled font. */
    public static final String UNCOVERED_CHARACTER = """
            炼金术的符号

            Signs of the Alchemists

            古代炼金术士用一些特殊的符号记录四种元素。

            Ancient alchemists wrote the four elements with special signs; air was 🜁.
            """;

    private static final String LONG_ORIGINAL = "河水从山上来，经过村庄和田野，一路向东，不问前方是什么。"
            + "它遇到石头就绕过去，遇到低处就停下来，等到满了再继续走。";

    private static final String LONG_RENDERING = ("The river comes down from the hills, passes the villages and the"
            + " fields, and keeps on towards the east without asking what lies ahead. When it meets a stone it goes"
            + " round it; when it meets a hollow it stops and waits until the hollow is full, and then it goes on."
            + " Commentators have read this line in many ways. Some see in it a lesson in patience: the water never"
            + " hurries, and so it never fails to arrive. Others see a lesson in humility, since the water always"
            + " seeks the lowest place, the place that others scorn, and makes it fertile. A third reading, older"
            + " than the other two, takes the river as a picture of the way a village lives through a hard year:"
            + " it goes round what it cannot move, it waits where it must, and it does not ask what lies ahead. ")
            .repeat(3).strip();

    /**
     * A classic with a long translation: short lines of the original, each with an English rendering
     * and a commentary that runs far longer than a phone page, between short pairs and a second chapter.
     */
    public static final String LONG_COMMENTARY = """
            河边札记

            Notes by the River

            第一章 观水

            Chapter 1 Watching the Water

            水不争而自流。

            Water does not strive, and yet it flows.

            %s

            %s

            上善若水。

            The highest good is like water.

            第二章 听雨

            Chapter 2 Listening to the Rain

            雨落无声，草木自知。

            The rain falls without a sound, and yet the grass and trees know of it.

            夜雨连三日，河水涨了一尺。

            It rained three nights in a row, and the river rose by a foot.
            """.formatted(LONG_ORIGINAL, LONG_RENDERING);
}
