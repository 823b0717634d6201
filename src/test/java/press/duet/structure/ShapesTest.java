package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.Readers;
import press.duet.report.DuetException;
import press.duet.testing.ShapeTexts;
import press.duet.testing.TestTexts;

class ShapesTest {
    @TempDir
    Path folder;

    private Structured structure(StructureOptions options, String... namesAndTexts) throws Exception {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Path file = TestTexts.write(folder, namesAndTexts[i], namesAndTexts[i + 1]);
            drafts.add(Readers.read(file, null, null));
        }
        return Structurer.structure(drafts, options);
    }

    private Structured structure(String... namesAndTexts) throws Exception {
        return structure(StructureOptions.defaults(), namesAndTexts);
    }

    private static List<Pair> pairs(Chapter chapter) {
        return StructurerTest.pairs(chapter);
    }

    @Test
    void alignsBlocksOfChineseThenEnglishWithinEachChapter() throws Exception {
        Structured result = structure("harbour.txt", ShapeTexts.BLOCKS);
        assertEquals(Shape.BLOCKS, result.shape());
        Book book = result.book();
        assertEquals(2, book.chapters().size());
        List<Pair> first = pairs(book.chapters().get(0));
        assertEquals(3, first.size());
        assertTrue(first.stream().allMatch(Pair::isComplete));
        assertTrue(first.get(1).zh().text().startsWith("卖鱼的人"));
        assertTrue(first.get(1).en().text().startsWith("The fishmongers"));
        List<Pair> second = pairs(book.chapters().get(1));
        assertEquals(2, second.size());
        assertTrue(second.get(0).en().text().contains("two yuan"));
        assertTrue(second.get(1).en().text().startsWith("The ferryman"));
    }

    @Test
    void alignsOneClassicalParagraphWithSeveralTranslatedOnes() throws Exception {
        Structured result = structure("xue-er.txt", ShapeTexts.CLASSICAL);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals(4, pairs.get(0).en().text().split("\n").length);
    }

    @Test
    void forcesAlternatingOnAShapeThatLooksLikeBlocks() throws Exception {
        Structured result = structure(StructureOptions.builder().shape(Shape.ALTERNATING).build(),
                "harbour.txt", ShapeTexts.BLOCKS);
        assertEquals(Shape.ALTERNATING, result.shape());
        // Forced to alternate, a pair is made of neighbours or of paragraphs with one stray line between
        // (each run has three paragraphs): the first Chinese paragraph and the last English one stay alone.
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertTrue(pairs.get(0).en() == null && pairs.get(0).zh().text().startsWith("清晨五点"), pairs.toString());
        assertTrue(pairs.get(pairs.size() - 1).zh() == null, pairs.toString());
    }

    @Test
    void keepsTheLineBreaksOfVerseInBothLanguages() throws Exception {
        Structured result = structure("night.txt", ShapeTexts.VERSE);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals("窗前一片月光，\n像是地上的霜。\n抬头看那明月，\n低头想起故乡。", pairs.get(0).zh().text());
        assertEquals(4, pairs.get(0).en().text().split("\n").length);
        assertEquals("静夜", result.book().metadata().title().zh().text());
    }

    @Test
    void makesChaptersOfMarkdownHeadingsAndSectionsOfLowerOnes() throws Exception {
        Structured result = structure("rain.md", ShapeTexts.MARKDOWN);
        assertEquals(Shape.MARKDOWN, result.shape());
        Book book = result.book();
        assertEquals("雨季笔记", book.metadata().title().zh().text());
        assertEquals(2, book.chapters().size());
        assertEquals("第一章 雨", book.chapters().get(0).title().zh().text());
        assertEquals("Chapter 1 Rain", book.chapters().get(0).title().en().text());
        assertEquals("第二章 晴 / Chapter 2 Sunshine", book.chapters().get(1).title().joined(" / "));
        Chapter first = book.chapters().get(0);
        Heading section = first.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast).findFirst().orElseThrow();
        assertEquals("屋顶 / The Roof", section.text().joined(" / "));
        assertEquals(1, section.level());
        assertEquals("雨下了整整一个星期，街上的积水没过了脚踝。", pairs(first).get(0).zh().text());
        assertEquals(2, pairs(first).size());
    }

    @Test
    void takesAMarkdownFilesOnlyTopHeadingAsItsTitleEvenWhenItReadsLikeALesson() throws Exception {
        String body = """

                ## 对话 Dialogue

                你好！很高兴认识你。

                Hello! Nice to meet you.
                """;
        Structured lesson = structure("lesson.md", "# 第一课 问候" + body);
        assertEquals("第一课 问候", lesson.book().metadata().title().zh().text());
        assertEquals(null, lesson.book().metadata().title().en(), "a heading below is no English title");
        assertEquals(List.of(), lesson.findings());
        assertEquals(1, lesson.book().chapters().size());
        assertTrue(pairs(lesson.book().chapters().get(0)).stream().allMatch(Pair::isComplete));

        Structured both = structure("lesson.md", "# 第一课 问候 | Lesson 1 Greetings" + body);
        assertEquals("第一课 问候", both.book().metadata().title().zh().text());
        assertEquals("Lesson 1 Greetings", both.book().metadata().title().en().text());

        Structured oneWord = structure("lesson.md", "# 问候 | Greetings" + body);
        assertEquals("问候", oneWord.book().metadata().title().zh().text());
        assertEquals("Greetings", oneWord.book().metadata().title().en().text(), "the separator says it is bilingual");
    }

    @Test
    void pairsTabSeparatedLinesAndSkipsTheHeaderRow() throws Exception {
        Structured result = structure("greetings.txt", ShapeTexts.TAB_LINES);
        assertEquals(Shape.TABLE, result.shape());
        Chapter chapter = result.book().chapters().get(0);
        assertEquals("第一章 问候 / Chapter 1 Greetings", chapter.title().joined(" / "));
        List<Pair> pairs = pairs(chapter);
        assertEquals(3, pairs.size());
        assertEquals("Have you eaten?", pairs.get(1).en().text());
        assertEquals(1.0, pairs.get(1).confidence());
    }

    @Test
    void readsAnEnglishFirstCsvWithQuotedCommasAndQuotes() throws Exception {
        Structured result = structure("phrases.csv", ShapeTexts.CSV);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(3, pairs.size());
        assertEquals("Yes, I know.", pairs.get(0).en().text());
        assertEquals("是的，我知道。", pairs.get(0).zh().text());
        assertEquals("She said \"wait\" and left.", pairs.get(1).en().text());
    }

    @Test
    void rejectsACsvRowWithThreeColumnsNamingTheLine() {
        DuetException e = assertThrows(DuetException.class,
                () -> structure("bad.csv", "a,b\n你好,hello,extra\n"));
        assertTrue(e.getMessage().endsWith("bad.csv:2: the row has 3 columns; a table of pairs has two (the text and its translation)"), e.getMessage());
    }

    @Test
    void alignsTwoMonolingualFilesGivenTogether() throws Exception {
        Structured result = structure("keeper-en.txt", ShapeTexts.PARALLEL_EN, "keeper-zh.txt", ShapeTexts.PARALLEL_ZH);
        assertEquals(Shape.PARALLEL_FILES, result.shape());
        Book book = result.book();
        assertEquals("灯塔看守人", book.metadata().title().zh().text());
        assertEquals("The Lighthouse Keeper", book.metadata().title().en().text());
        List<Pair> pairs = pairs(book.chapters().get(0));
        assertEquals(3, pairs.size(), pairs.toString());
        assertTrue(pairs.get(1).en().text().contains("120 steps"));
        assertTrue(pairs.get(2).zh().text().startsWith("有一年冬天"));
        assertEquals(2, pairs.get(2).en().text().split("\n").length);
    }

    @Test
    void ordersPartsByTheirNumbersAndNamesTheSeries() throws Exception {
        Structured result = structure("b.txt", ShapeTexts.SERIES_PART_10, "a.txt", ShapeTexts.SERIES_PART_2);
        Book book = result.book();
        assertEquals(2, book.chapters().size());
        assertEquals("城市笔记 之二", book.chapters().get(0).title().zh().text());
        assertEquals("城市笔记 之十", book.chapters().get(1).title().zh().text());
        assertEquals(List.of(2, 10), book.metadata().parts());
        assertEquals("城市笔记", book.metadata().series());
        assertEquals("城市笔记", book.metadata().title().zh().text());
    }

    @Test
    void ordersUnnumberedFilesByTheNaturalOrderOfTheirNames() throws Exception {
        Structured result = structure("part10.txt", "第十部分的内容。\nThe tenth part.\n",
                "part9.txt", "第九部分的内容。\nThe ninth part.\n");
        assertEquals(List.of("part9", "part10"),
                result.book().chapters().stream().map(c -> c.title().joined("")).toList());
    }

    @Test
    void alignsTwoFilesOfOneLanguageWhenToldTheyArePaired() throws Exception {
        StructureOptions pair = StructureOptions.builder().pairFiles(true).build();
        Structured result = structure(pair, "zh.txt", ShapeTexts.PARALLEL_ZH, "en.txt", ShapeTexts.PARALLEL_EN);
        assertEquals(Shape.PARALLEL_FILES, result.shape());
        DuetException e = assertThrows(DuetException.class,
                () -> structure(pair, "only.txt", ShapeTexts.PARALLEL_ZH));
        assertTrue(e.getMessage().startsWith("--pair needs exactly two files"), e.getMessage());
    }

    @Test
    void namesTheEnglishFileForAnEnglishParagraphWithoutPartner() throws Exception {
        Structured result = structure(StructureOptions.builder().pairFiles(true).build(),
                "zh.txt", "第一段讲春天的花园和池塘。\n第二段讲夏天的大雨和河流。\n",
                "en.txt", "The first paragraph is about the garden and the pond in spring.\n"
                        + "This sentence was added by the translator and has no Chinese original at all, however long.\n"
                        + "The second paragraph is about the summer rain and the rivers.\n");
        List<String> unpaired = result.findings().stream().map(Object::toString)
                .filter(f -> f.contains("has no Chinese partner")).toList();
        assertEquals(1, unpaired.size(), result.findings().toString());
        assertTrue(unpaired.get(0).matches("(.*/)?en\\.txt:[23]: .*"), unpaired.get(0));
    }

    @Test
    void overridesTheMetadataTheTextGives() throws Exception {
        StructureOptions options = StructureOptions.builder().titleZh("夜读").titleEn("Reading at Night")
                .author("Lin Qiu").date(LocalDate.of(2025, 4, 1)).series("City Life").part(9).build();
        Book book = structure(options, "night.txt", TestTexts.ARTICLE).book();
        assertEquals("夜读", book.metadata().title().zh().text());
        assertEquals("Reading at Night", book.metadata().title().en().text());
        assertEquals(List.of("Lin Qiu"), book.metadata().authors());
        assertEquals(LocalDate.of(2025, 4, 1), book.metadata().date());
        assertEquals("City Life", book.metadata().series());
        assertEquals(9, book.metadata().part());
    }

    @Test
    void readsASubtitleAfterTheColonAndKeepsTheTitleWhole() throws Exception {
        Book book = structure("guide.txt", """
                中英对照：对照阅读——一份入门指南 [1]

                Parallel Reading: A First Guide [1]

                第一段。
                The first paragraph.
                """).book();
        assertEquals("一份入门指南", book.metadata().subtitle().zh().text());
        assertEquals("A First Guide", book.metadata().subtitle().en().text());
        assertEquals("Parallel Reading: A First Guide", book.metadata().title().en().text());
    }

    @Test
    void startsChaptersAtShortBilingualTitleLines() throws Exception {
        Book book = structure("shop.txt", ShapeTexts.TITLE_LINES).book();
        List<String> titles = book.chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(List.of("雨天 / Rainy Days"), titles.subList(1, 2));
        assertTrue(book.chapters().stream().allMatch(c -> pairs(c).size() == 1 && pairs(c).get(0).isComplete()), titles.toString());
    }

    @Test
    void makesPartsTheChaptersAndSectionsTheirHeadingsWhenATextHasBoth() throws Exception {
        Book book = structure("parts.txt", """
                卷一
                第一节 出发
                他们天还没亮就出发了。
                They set out before dawn.
                Part Two
                第二节 归来
                三天后，他们回来了。
                Three days later they came back.
                """).book();
        List<String> titles = book.chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(List.of("卷一", "Part Two"), titles);
        List<String> sections = book.chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(press.duet.model.Heading.class::isInstance).map(b -> ((press.duet.model.Heading) b).text().joined(" / "))
                .toList();
        assertEquals(List.of("第一节 出发", "第二节 归来"), sections);
        assertTrue(book.chapters().stream().allMatch(c -> pairs(c).size() == 1 && pairs(c).get(0).isComplete()));
    }

    @Test
    void cutsASingleMixedHeadingLineIntoItsTwoLanguages() {
        assertEquals("第一章 春 / Chapter 1 Spring",
                ChapterSplitter.splitMixed("第一章 春 Chapter 1 Spring", Lang.ZH_HANS).joined(" / "));
        assertNull(ChapterSplitter.splitMixed("第三章 用 EPUB", Lang.ZH_HANS).en());
    }

    @Test
    void tellsTraditionalChineseBooksFromSimplifiedOnes() throws Exception {
        Book book = structure("trad.txt", """
                這是一本關於鐵路的書。
                This is a book about railways.
                """).book();
        assertEquals(Lang.ZH_HANT, book.metadata().chinese());
        assertEquals(Lang.ZH_HANT, pairs(book.chapters().get(0)).get(0).zh().lang());
    }

    @Test
    void reportsEachParagraphOfAnUntranslatedChapterInABilingualBook() throws Exception {
        Structured result = structure("two.txt", """
                第一章 有译文
                第一章的正文。
                The body of the first chapter.
                第二章 没有译文
                这一章只有中文。
                也没有人翻译它。
                """);
        assertEquals(2, result.findings().stream().filter(f -> f.message().startsWith("paragraph has no English partner")).count(),
                result.findings().toString());
    }

    @Test
    void pairsMixedParagraphsByTheLanguageThatCarriesThem() throws Exception {
        Structured result = structure("mixed.txt", """
                我们用 Markdown 写书，再用 Duet 排成 EPUB 和 PDF。
                We write the book in Markdown and let Duet set it as an EPUB and a PDF.
                他像老师那样，把《静夜思》大声读了两遍。
                He read 静夜思 aloud twice, the way his teacher had.
                """);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(2, pairs.size(), pairs.toString());
        assertTrue(pairs.stream().allMatch(Pair::isComplete));
        assertTrue(pairs.get(1).en().text().startsWith("He read"));
    }

    @Test
    void pairsAlternatingTextWhoseOrderChangesMidwayAndSkipsAMissingTranslation() throws Exception {
        Structured result = structure("switch.txt", """
                河边有一座磨坊。
                There is a mill by the river.
                磨坊的主人每天天一亮就开始干活。
                The miller starts work at first light every day.
                这一段没有译文：作者在这里回忆了自己小时候在磨坊里度过的许多个漫长的夏天，回忆了那些早已离开村子去城里打工的朋友，也回忆了磨坊主人的女儿怎样在雨天里把面粉送到镇上去。
                In the evening he walks along the river with his dog.
                傍晚，他带着狗沿着河边散步。
                """);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(4, pairs.size(), pairs.toString());
        assertNull(pairs.get(2).en());
        assertTrue(pairs.get(3).en().text().startsWith("In the evening"));
        assertTrue(pairs.get(3).zh().text().startsWith("傍晚"));
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertTrue(result.findings().get(0).toString().endsWith("switch.txt:5: paragraph has no English partner: "
                        + AlternatingPairer.excerpt(pairs.get(2).zh().text())),
                result.findings().toString());
    }

    @Test
    void reflowsHardWrappedBlocksOfEachLanguageAndAlignsThem() throws Exception {
        Structured result = structure("wrapped.txt", """
                第一章

                The carpenter lived at the end of the lane, in a house that he had
                built himself from the timber of an old boat.

                Every morning he swept the shavings from his doorstep, and every
                evening the wind brought them back again.

                木匠住在巷子的尽头，那座房子是他用一条旧船的木料
                亲手盖起来的。

                每天早上，他把门口的刨花扫干净；每天傍晚，风又把
                它们吹了回来。
                """);
        assertEquals(Shape.BLOCKS, result.shape());
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(2, pairs.size(), pairs.toString());
        assertEquals("The carpenter lived at the end of the lane, in a house that he had built himself from the timber of an old boat.",
                pairs.get(0).en().text());
        assertEquals("木匠住在巷子的尽头，那座房子是他用一条旧船的木料亲手盖起来的。", pairs.get(0).zh().text());
        assertTrue(pairs.get(1).zh().text().startsWith("每天早上"));
    }

    @Test
    void setsASeparatorWithoutLettersOnTheSideOfTheTextAroundIt() throws Exception {
        Structured result = structure("english.txt", """
                The first part of an English-only story, long enough to be a paragraph.

                * * *

                The second part, after the break, which is also in English only.
                """);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(3, pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p.zh() == null), pairs.toString());
        assertEquals("* * *", pairs.get(1).en().text());
    }

    @Test
    void keepsASeparatorBetweenAlternatingPairsWithoutReportingIt() throws Exception {
        Structured result = structure("break.txt", """
                雨停了。
                The rain stopped.
                ※ ※ ※
                天晴了。
                The sky cleared.
                """);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(3, pairs.size(), pairs.toString());
        assertTrue(pairs.get(0).isComplete() && pairs.get(2).isComplete(), pairs.toString());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void splitsALineHoldingASentenceAndItsTranslation() throws Exception {
        Structured result = structure("lines.txt", """
                春天来得很慢，先是柳枝泛绿。Spring arrives slowly, first a hint of green on the willows.
                孩子们在河边放风筝。 | Children fly kites by the river.
                He read 静夜思 aloud twice, the way his teacher had.
                """);
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals(3, pairs.size(), pairs.toString());
        assertEquals("春天来得很慢，先是柳枝泛绿。", pairs.get(0).zh().text());
        assertEquals("Spring arrives slowly, first a hint of green on the willows.", pairs.get(0).en().text());
        assertEquals("孩子们在河边放风筝。", pairs.get(1).zh().text());
        assertEquals("Children fly kites by the river.", pairs.get(1).en().text());
        assertEquals("He read 静夜思 aloud twice, the way his teacher had.", pairs.get(2).en().text());
    }

    @Test
    void tellsTheVarietyOfATraditionalTable() throws Exception {
        Book book = structure("trad.tsv", "這是我們的書。\tThis is our book.\n請慢慢讀。\tPlease read slowly.\n").book();
        assertEquals(Lang.ZH_HANT, book.metadata().chinese());
        assertEquals(Lang.ZH_HANT, pairs(book.chapters().get(0)).get(0).zh().lang());
    }

    @Test
    void keepsTheChaptersOfParallelFilesWhenOnlyOneSideHasHeadings() throws Exception {
        Structured result = structure("zh.txt", """
                第一章 出发

                他们天还没亮就出发了，沿着河走了整整一个上午。

                中午，他们在一棵大树下吃了干粮。

                第二章 归来

                三天以后，他们带着满满一车木头回到了村子。
                """, "en.txt", """
                They set out before dawn and walked along the river for the whole morning.

                At noon they ate their provisions under a large tree.

                Three days later they came back to the village with a cart full of timber.
                """);
        Book book = result.book();
        assertEquals(List.of("第一章 出发", "第二章 归来"), book.chapters().stream().map(c -> c.title().joined(" / ")).toList());
        assertEquals(2, pairs(book.chapters().get(0)).size());
        assertTrue(pairs(book.chapters().get(1)).get(0).en().text().startsWith("Three days later"));
    }

    @Test
    void mergesChaptersGivenInChineseAndThenInEnglish() throws Exception {
        Book interleaved = structure("inter.txt", """
                第一章 出发
                他们天还没亮就出发了。
                中午，他们在一棵大树下吃了干粮。
                Chapter 1 Setting Out
                They set out before dawn.
                At noon they ate their provisions under a large tree.
                第二章 归来
                三天以后，他们回到了村子。
                Chapter 2 The Return
                Three days later they came back to the village.
                """).book();
        assertEquals(List.of("第一章 出发 / Chapter 1 Setting Out", "第二章 归来 / Chapter 2 The Return"),
                interleaved.chapters().stream().map(c -> c.title().joined(" / ")).toList());
        List<Pair> first = pairs(interleaved.chapters().get(0));
        assertEquals(2, first.size(), first.toString());
        assertTrue(first.get(1).zh().text().startsWith("中午") && first.get(1).en().text().startsWith("At noon"));

        Book halves = structure("halves.txt", """
                第一章 出发
                他们天还没亮就出发了。
                第二章 归来
                三天以后，他们回到了村子。
                Chapter 1 Setting Out
                They set out before dawn.
                Chapter 2 The Return
                Three days later they came back to the village.
                """).book();
        assertEquals(2, halves.chapters().size());
        assertEquals("三天以后，他们回到了村子。", pairs(halves.chapters().get(1)).get(0).zh().text());
        assertEquals("Three days later they came back to the village.", pairs(halves.chapters().get(1)).get(0).en().text());
    }

    @Test
    void keepsTheSectionHeadingsOfParallelMarkdownFilesAsAlignedText() throws Exception {
        Structured result = structure("zh.md", """
                # 雨季

                ## 第一章 雨

                雨下了整整一个星期。

                ### 屋顶

                屋顶漏雨，我们用脸盆接水。
                """, "en.md", """
                # The Rainy Season

                ## Chapter 1 Rain

                It rained for a whole week.

                ### The Roof

                The roof leaked, and we caught the water in washbasins.
                """);
        assertEquals(Shape.PARALLEL_FILES, result.shape());
        List<Pair> pairs = pairs(result.book().chapters().get(0));
        assertEquals("第一章 雨 / Chapter 1 Rain", result.book().chapters().get(0).title().joined(" / "));
        assertEquals("屋顶 / The Roof", pairs.get(1).asText().joined(" / "));
        assertTrue(pairs.get(2).isComplete());
    }
}
