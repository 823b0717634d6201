package press.duet.testing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bilingual test texts written for Duet's tests, in the shapes the tool must understand. Every text is
 * our own; nothing is read from outside the project.
 */
public final class TestTexts {
    private TestTexts() {
    }

    /** An article in the shape of a bilingual news page: labelled title, English title, date, alternating body lines. */
    public static final String ARTICLE = """
            中英对照：城市里的夜读时光 [3]

            Night Reading in the City [3]

            Published on Mar 8, 2025
            夜幕降临以后，图书馆的灯光依然明亮。许多年轻人下班后来到这里，安静地读上一两个小时。
            After dark, the library lights are still bright. Many young people come here after work and read quietly for an hour or two.
            “白天太忙了，只有晚上才属于自己。”一位在银行工作的读者这样说。她每周来三次，已经坚持了两年。
            "The day is too busy; only the evening belongs to me," said a reader who works at a bank. She comes three times a week and has kept it up for two years.
            馆方把开放时间延长到晚上十点，还增设了 24 小时自助借还机。
            The library has extended its opening hours to 10 p.m. and added self-service machines that lend and return books around the clock.
            """;

    /** The same shape with an English-only body, as some article pages keep only one language. */
    public static final String ENGLISH_ONLY_ARTICLE = """
            中英对照：河流的记忆 [7]

            The Memory of Rivers [7]

            Published on Jan 5, 2025
            Rivers remember the rain of distant mountains and carry it to towns that have never seen those peaks.
            Along their banks, people have built mills, markets and bridges, each generation adding a layer to the story.
            Today, restoring a river means listening to that long memory before changing its course again.
            """;

    /** A book with chapters, alternating paragraphs separated by blank lines, Chinese first. */
    public static final String BOOK = """
            四季小记

            Notes on the Four Seasons

            第一章 春

            Chapter 1 Spring

            春天来得很慢，先是柳枝泛出一点绿意，然后才是满城的花。

            Spring arrives slowly: first a hint of green on the willows, and only then the flowers all over town.

            孩子们脱下厚外套，在河边放风筝，笑声比风还轻。

            Children take off their heavy coats and fly kites by the river, their laughter lighter than the wind.

            第二章 夏

            Chapter 2 Summer

            夏夜的院子里，老人摇着蒲扇，讲那些已经讲过许多遍的故事。

            On summer nights in the courtyard, old people wave their palm-leaf fans and tell stories they have told many times before.

            雷雨过后，空气里有泥土和青草的味道。

            After a thunderstorm, the air smells of earth and fresh grass.
            """;

    /** Alternating paragraphs with English first and one Chinese paragraph missing its translation. */
    public static final String ENGLISH_FIRST = """
            The Tea House

            茶馆

            The tea house opens at six, before the market wakes.

            茶馆六点开门，比集市醒得还早。

            Regulars have their own cups, kept on a shelf behind the counter.

            熟客都有自己的茶杯，放在柜台后面的架子上。

            这一段没有英文译文，但不应该被丢掉。

            The owner knows every voice by its first word.

            老板只听第一个字，就知道是谁来了。
            """;

    /** Writes a text to a file in the given encoding. */
    public static Path write(Path folder, String name, String text, Charset charset) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    public static Path write(Path folder, String name, String text) throws IOException {
        return write(folder, name, text, StandardCharsets.UTF_8);
    }
}
