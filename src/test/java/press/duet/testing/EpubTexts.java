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
}
