package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.model.Block;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.report.Finding;

/**
 * Alternating text paired as two streams: a stray line in either language costs one unpaired line,
 * never a shift, and the leading language comes from the evidence, not from the first line.
 */
class TwoStreamPairingTest {
    /** Short answers and words whose lengths do not track their translations' (generated case). */
    private static final String[][] SHORT = {
            {"是。", "Yes."}, {"不是。", "No, it isn't."}, {"好的。", "All right."}, {"谢谢你。", "Thank you."},
            {"猫", "cat"}, {"图书馆", "library"}, {"我不知道。", "I don't know."}, {"明天见。", "See you tomorrow."},
            {"对不起。", "Sorry."}, {"当然可以。", "Of course."}, {"河", "river"}, {"火车站", "railway station"},
            {"几点了？", "What time is it?"}, {"三点。", "Three o'clock."}, {"你去哪儿？", "Where are you going?"},
            {"回家。", "Home."}, {"老师", "teacher"}, {"天气很好。", "The weather is fine."}, {"山", "mountain"},
            {"为什么？", "Why?"}, {"因为下雨了。", "Because it rained."}, {"请进。", "Come in, please."},
            {"书", "book"}, {"我很累。", "I am tired."}, {"没关系。", "Never mind."}, {"电脑", "computer"},
            {"你叫什么名字？", "What is your name?"}, {"我叫李明。", "My name is Li Ming."}, {"苹果", "apple"},
            {"快点！", "Hurry up!"}, {"等一下。", "Wait a moment."}, {"窗户", "window"}};

    private static List<Block> pair(List<String> texts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        texts.forEach(t -> paragraphs.add(new Paragraph(paragraphs.size() + 1, t)));
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "书"), null);
        List<Finding> findings = new ArrayList<>();
        return new ChapterPairer("t.txt", Lang.ZH_HANS, null, true, findings).pair(new ChapterText(title, paragraphs));
    }

    private static int right(List<Block> blocks, List<String[]> gold) {
        int right = 0;
        for (Block block : blocks) {
            if (block instanceof Pair p && p.isComplete()) {
                for (String[] g : gold) {
                    if (g[0].equals(p.zh().text()) && g[1].equals(p.en().text())) {
                        right++;
                        break;
                    }
                }
            }
        }
        return right;
    }

    private static final String HAN = "山水日月风雨花草木石天地人心书画";
    private static final String[] WORDS = {"red", "lantern", "of", "the", "autumn", "river", "quietly", "a", "bell", "morning"};

    /** A word-list entry whose two sides' lengths are drawn independently; its number keeps it unique. */
    private static String[] unrelatedLengths(Random random, int number) {
        StringBuilder zh = new StringBuilder();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            zh.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        StringBuilder en = new StringBuilder();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            en.append(en.length() > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return new String[] {zh.toString(), en.toString()};
    }

    /** Generated: 2,000 strictly alternating one-line pairs; at 100 pairs the old pairer was right, at 2,000 shifted. */
    @Test
    void pairsTwoThousandShortAlternatingLinesWithoutShifting() {
        for (int count : new int[] {100, 2000}) {
            Random random = new Random(count);
            List<String> texts = new ArrayList<>();
            List<String[]> gold = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String[] p = random.nextInt(3) == 0 ? SHORT[random.nextInt(SHORT.length)] : unrelatedLengths(random, i);
                texts.add(p[0]);
                texts.add(p[1]);
                gold.add(p);
            }
            List<Block> blocks = pair(texts);
            assertEquals(count, blocks.size(), count + " pairs");
            assertEquals(count, right(blocks, gold), count + " pairs");
        }
    }

    /** An English-first text whose page starts with one Chinese furniture line: that line stands alone. */
    @Test
    void aStrayLineAtTheTopCostsOneUnpairedLine() {
        List<List<ParallelCorpus.Sentence>> text = ParallelCorpus.generate(11, 40).paragraphs();
        List<String> texts = new ArrayList<>(List.of("当前位置：首页 > 双语阅读 > 正文"));
        List<String[]> gold = new ArrayList<>();
        for (List<ParallelCorpus.Sentence> p : text) {
            String zh = String.join("", p.stream().map(ParallelCorpus.Sentence::zh).toList());
            String en = String.join(" ", p.stream().map(ParallelCorpus.Sentence::en).toList());
            texts.add(en);
            texts.add(zh);
            gold.add(new String[] {zh, en});
        }
        List<Block> blocks = pair(texts);
        assertEquals(text.size() + 1, blocks.size());
        assertNull(((Pair) blocks.get(0)).en());
        assertEquals(text.size(), right(blocks, gold));
    }

    /** The same with a stray English line in a Chinese-first text, in the middle. */
    @Test
    void aStrayLineInTheMiddleCostsOneUnpairedLine() {
        List<List<ParallelCorpus.Sentence>> text = ParallelCorpus.generate(12, 40).paragraphs();
        List<String> texts = new ArrayList<>();
        List<String[]> gold = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            List<ParallelCorpus.Sentence> p = text.get(i);
            String zh = String.join("", p.stream().map(ParallelCorpus.Sentence::zh).toList());
            String en = String.join(" ", p.stream().map(ParallelCorpus.Sentence::en).toList());
            texts.add(zh);
            if (i == 17) {
                texts.add("Share this article");
            }
            texts.add(en);
            gold.add(new String[] {zh, en});
        }
        List<Block> blocks = pair(texts);
        assertEquals(text.size() + 1, blocks.size());
        assertEquals(text.size(), right(blocks, gold));
    }
}
