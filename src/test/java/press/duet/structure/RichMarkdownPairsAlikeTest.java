package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;

/**
 * Real Markdown, read by the Markdown reader, pairs as its plain version does: each case is a book
 * written with emphasis, strong, code, links, inline HTML, footnotes and a figure, and the same book
 * with that markup taken out, in every shape Markdown can hold (alternating either way, blocks, two
 * files, a line holding both languages, two lists and one list of alternating items, quotations,
 * verse with hard breaks, a two-column table).
 */
class RichMarkdownPairsAlikeTest {
    record Case(String name, List<String> files) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("alternating, Chinese first", List.of("""
                        # 第一课 问候

                        早上好！今天的*天气*很好，我们出去走走吧。[^1]

                        Good morning! The *weather* is fine today, so let us go out for a walk.

                        我们去**公园**散步吧，那里有很多<em>花</em>。

                        Let us take a walk in the **park**, where there are many <em>flowers</em>.

                        公园旁边有一条`小河`，河水很清，[鱼](https://example.org/fish)很多。

                        Beside the park runs a `little river`; its water is clear and [fish](https://example.org/fish) are many.

                        [^1]: 这是一条注释。
                        """)),
                new Case("alternating, English first", List.of("""
                        # Lesson Two

                        The *train* leaves at eight o'clock in the morning.[^a]

                        火车早上*八点*出发。

                        We should get to the **station** half an hour early.

                        我们应该提前半个小时到**车站**。

                        [^a]: A note on the train.
                        """)),
                new Case("blocks", List.of("""
                        # 港口 The Harbour

                        清晨五点，*港口*已经醒了，渔船一艘接一艘地靠岸。

                        卖鱼的人把**最好的**鱼摆在最前面，大声吆喝着价钱。[^1]

                        太阳升起来的时候，[集市](https://example.org/market)已经热闹起来了。

                        At five in the morning the *harbour* is already awake, and the boats come in one after another.

                        The fishmongers put the **best** fish at the front and shout out their prices.

                        By the time the sun is up, the [market](https://example.org/market) is already busy.

                        [^1]: 集市每天都有。
                        """)),
                new Case("one line holding both languages", List.of("""
                        # 一行两种语言

                        春天来了，*花都开了。Spring* has come and the flowers are out.

                        秋天到了，**树叶都黄了。** Autumn is here and the **leaves** have turned yellow.[^1]

                        [^1]: A note at the end of the line.
                        """)),
                new Case("two lists", List.of("""
                        # 水果

                        1. *苹果*是红色的水果。
                        2. 香蕉是**黄色**的水果。

                        1. *Apples* are a red fruit.
                        2. Bananas are a **yellow** fruit.
                        """)),
                new Case("one list of alternating items", List.of("""
                        # 颜色

                        - 天空是*蓝色*的。

                        - The sky is *blue*.

                        - 草是**绿色**的。

                        - The grass is **green**.
                        """)),
                new Case("quotations and verse", List.of("""
                        # 静夜思

                        > 学而时习之，*不亦说乎*？

                        > Is it not *pleasant* to learn with a constant perseverance and application?

                        床前*明月*光，  
                        疑是地上霜。  
                        举头望明月，  
                        低头思故乡。

                        I wake, and *moonbeams* play around my bed,  
                        Glittering like hoar-frost to my wondering eyes;  
                        Upwards the glorious moon I raise my head,  
                        Then lay me down, and thoughts of home arise.
                        """)),
                new Case("a two-column table", List.of("""
                        # 问候

                        | 中文 | English |
                        | --- | --- |
                        | *早上好*。 | Good *morning*. |
                        | 你吃饭了吗？ | Have you **eaten**? |
                        """)),
                new Case("two files", List.of("""
                        # 山居笔记

                        山里的*早晨*很安静，只有鸟的叫声。[^1]

                        我每天早上都去**山顶**看日出。

                        [^1]: 这是山里的鸟。
                        """, """
                        # Notes from a Mountain Home

                        Mornings in the mountains are *quiet*, with only the calls of birds.

                        Every morning I go up to the **summit** to watch the sunrise.
                        """)),
                new Case("a figure between pairs", List.of("""
                        # 公园

                        公园里有很多花，*红的*、黄的、白的都有。

                        There are many flowers in the park, *red*, yellow and white.

                        ![a park in spring](park.png "公园里的春天 Spring in the park")

                        孩子们在草地上跑来跑去。

                        Children run about on the grass.
                        """)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theMarkdownPairsAsItsPlainVersion(Case c) {
        List<Draft> rich = new ArrayList<>();
        List<Draft> plain = new ArrayList<>();
        for (int i = 0; i < c.files().size(); i++) {
            String name = "text" + i + ".md";
            rich.add(Readers.read(Source.of(name, c.files().get(i), Map.of()), null, Format.MARKDOWN, finding -> { }));
            plain.add(Readers.read(Source.of(name, plain(c.files().get(i)), Map.of()), null, Format.MARKDOWN, finding -> { }));
        }
        String richPairs = RichAndPlainPairAlikeTest.dump(Structurer.structure(rich).book());
        assertEquals(RichAndPlainPairAlikeTest.dump(Structurer.structure(plain).book()), richPairs.replace("figure\n", ""));
        int[] counts = RichAndPlainPairAlikeTest.markup(Structurer.structure(rich).book());
        assertTrue(counts[0] > 0, "styled runs reach the book: " + richPairs);
    }

    /** The Markdown with its inline markup, notes and images taken out, blocks and breaks kept. */
    static String plain(String markdown) {
        return markdown.replaceAll("(?m)^!\\[[^\\]]*\\]\\([^)]*\\)\\n", "")
                .replaceAll("(?m)^\\[\\^\\w+\\]:.*\\n", "")
                .replaceAll("\\[\\^\\w+\\]", "")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("</?em>", "")
                .replace("**", "").replace("*", "").replace("`", "");
    }
}
