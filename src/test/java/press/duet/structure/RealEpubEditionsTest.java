package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.read.Readers;

/**
 * Two real editions of one book, neither made by anyone on the team, one of them an EPUB: Standard
 * Ebooks' EPUB 3 of Lionel Giles's Art of War (1910) — a translator's preface, a five-part
 * introduction, a bibliography and thirteen chapters of numbered verses with 800 endnotes — and a
 * 孙子兵法 as plain text, its thirteen chapters headed 01.始计 … 13.用间, each in a few paragraphs.
 * The Chinese edition has no introduction, so its chapters must find Giles's thirteen past eight
 * documents that only the English has.
 *
 * <p>Inside a chapter the editions do not correspond paragraph by paragraph: a Chinese paragraph
 * holds from one to nineteen of Giles's verses. {@code verse-groups.tsv} says, for each Chinese
 * paragraph, which verse opens its translation (read by hand from both texts): a paragraph and its
 * verses are one group. Measured: the Chinese paragraphs paired with verses of their own group only,
 * the verses that stand under their own Chinese paragraph (paired with it, or left alone after it and
 * before the next), and the complete pairs whose two sides are of one group.
 */
class RealEpubEditionsTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RealEpubEditionsTest.class.getResource("/editions/art-of-war/" + name).toURI());
    }

    /** For each chapter, the openings of its Chinese paragraphs and of the verses that begin their groups. */
    private static Map<Integer, List<String[]>> groups() throws IOException, URISyntaxException {
        Map<Integer, List<String[]>> groups = new TreeMap<>();
        for (String line : Files.readAllLines(resource("verse-groups.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            groups.computeIfAbsent(Integer.parseInt(cells[0]), c -> new ArrayList<>()).add(new String[] {cells[1], cells[2]});
        }
        return groups;
    }

    /** The figures of one chapter, and of the book when added up. */
    record Score(int chinese, int chineseRight, int verses, int versesPlaced, int pairs, int pairsRight) {
        Score plus(Score o) {
            return new Score(chinese + o.chinese, chineseRight + o.chineseRight, verses + o.verses,
                    versesPlaced + o.versesPlaced, pairs + o.pairs, pairsRight + o.pairsRight);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d Chinese paragraphs paired within their group, %d/%d verses under"
                    + " their own paragraph, %d/%d complete pairs right", chineseRight, chinese, versesPlaced, verses,
                    pairsRight, pairs);
        }
    }

    /**
     * Scores a matched chapter: each Chinese paragraph is its own group, in order; an English
     * paragraph belongs to the group whose opening verse it is or follows (the subtitle Giles prints
     * under a chapter's number belongs to none and is not counted).
     */
    static Score score(Chapter chapter, List<String[]> groups) {
        int zhGroup = -1;
        int enGroup = -1;
        int lastChineseGroup = -1;
        int chinese = 0;
        int chineseRight = 0;
        int verses = 0;
        int placed = 0;
        int pairs = 0;
        int pairsRight = 0;
        for (Block block : chapter.blocks()) {
            if (!(block instanceof Pair pair)) {
                continue;
            }
            List<Integer> zhGroups = new ArrayList<>();
            for (Para para : pair.zh() == null ? List.<Para>of() : pair.zh().paras()) {
                zhGroup++;
                assertTrue(zhGroup < groups.size() && para.text().startsWith(groups.get(zhGroup)[0]),
                        "Chinese paragraph " + zhGroup + " of " + chapter.title() + ": " + para.text());
                zhGroups.add(zhGroup);
                lastChineseGroup = zhGroup;
            }
            List<Integer> enGroups = new ArrayList<>();
            for (Para para : pair.en() == null ? List.<Para>of() : pair.en().paras()) {
                if (enGroup + 1 < groups.size() && para.text().startsWith(groups.get(enGroup + 1)[1])) {
                    enGroup++;
                }
                enGroups.add(enGroup);
            }
            boolean oneGroup = !zhGroups.isEmpty() && !enGroups.isEmpty()
                    && zhGroups.stream().allMatch(g -> g.equals(zhGroups.get(0)))
                    && enGroups.stream().allMatch(g -> g.equals(zhGroups.get(0)));
            chinese += zhGroups.size();
            chineseRight += oneGroup ? zhGroups.size() : 0;
            for (int g : enGroups) {
                verses += g >= 0 ? 1 : 0;
                placed += g >= 0 && g == lastChineseGroup ? 1 : 0;
            }
            if (!zhGroups.isEmpty() && !enGroups.isEmpty()) {
                pairs++;
                pairsRight += oneGroup ? 1 : 0;
            }
        }
        assertEquals(groups.size() - 1, zhGroup, "every Chinese paragraph of " + chapter.title() + " is there");
        assertEquals(groups.size() - 1, enGroup, "every group's opening verse of " + chapter.title() + " is there");
        return new Score(chinese, chineseRight, verses, placed, pairs, pairsRight);
    }

    @Test
    void matchesTheThirteenChaptersPastTheTranslatorsIntroductionAndPairsTheVersesWithinTheirParagraphs() throws Exception {
        Structured result = Structurer.structure(List.of(Readers.read(resource("孙子兵法.txt"), null, null),
                Readers.read(resource("art-of-war-giles.epub"), null, null)));

        List<String> wrong = new ArrayList<>();
        int matched = 0;
        int englishOnly = 0;
        for (ChapterMatch match : result.chapterMatches()) {
            if (!match.paired()) {
                // Only Giles's own matter stands alone: the Chinese edition has nothing he does not.
                englishOnly += match.zhTitles().isEmpty() ? match.enTitles().size() : 0;
                if (!match.zhTitles().isEmpty()) {
                    wrong.add(match.toString());
                }
                continue;
            }
            matched++;
            int zh = match.zhTitles().size() == 1 ? Integer.parseInt(match.zhTitles().get(0).substring(0, 2)) : -1;
            ChapterHeadings.Reading en = match.enTitles().size() == 1 ? ChapterHeadings.read(match.enTitles().get(0)) : null;
            if (en == null || zh != en.number()) {
                wrong.add(match.toString());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(13, matched);
        assertEquals(8, englishOnly, "the dedication, the preface, the five parts of the introduction and the bibliography");

        Map<Integer, List<String[]>> groups = groups();
        Score book = new Score(0, 0, 0, 0, 0, 0);
        for (Chapter chapter : result.book().chapters()) {
            String zhTitle = chapter.title().zh() == null ? "" : chapter.title().zh().text();
            if (!zhTitle.matches("\\d\\d\\..*")) {
                continue;
            }
            int number = Integer.parseInt(zhTitle.substring(0, 2));
            Score score = score(chapter, groups.get(number));
            System.out.printf(Locale.ROOT, "Art of War (孙子兵法 / Giles EPUB) chapter %2d: %s%n", number, score);
            book = book.plus(score);
        }
        System.out.printf(Locale.ROOT, "Art of War (孙子兵法 / Giles EPUB): 13/13 chapters matched, 8 English-only documents"
                + " alone; %s%n", book);
        assertEquals(64, book.chinese());
        assertEquals(400, book.verses());
        // Measured 384/400 verses and 48/64 paragraphs: the misses are a verse too many or too few at
        // a paragraph's end, where lengths alone (classical Chinese gives the lexicon little) cannot tell.
        assertTrue(book.versesPlaced() >= 0.95 * book.verses(), book.toString());
        assertTrue(book.chineseRight() >= 0.70 * book.chinese(), book.toString());
    }
}
