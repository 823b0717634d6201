package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.TextDecoder;
import press.duet.read.TextReaderAccess;

/**
 * A classic in two files whose translator heads each chapter and opens it with a line of his own
 * saying what the chapter is about, while the original has no headings, one paragraph a chapter (the
 * 大學's opening, with an English rendering written for this test): each argument stands alone, each
 * original paragraph pairs with all of its chapter's translation, and no pair reaches across a heading.
 */
class ChapterArgumentsTest {
    private static final String CHINESE = """
            大学

            大学之道，在明明德，在亲民，在止于至善。知止而后有定，定而后能静，静而后能安，安而后能虑，虑而后能得。

            物有本末，事有终始。知所先后，则近道矣。

            古之欲明明德于天下者，先治其国；欲治其国者，先齐其家；欲齐其家者，先修其身。

            自天子以至于庶人，壹是皆以修身为本。其本乱而末治者否矣。
            """;
    private static final String ENGLISH = """
            The Great Learning

            Chapter 1.

            What the whole book teaches.

            The way of great learning lies in making bright virtue shine, in renewing the people, and in resting in the highest good.

            Knowing where to rest, one is settled; settled, one can be calm; calm, one can be at peace; at peace, one can reflect; reflecting, one attains.

            Chapter 2.

            Of the order of things.

            Things have roots and branches, affairs have ends and beginnings. To know what comes first and what comes after is to be near the way.

            Chapter 3.

            How the ancients began with themselves.

            The ancients who wished to make bright virtue shine through the world first ordered their states; wishing to order their states, they first regulated their families; wishing to regulate their families, they first cultivated their persons.

            Chapter 4.

            The root of all.

            From the Son of Heaven down to the common people, all must take the cultivation of the person as the root. When the root is in disorder, it cannot be that the branches are well ordered.
            """;

    private static Draft draft(String name, String text) {
        String clean = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, name).text();
        return new Draft(name, "UTF-8", TextReaderAccess.blocks(clean));
    }

    private static List<Pair> pairs(Structured structured) {
        List<Pair> pairs = new ArrayList<>();
        for (Chapter chapter : structured.book().chapters()) {
            chapter.blocks().stream().filter(Pair.class::isInstance).map(Pair.class::cast).forEach(pairs::add);
        }
        return pairs;
    }

    @Test
    void theTranslatorsArgumentsStandAloneAndEachChapterPairsWhole() {
        Structured structured = Structurer.structure(List.of(draft("大学.txt", CHINESE), draft("great-learning.txt", ENGLISH)));
        List<Chapter> chapters = structured.book().chapters();
        assertEquals(List.of("Chapter 1.", "Chapter 2.", "Chapter 3.", "Chapter 4."),
                chapters.stream().map(c -> c.title().en().text()).toList(), chapters.toString());
        List<String> arguments = List.of("What the whole book teaches.", "Of the order of things.",
                "How the ancients began with themselves.", "The root of all.");
        String[] openings = {"大学之道", "物有本末", "古之欲明明德", "自天子"};
        String[] translations = {"The way of great learning", "Things have roots", "The ancients who wished", "From the Son of Heaven"};
        for (int c = 0; c < chapters.size(); c++) {
            List<Pair> pairs = chapters.get(c).blocks().stream().filter(Pair.class::isInstance).map(Pair.class::cast).toList();
            assertEquals(2, pairs.size(), chapters.get(c).toString());
            assertNull(pairs.get(0).zh(), pairs.get(0).toString());
            assertEquals(arguments.get(c), pairs.get(0).en().text());
            assertTrue(pairs.get(1).zh().text().startsWith(openings[c]), pairs.get(1).toString());
            assertTrue(pairs.get(1).en().text().startsWith(translations[c]), pairs.get(1).toString());
        }
        // Chapter 1's two paragraphs are one translation of its one original paragraph.
        assertTrue(chapters.get(0).blocks().stream().filter(Pair.class::isInstance).map(Pair.class::cast)
                .anyMatch(p -> p.zh() != null && p.en().text().endsWith("reflecting, one attains.")));
    }

    @Test
    void aShortFirstLineInOneChapterIsNoHabitOfTheEdition() {
        String english = ENGLISH.replace("What the whole book teaches.\n\n", "")
                .replace("Of the order of things.\n\n", "").replace("The root of all.\n\n", "");
        HeadSplit split = HeadSplit.of(draft("great-learning.txt", english));
        List<ChapterText> chapters = ChapterSplitter.split(split.body(), split.head().title(), press.duet.model.Lang.ZH_HANS);
        assertEquals(4, chapters.size(), chapters.toString());
        assertTrue(ChapterArguments.of(chapters, List.of(), split.head().title()).isEmpty());
        HeadSplit full = HeadSplit.of(draft("great-learning.txt", ENGLISH));
        List<ChapterText> all = ChapterSplitter.split(full.body(), full.head().title(), press.duet.model.Lang.ZH_HANS);
        assertEquals(4, ChapterArguments.of(all, List.of(), full.head().title()).size());
    }

    @Test
    void headingsTheOriginalHasToo() {
        // Each chapter is headed in both files and opens with a short line: a story's first line, translated.
        String chinese = "四季\n\n第一章\n\n春天来了，花开了。\n\n小鸟在唱歌。\n\n第二章\n\n夏天很热。\n\n我们去游泳。\n";
        String english = "The Seasons\n\nChapter 1\n\nSpring has come, and the flowers are out.\n\nThe birds are singing.\n\n"
                + "Chapter 2\n\nSummer is hot.\n\nWe go swimming.\n";
        List<Pair> pairs = pairs(Structurer.structure(List.of(draft("zh.txt", chinese), draft("en.txt", english))));
        assertEquals(4, pairs.size(), pairs.toString());
        assertTrue(pairs.stream().allMatch(Pair::isComplete), pairs.toString());
        assertEquals("Spring has come, and the flowers are out.", pairs.get(0).en().text());
    }

    @Test
    void aHeadingThatIsOnlyANumberFacesOnlyThatNumber() {
        List<String> zh = List.of("卷上", "孟子见王。王问曰：“何以利吾国？”孟子对曰：“何必曰利？亦有仁义而已矣。”");
        List<String> en = List.of("Chapter 5.", "Mencius saw the king. The king asked, 'How shall my kingdom profit?' Mencius replied, 'Why speak of profit? There are benevolence and righteousness, and these are all.'");
        java.util.BitSet heading = new java.util.BitSet();
        heading.set(0);
        java.util.BitSet none = new java.util.BitSet();
        AlignmentInput.Bounds bounds = new AlignmentInput.Bounds(heading, heading, heading, heading, none, none, heading);
        List<Aligner.Bead> beads = Aligner.align(zh, en, bounds);
        assertTrue(beads.stream().noneMatch(b -> b.zhStart() == 0 && b.zhCount() == 1 && b.enStart() == 0 && b.enCount() == 1),
                beads.toString());
        // With the number on the other side, the two headings face each other.
        List<Aligner.Bead> numbered = Aligner.align(List.of("第五章", zh.get(1)), en, bounds);
        assertEquals("0+1~0+1", numbered.get(0).toString().replaceAll("\\(.*", ""), numbered.toString());
    }

    @Test
    void speechNumberedVersesAndLongParagraphsAreNoArguments() {
        assertTrue(ChapterArguments.readsAsArgument("How the ruler may win his people. That kindness is stronger than arms."));
        assertFalse(ChapterArguments.readsAsArgument("The Master said, 'Is it not pleasant to learn?'"));
        assertFalse(ChapterArguments.readsAsArgument("\"Who can unite it?\" he asked."));
        assertFalse(ChapterArguments.readsAsArgument("1. All in the world know the beauty of the beautiful."));
        assertFalse(ChapterArguments.readsAsArgument("One sentence. Another sentence. And a third one."));
        assertFalse(ChapterArguments.readsAsArgument("大学之道，在明明德。"));
        assertFalse(ChapterArguments.readsAsArgument("word ".repeat(41).strip() + "."));
    }
}
