package press.duet.testing;

/**
 * Bilingual texts in each input shape Duet recognises, written for these tests: blocks, verse,
 * Markdown, tables, parallel files and parts of a series. Nothing is read from outside the project.
 */
public final class ShapeTexts {
    private ShapeTexts() {
    }

    /** Blocks: within each chapter, the Chinese paragraphs first, then their English translations. */
    public static final String BLOCKS = """
            第一章 码头

            清晨五点，渔船陆续靠岸，码头上一下子热闹起来。

            卖鱼的人把最新鲜的鱼摆在最前面，用清水一遍遍地冲洗。

            到了八点，鱼差不多卖完了，码头又安静下来，只剩下海鸥在空中盘旋。

            At five in the morning the fishing boats come in one after another, and the quay is suddenly full of life.

            The fishmongers put the freshest fish at the front and rinse them again and again with clean water.

            By eight the fish are almost sold out, the quay falls quiet again, and only the gulls are left circling overhead.

            第二章 渡口

            渡船每半小时开一班，船票两块钱。

            船夫认识大多数乘客，知道谁要在哪一站下船，也知道谁家的孩子今年考上了大学。

            The ferry leaves every half hour, and a ticket costs two yuan.

            The ferryman knows most of his passengers: he knows who gets off at which stop, and whose child got into university this year.
            """;

    /** Verse: a block of short lines in each language keeps its line breaks. */
    public static final String VERSE = """
            静夜

            Quiet Night

            窗前一片月光，
            像是地上的霜。
            抬头看那明月，
            低头想起故乡。

            Moonlight lies before my window,
            like a frost upon the ground;
            I lift my head to see the moon,
            and lower it, and think of home.
            """;

    /** Markdown: one level-1 title, level-2 chapters with bilingual headings, a level-3 section. */
    public static final String MARKDOWN = """
            # 雨季笔记

            ## 第一章 雨 Chapter 1 Rain

            雨下了整整一个星期，街上的*积水*没过了脚踝。

            It rained for a whole week, and the water in the streets came up over our ankles.

            ### 屋顶

            ### The Roof

            屋顶漏雨，我们用脸盆接水。

            The roof leaked, and we caught the water in washbasins.

            ## 第二章 晴

            ## Chapter 2 Sunshine

            太阳出来的那天，所有人都把被子搬到了院子里。

            On the day the sun came out, everyone carried their quilts into the courtyard.
            """;

    /** Tab-separated pairs, one per line, with a header row and a chapter row. */
    public static final String TAB_LINES = """
            中文\tEnglish
            第一章 问候\tChapter 1 Greetings
            早上好。\tGood morning.
            你吃饭了吗？\tHave you eaten?
            好久不见，你还好吗？\tLong time no see. How are you?
            """;

    /** Comma-separated pairs, English first, with quoted fields holding commas and quotes. */
    public static final String CSV = """
            English,中文
            "Yes, I know.",是的，我知道。
            "She said ""wait"" and left.",她说了一句“等等”就走了。
            Thank you,谢谢
            """;

    /** A Chinese file for the parallel-files shape: title and three paragraphs. */
    public static final String PARALLEL_ZH = """
            灯塔看守人

            岛上只有一座灯塔，看守人已经在这里住了三十年。

            每天傍晚，他沿着一百二十级台阶爬上塔顶，擦亮镜片，点亮灯。

            有一年冬天，风暴连续刮了九天，补给船一直没能靠岸，他靠着储存的土豆和咸鱼度过了那些日子。
            """;

    /** The English translation of {@link #PARALLEL_ZH}, with its last paragraph split in two. */
    public static final String PARALLEL_EN = """
            The Lighthouse Keeper

            There is only one lighthouse on the island, and its keeper has lived here for thirty years.

            Every evening he climbs the 120 steps to the top of the tower, polishes the lens and lights the lamp.

            One winter a storm blew for nine days without a break, and the supply boat could not land.

            He got through those days on the potatoes and salted fish he had stored.
            """;

    /** Part 2 of a series, labelled as the seed's articles are. */
    public static final String SERIES_PART_2 = """
            中英对照：城市笔记 之二 [2]

            City Notes, Part Two [2]

            Published on Feb 2, 2025
            第二篇写的是老街上的裁缝铺。
            The second piece is about the tailor's shop on the old street.
            """;

    /** Part 10 of the same series: it must come after part 2. */
    public static final String SERIES_PART_10 = """
            中英对照：城市笔记 之十 [10]

            City Notes, Part Ten [10]

            Published on Oct 2, 2025
            第十篇写的是夜市里的糖画师傅。
            The tenth piece is about the sugar painter at the night market.
            """;

    /** A classical text with one paragraph against a translation in four. */
    public static final String CLASSICAL = """
            第一章 学而

            学习了知识，再按时温习它，不也很愉快吗？有朋友从远方来，不也很快乐吗？别人不了解我，我却不生气，不也是君子吗？

            Is it not a pleasure to learn something and then practise it at the right time?

            Is it not a joy to have friends come from far away?

            Is it not the mark of a gentleman to feel no resentment when others do not understand him?

            These three questions open the book, and every later chapter returns to them.
            """;

    /** Short bilingual title lines that open each section, with no numbered headings. */
    public static final String TITLE_LINES = """
            旧书店
            The Old Bookshop
            街角有一家旧书店，店主是一位戴眼镜的老先生，他能记住每一本书放在哪个书架上。
            On the corner there is an old bookshop whose owner, an elderly man in glasses, remembers the shelf of every single book.
            雨天
            Rainy Days
            下雨的日子里，店里的客人反而更多，大家躲进来避雨，顺手翻几页书。
            On rainy days the shop has more customers, not fewer: people come in to shelter and leaf through a few pages while they wait.
            """;
}
