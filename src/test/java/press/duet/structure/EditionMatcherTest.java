package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;

/**
 * Two editions of one book, a Chinese and an English one, written as Markdown with a heading at each
 * chapter (as the e-book reader gives a heading at each entry of the table of contents): the English
 * adds a translator's preface, the Chinese an afterword, and the English splits the third chapter in
 * two. The chapters are matched with their counterparts, the extra matter stays alone, the split
 * chapter is one chapter with both parts, and the paragraphs are paired inside each chapter.
 */
class EditionMatcherTest {
    /** Paragraphs per chapter of the Chinese edition; the English splits the third after its seventh. */
    private static final int[] SIZES = {6, 9, 12, 5, 8};
    private static final int SPLIT_AFTER = 7;
    private static final String[] ZH_NUMBERED = {"第一章 出发", "第二章 山路", "第三章 河边", "第四章 城里", "第五章 归来"};
    private static final String[] EN_NUMBERED = {"Chapter 1: Start", "Chapter 2: The Mountain Road", "Chapter 3: The River Bank",
            "Chapter 4: In the City", "Chapter 5: The Return"};
    private static final String[] ZH_NAMED = {"出发", "山路", "河边", "城里", "归来"};
    private static final String[] EN_NAMED = {"Start", "The Mountain Road", "The River Bank", "In the City", "The Return"};

    private record Editions(String zh, String en, Map<String, String> translations) {
    }

    private static Editions editions(String[] zhTitles, String[] enTitles, String continued, long seed) {
        return editions(zhTitles, enTitles, continued, null, seed);
    }

    /** The editions; with {@code zhContinued}, the Chinese splits the third chapter (under that heading) instead. */
    private static Editions editions(String[] zhTitles, String[] enTitles, String continued, String zhContinued, long seed) {
        ParallelCorpus.Text text = ParallelCorpus.generate(seed, 44);
        List<String> zh = text.chinese();
        List<String> en = text.english();
        Map<String, String> translations = new HashMap<>();
        StringBuilder zhBook = new StringBuilder("# 春江\n\n");
        StringBuilder enBook = new StringBuilder("# Spring River\n\n## Translator's Preface\n\n");
        enBook.append(en.get(40)).append("\n\n").append(en.get(41)).append("\n\n");
        int at = 0;
        for (int c = 0; c < SIZES.length; c++) {
            zhBook.append("## ").append(zhTitles[c]).append("\n\n");
            enBook.append("## ").append(enTitles[c]).append("\n\n");
            for (int k = 0; k < SIZES[c]; k++, at++) {
                if (c == 2 && k == SPLIT_AFTER) {
                    (zhContinued == null ? enBook : zhBook).append("## ").append(zhContinued == null ? continued : zhContinued)
                            .append("\n\n");
                }
                zhBook.append(zh.get(at)).append("\n\n");
                enBook.append(en.get(at)).append("\n\n");
                translations.put(zh.get(at), en.get(at));
            }
        }
        zhBook.append("## 后记\n\n").append(zh.get(42)).append("\n\n").append(zh.get(43)).append("\n");
        return new Editions(zhBook.toString(), enBook.toString(), translations);
    }

    private static Structured structure(Editions editions) {
        Draft zh = Readers.read(Source.of("春江.md", editions.zh()), null, Format.MARKDOWN, finding -> { });
        Draft en = Readers.read(Source.of("spring-river.md", editions.en()), null, Format.MARKDOWN, finding -> { });
        return Structurer.structure(List.of(zh, en));
    }

    private static List<String> rows(Structured result) {
        return result.chapterMatches().stream()
                .map(m -> String.join(" + ", m.zhTitles()) + " | " + String.join(" + ", m.enTitles())).toList();
    }

    @Test
    void matchesNumberedChaptersAroundAnExtraPrefaceAnAfterwordAndASplitChapter() {
        Editions editions = editions(ZH_NUMBERED, EN_NUMBERED, "Chapter 3 (continued)", 7);
        Structured result = structure(editions);
        assertEquals(List.of(" | Translator's Preface", "第一章 出发 | Chapter 1: Start", "第二章 山路 | Chapter 2: The Mountain Road",
                "第三章 河边 | Chapter 3: The River Bank + Chapter 3 (continued)", "第四章 城里 | Chapter 4: In the City",
                "第五章 归来 | Chapter 5: The Return", "后记 | "), rows(result));
        result.chapterMatches().stream().filter(ChapterMatch::paired)
                .forEach(m -> assertTrue(m.confidence() > (m.enTitles().size() == 2 ? 0.8 : 0.95), m.toString()));
        assertParagraphsPaired(result, editions);
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("\"Translator's Preface\" has no counterpart")),
                result.findings().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("\"后记\" has no counterpart")),
                result.findings().toString());
    }

    @Test
    void matchesUnnumberedChaptersByTheirTitlesAndLengths() {
        Editions editions = editions(ZH_NAMED, EN_NAMED, "The River Bank, Part Two", 11);
        Structured result = structure(editions);
        assertEquals(List.of(" | Translator's Preface", "出发 | Start", "山路 | The Mountain Road",
                "河边 | The River Bank + The River Bank, Part Two", "城里 | In the City", "归来 | The Return", "后记 | "),
                rows(result));
        assertParagraphsPaired(result, editions);
    }

    @Test
    void matchesAChapterTheChineseEditionSplitsWithTheWholeEnglishChapter() {
        Editions editions = editions(ZH_NUMBERED, EN_NUMBERED, null, "第三章（续）", 5);
        Structured result = structure(editions);
        assertEquals("第三章 河边 + 第三章（续） | Chapter 3: The River Bank", rows(result).get(3));
        assertParagraphsPaired(result, editions);
    }

    @Test
    void keepsTheSplitChaptersSecondHeadingWhereItsTextBegins() {
        Editions editions = editions(ZH_NUMBERED, EN_NUMBERED, "Chapter 3 (continued)", 7);
        Chapter third = structure(editions).book().chapters().get(3);
        List<Block> blocks = third.blocks();
        int heading = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.text().joined(" ").equals("Chapter 3 (continued)")) {
                heading = i;
            }
        }
        assertEquals(SPLIT_AFTER, heading, blocks.toString());
    }

    /** Every Chinese paragraph of a matched chapter stands beside its own translation, and nothing else. */
    private static void assertParagraphsPaired(Structured result, Editions editions) {
        int right = 0;
        int wrong = 0;
        List<String> misses = new ArrayList<>();
        for (Chapter chapter : result.book().chapters()) {
            for (Pair pair : StructurerTest.pairs(chapter)) {
                if (pair.zh() == null || !editions.translations().containsKey(pair.zh().text())) {
                    continue;
                }
                if (pair.en() != null && editions.translations().get(pair.zh().text()).equals(pair.en().text())) {
                    right++;
                } else {
                    wrong++;
                    misses.add(pair.toString());
                }
            }
        }
        assertEquals(editions.translations().size(), right + wrong);
        assertEquals(0, wrong, misses.toString());
    }
}
