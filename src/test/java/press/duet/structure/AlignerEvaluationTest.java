package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The aligner's evaluation on generated parallel texts whose true alignment is known: the share of
 * gold pairs found exactly, for equal paragraph counts, for texts where a tenth of the paragraphs
 * were merged, split or left untranslated on one side, and for short texts with a cluster of such
 * changes. The figures are printed and recorded in docs/STRUCTURE.md.
 */
class AlignerEvaluationTest {
    private static final int TEXTS = 8;
    private static final int PARAGRAPHS = 300;
    /** The clustered-changes texts: short, as the review's acceptance test was, and many of them. */
    private static final int CLUSTER_PARAGRAPHS = 34;
    private static final int CLUSTER_TEXTS = 100;

    /** A text as the aligner sees it, with the beads (zhStart, zhCount, enStart, enCount) that are right. */
    private record Case(List<String> zh, List<String> en, Set<List<Integer>> gold) {
    }

    private enum Change { NONE, MERGE_ENGLISH, SPLIT_ENGLISH, MERGE_CHINESE, SPLIT_CHINESE, DROP_ENGLISH }

    private static Case make(long seed, Change change, boolean hanYears) {
        ParallelCorpus.Text text = ParallelCorpus.generate(seed, PARAGRAPHS, hanYears);
        Random random = new Random(seed * 31 + change.ordinal());
        boolean chineseChanged = change == Change.MERGE_CHINESE || change == Change.SPLIT_CHINESE;
        boolean merge = change == Change.MERGE_ENGLISH || change == Change.MERGE_CHINESE;
        List<String> fixedSide = chineseChanged ? text.english() : text.chinese();
        List<List<ParallelCorpus.Sentence>> paragraphs = text.paragraphs();
        List<String> changed = new ArrayList<>();
        Set<List<Integer>> gold = new HashSet<>();
        int i = 0;
        while (i < paragraphs.size()) {
            boolean chosen = change != Change.NONE && random.nextDouble() < 0.1;
            if (chosen && change == Change.DROP_ENGLISH) {
                // The translation of this paragraph is missing: a 1-0 bead.
                gold.add(List.of(i, 1, changed.size(), 0));
                i++;
            } else if (chosen && merge && i + 1 < paragraphs.size()) {
                changed.add(side(paragraphs.get(i), chineseChanged) + (chineseChanged ? "" : " ")
                        + side(paragraphs.get(i + 1), chineseChanged));
                gold.add(bead(chineseChanged, i, 2, changed.size() - 1, 1));
                i += 2;
            } else if (chosen && !merge && paragraphs.get(i).size() >= 2) {
                List<ParallelCorpus.Sentence> p = paragraphs.get(i);
                int cut = 1 + random.nextInt(p.size() - 1);
                changed.add(side(p.subList(0, cut), chineseChanged));
                changed.add(side(p.subList(cut, p.size()), chineseChanged));
                gold.add(bead(chineseChanged, i, 1, changed.size() - 2, 2));
                i++;
            } else {
                changed.add(side(paragraphs.get(i), chineseChanged));
                gold.add(bead(chineseChanged, i, 1, changed.size() - 1, 1));
                i++;
            }
        }
        return chineseChanged ? new Case(changed, fixedSide, gold) : new Case(fixedSide, changed, gold);
    }

    private enum Step { KEEP, DROP, MERGE, SPLIT }

    /**
     * A short text (as the review's acceptance test had: about thirty pairs) whose English has one
     * paragraph missing close to two merges and two splits, all within ten paragraphs, in an order
     * the seed chooses. Changes this close together leave the length model little room to recover
     * between them, which is what shifted a run of pairs in the review.
     */
    private static Case makeCluster(long seed, boolean hanYears) {
        List<List<ParallelCorpus.Sentence>> paragraphs = ParallelCorpus.generate(seed, CLUSTER_PARAGRAPHS, hanYears).paragraphs();
        Random random = new Random(seed * 17 + 5);
        List<Step> steps = new ArrayList<>(List.of(Step.DROP, Step.MERGE, Step.MERGE, Step.SPLIT, Step.SPLIT,
                Step.KEEP, Step.KEEP, Step.KEEP));
        Collections.shuffle(steps, random);
        int start = 6 + random.nextInt(CLUSTER_PARAGRAPHS - 24);
        List<String> en = new ArrayList<>();
        Set<List<Integer>> gold = new HashSet<>();
        int i = 0;
        int next = 0;
        while (i < paragraphs.size()) {
            Step step = i >= start && next < steps.size() ? steps.get(next++) : Step.KEEP;
            if (step == Step.SPLIT && paragraphs.get(i).size() < 2) {
                step = Step.KEEP;
            }
            switch (step) {
                case DROP -> {
                    gold.add(List.of(i, 1, en.size(), 0));
                    i++;
                }
                case MERGE -> {
                    en.add(side(paragraphs.get(i), false) + " " + side(paragraphs.get(i + 1), false));
                    gold.add(List.of(i, 2, en.size() - 1, 1));
                    i += 2;
                }
                case SPLIT -> {
                    List<ParallelCorpus.Sentence> p = paragraphs.get(i);
                    int cut = 1 + random.nextInt(p.size() - 1);
                    en.add(side(p.subList(0, cut), false));
                    en.add(side(p.subList(cut, p.size()), false));
                    gold.add(List.of(i, 1, en.size() - 2, 2));
                    i++;
                }
                case KEEP -> {
                    en.add(side(paragraphs.get(i), false));
                    gold.add(List.of(i, 1, en.size() - 1, 1));
                    i++;
                }
            }
        }
        List<String> zh = paragraphs.stream().map(p -> side(p, true)).toList();
        return new Case(zh, en, gold);
    }

    /** The share of gold beads found exactly in the clustered-changes texts, and the worst text's misses. */
    private static double clusterAccuracy(boolean hanYears) {
        int right = 0;
        int total = 0;
        int worst = 0;
        for (long seed = 1; seed <= CLUSTER_TEXTS; seed++) {
            Case c = makeCluster(seed, hanYears);
            int missed = c.gold().size() - found(c);
            right += c.gold().size() - missed;
            total += c.gold().size();
            worst = Math.max(worst, missed);
        }
        double accuracy = (double) right / total;
        System.out.printf(Locale.ROOT, "aligner evaluation, clustered%s: %d texts, %d gold pairs: %.2f%% exactly right, at most %d missed in one text%n",
                hanYears ? " (Chinese years in numerals)" : "", CLUSTER_TEXTS, total, 100 * accuracy, worst);
        return accuracy;
    }

    /** How many of the case's gold beads the aligner found exactly. */
    private static int found(Case c) {
        Set<List<Integer>> found = new HashSet<>();
        for (Aligner.Bead b : Aligner.align(c.zh(), c.en())) {
            found.add(List.of(b.zhStart(), b.zhCount(), b.enStart(), b.enCount()));
        }
        int right = 0;
        for (List<Integer> g : c.gold()) {
            right += found.contains(g) ? 1 : 0;
        }
        return right;
    }

    /** The gold bead with the unchanged side at {@code fixed} and the changed side at {@code moved}. */
    private static List<Integer> bead(boolean chineseChanged, int fixed, int fixedCount, int moved, int movedCount) {
        return chineseChanged ? List.of(moved, movedCount, fixed, fixedCount) : List.of(fixed, fixedCount, moved, movedCount);
    }

    private static String side(List<ParallelCorpus.Sentence> sentences, boolean chinese) {
        return chinese ? String.join("", sentences.stream().map(ParallelCorpus.Sentence::zh).toList())
                : String.join(" ", sentences.stream().map(ParallelCorpus.Sentence::en).toList());
    }

    /** The share of gold beads the aligner found exactly, over all evaluation texts. */
    private static double accuracy(Change change) {
        return accuracy(change, false);
    }

    /** As {@link #accuracy(Change)}; with {@code hanYears} the Chinese writes its years in Chinese numerals. */
    private static double accuracy(Change change, boolean hanYears) {
        int right = 0;
        int total = 0;
        for (long seed = 1; seed <= TEXTS; seed++) {
            Case c = make(seed, change, hanYears);
            right += found(c);
            total += c.gold().size();
        }
        double accuracy = (double) right / total;
        System.out.printf(Locale.ROOT, "aligner evaluation, %-14s %d texts, %d gold pairs: %.2f%% exactly right%n",
                change.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (hanYears ? " (Chinese years in numerals)" : "") + ":",
                TEXTS, total, 100 * accuracy);
        return accuracy;
    }

    @Test
    void keepsParagraphsWhoseTranslationIsMissingApart() {
        assertTrue(accuracy(Change.DROP_ENGLISH) >= 0.95);
    }

    @Test
    void keepsAClusterOfChangesFromShiftingARunOfPairs() {
        // Measured 93.94 % (93.56 % with the former length floor); at most 6 of 32 pairs missed in one text.
        assertTrue(clusterAccuracy(false) >= 0.935);
    }

    /** Years in Chinese numerals (一九三二年) anchor as digits do once read as digits. */
    @Test
    void anchorsYearsWrittenInChineseNumerals() {
        // Measured 95.83 % and 93.94 %, as with digits (94.58 % and 92.63 % when only digits anchored).
        assertTrue(accuracy(Change.DROP_ENGLISH, true) >= 0.955);
        assertTrue(clusterAccuracy(true) >= 0.935);
    }

    @Test
    void alignsEqualCountsPerfectly() {
        assertEquals(1.0, accuracy(Change.NONE));
    }

    @Test
    void alignsAtLeast95PercentWhenATenthOfEnglishParagraphsAreMerged() {
        assertTrue(accuracy(Change.MERGE_ENGLISH) >= 0.95);
    }

    @Test
    void alignsAtLeast95PercentWhenATenthOfEnglishParagraphsAreSplit() {
        assertTrue(accuracy(Change.SPLIT_ENGLISH) >= 0.95);
    }

    @Test
    void alignsAtLeast95PercentWhenATenthOfChineseParagraphsAreMergedOrSplit() {
        assertTrue(accuracy(Change.MERGE_CHINESE) >= 0.95);
        assertTrue(accuracy(Change.SPLIT_CHINESE) >= 0.95);
    }

    @Test
    void alignsTwoTenThousandParagraphTexts() {
        Case c = make(99, Change.MERGE_ENGLISH, false);
        ParallelCorpus.Text big = ParallelCorpus.generate(7, 10_000);
        List<String> zh = big.chinese();
        List<String> en = big.english();
        Aligner.align(c.zh(), c.en()); // warm the JIT so the printed time measures the algorithm
        // The time is printed, not asserted: speed is the benchmarks' business (bench/jmh), and a shared
        // machine's neighbours would fail a timed test. The best of three runs is printed.
        double seconds = Double.MAX_VALUE;
        List<Aligner.Bead> beads = List.of();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            beads = Aligner.align(zh, en);
            seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "aligner evaluation, two 10,000-paragraph texts aligned in %.3f s%n", seconds);
        long right = beads.stream().filter(b -> b.zhCount() == 1 && b.enCount() == 1 && b.zhStart() == b.enStart()).count();
        System.out.printf(Locale.ROOT, "aligner evaluation, 10,000 equal-count paragraphs: %.2f%% exactly right%n", right / 100.0);
        assertTrue(right >= 9_950, right + " right");
    }
}
