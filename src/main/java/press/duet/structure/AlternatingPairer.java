package press.duet.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import press.duet.model.Block;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Pairs paragraphs that alternate between the languages (zh, en, zh, en … or en first), tolerating a
 * missing translation here and there and a pair now and then in the other order. Only neighbours
 * pair; which ones is decided by a small dynamic programme: a paragraph left alone costs more than a
 * pair whose lengths agree, and a pair against the leading order costs a little more than one in it.
 * A translation split over two paragraphs (zh en en, or zh zh en) pairs as one when the lengths
 * plainly say so. A paragraph without its partner stays, as a pair with one side absent, and is
 * reported.
 */
final class AlternatingPairer {
    /** -ln 0.01: leaving a paragraph without its partner is rare in alternating text. */
    private static final double ALONE = 4.6;
    /** -ln 0.1: a pair against the text's leading order happens, but seldom. */
    private static final double REVERSED = 2.3;
    /**
     * -ln 0.01: a split translation is looked for only where its first half (or the original's second
     * half) alone would be a very unlikely translation: see {@link #HALF_MISFIT}.
     */
    private static final double SPLIT = 4.6;
    /**
     * -ln 0.0009 under the text's narrow spread: the least surprise at the two neighbours that would
     * pair without the split for a split to be considered. Measured on AlternatingEvaluationTest (40
     * texts a row): without this bar an untranslated paragraph of one or two sentences next to a pair
     * whose translation runs a little short fitted better joined to it, and the evaluation with
     * untranslated paragraphs lost about half a point; at 6 it lost 0.09 points, at 7 and 8 two pairs
     * in 11,989 (one text), while 7 keeps most of what 6 finds.
     */
    private static final double HALF_MISFIT = 7.0;
    /** The lowest probability a pair's lengths may cost, so that a free translation still pairs. */
    private static final double FLOOR = 1e-4;

    private final String source;
    private final Lang chinese;
    private final List<Finding> findings;

    AlternatingPairer(String source, Lang chinese, List<Finding> findings) {
        this.source = source;
        this.chinese = chinese;
        this.findings = findings;
    }

    /** Which language leads: the one that more often comes right before the other. */
    static Lang leadingLanguage(List<Paragraph> paragraphs) {
        int zhThenEn = 0;
        int enThenZh = 0;
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Paragraph a = paragraphs.get(i);
            Paragraph b = paragraphs.get(i + 1);
            if (a.isChinese() && b.isEnglish()) {
                zhThenEn++;
            } else if (a.isEnglish() && b.isChinese()) {
                enThenZh++;
            }
        }
        if (enThenZh != zhThenEn) {
            return enThenZh > zhThenEn ? Lang.EN : Lang.ZH_HANS;
        }
        // A tie: alternating text with one untranslated paragraph at an end (en zh en zh en) counts
        // as many steps each way; the text's first paragraph then tells which language leads.
        for (Paragraph p : paragraphs) {
            if (p.isEnglish()) {
                return Lang.EN;
            }
            if (p.isChinese()) {
                return Lang.ZH_HANS;
            }
        }
        return Lang.ZH_HANS;
    }

    /**
     * A paragraph as it pairs: in its own language, or for one with no letters in the language
     * {@link #resolvedChinese} gives it; and its length for the {@link LengthModel}, which its profile
     * counted.
     */
    private record Resolved(Paragraph paragraph, boolean isChinese, int length) {
        String text() {
            return paragraph.text();
        }
    }

    /**
     * Pairs the paragraphs; each pair's confidence comes from how well its lengths agree. The leading
     * language is {@code leading} unless the pairs the other one makes agree in length more closely.
     * {@link #leadingLanguage} counts zh→en against en→zh steps, and in alternating text these differ
     * by one at most (en→zh joins every pair to the next), so an untranslated paragraph at either end
     * could make it name the wrong language, and then every pair went reversed and shifted by one.
     * Shifted pairs are not translations of each other, so their lengths spread far more widely.
     */
    List<Block> pair(List<Paragraph> paragraphs, Lang leading) {
        int n = paragraphs.size();
        List<Resolved> resolved = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Paragraph p = paragraphs.get(i);
            resolved.add(new Resolved(p, resolvedChinese(paragraphs, i), p.profile().length()));
        }
        Lang other = leading.isChinese() ? Lang.EN : Lang.ZH_HANS;
        Models given = models(resolved, leading);
        Models flipped = models(resolved, other);
        boolean flip = flipped.splits().variance() < given.splits().variance();
        Models models = flip ? flipped : given;
        int[] steps = bestSteps(paragraphs, resolved, models, flip ? other : leading);
        return blocks(paragraphs, resolved, steps, models.pairs());
    }

    /** The pairs and lone paragraphs of the path {@code steps}, in reading order; the lone ones are reported. */
    private List<Block> blocks(List<Paragraph> paragraphs, List<Resolved> resolved, int[] steps, LengthModel pairs) {
        boolean bilingual = paragraphs.stream().anyMatch(Paragraph::isChinese)
                && paragraphs.stream().anyMatch(Paragraph::isEnglish);
        List<Block> blocks = new ArrayList<>();
        List<Finding> lonely = new ArrayList<>();
        for (int i = paragraphs.size(); i > 0; i -= steps[i]) {
            if (steps[i] > 1) {
                blocks.add(paired(resolved.subList(i - steps[i], i), pairs));
            } else {
                Resolved p = resolved.get(i - 1);
                blocks.add(alone(p));
                if (bilingual && paragraphs.get(i - 1).lang().isPresent()) {
                    lonely.add(new Finding(new Place(source, p.paragraph().line()), "paragraph has no "
                            + (p.isChinese() ? "English" : "Chinese") + " partner: " + excerpt(p.text())));
                }
            }
        }
        // The path was followed back to front; the reader reads front to back.
        Collections.reverse(blocks);
        Collections.reverse(lonely);
        findings.addAll(lonely);
        return blocks;
    }

    /**
     * The dynamic programme: for each prefix of the paragraphs, the number of paragraphs its last step
     * takes (1: a paragraph alone, 2: a pair of neighbours, 3: a translation split over two paragraphs
     * with its original), chosen so that the whole path costs least.
     */
    private static int[] bestSteps(List<Paragraph> paragraphs, List<Resolved> resolved, Models models, Lang leading) {
        int n = paragraphs.size();
        double[] best = new double[n + 1];
        int[] steps = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            // A paragraph with no letters (a row of stars) is expected to stand alone.
            best[i] = best[i - 1] + (paragraphs.get(i - 1).lang().isPresent() ? ALONE : 0);
            steps[i] = 1;
            if (i >= 2 && resolved.get(i - 2).isChinese() != resolved.get(i - 1).isChinese()) {
                double pair = best[i - 2] + cost(models.pairs(), resolved.get(i - 2), resolved.get(i - 1), leading);
                if (pair < best[i]) {
                    best[i] = pair;
                    steps[i] = 2;
                }
            }
            if (i >= 3 && isSplit(paragraphs.subList(i - 3, i), leading)) {
                double split = best[i - 3] + splitCost(models, resolved.subList(i - 3, i), leading);
                if (split < best[i]) {
                    best[i] = split;
                    steps[i] = 3;
                }
            }
        }
        return steps;
    }

    /**
     * Whether three paragraphs may be a translation split over two: they open in the leading
     * language, hold both languages, and all have letters (zh en en, or zh zh en, in a Chinese-first
     * text). A split against the leading order is not looked for: it would need two rare things at once.
     */
    private static boolean isSplit(List<Paragraph> three, Lang leading) {
        for (Paragraph p : three) {
            if (p.lang().isEmpty()) {
                return false;
            }
        }
        boolean first = three.get(0).isChinese();
        boolean last = three.get(2).isChinese();
        return first == leading.isChinese() && first != last;
    }

    /**
     * A split is considered only when the neighbours that would pair without it misfit badly
     * ({@link #HALF_MISFIT}). It then costs its prior, the pair model's surprise at those neighbours,
     * and how much better or worse the joined lengths fit than theirs, both under the text's own
     * narrow spread. The last term tells a split from an untranslated paragraph: a translation
     * plus an untranslated paragraph is far too long for its original while the translation alone
     * fits; the half of a split translation fits badly and the two halves together well. The pair
     * model's wide spread would forgive both.
     */
    private static double splitCost(Models models, List<Resolved> three, Lang leading) {
        // zh en en: the translation's first half pairs without the split; zh zh en: the original's second half.
        boolean splitOnTheRight = three.get(1).isChinese() == three.get(2).isChinese();
        List<Resolved> half = splitOnTheRight ? three.subList(0, 2) : three.subList(1, 3);
        double neighbours = cost(models.pairs(), half.get(0), half.get(1), leading);
        double halfMisfit = misfit(models.splits(), half);
        if (halfMisfit < HALF_MISFIT) {
            return Double.POSITIVE_INFINITY;
        }
        return SPLIT + neighbours + misfit(models.splits(), three) - halfMisfit;
    }

    /** How surprising the lengths of a group's Chinese and English paragraphs are for one translation. */
    private static double misfit(LengthModel model, List<Resolved> group) {
        return model.surprise(length(group, true), length(group, false), FLOOR);
    }

    private static int length(List<Resolved> group, boolean chinese) {
        int length = 0;
        for (Resolved p : group) {
            length += p.isChinese() == chinese ? p.length() : 0;
        }
        return length;
    }

    /** The pair of two or three neighbours, several on one side joined by a line break as the aligner does. */
    private Pair paired(List<Resolved> group, LengthModel model) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Resolved p : group) {
            (p.isChinese() ? zh : en).add(p.text());
        }
        double confidence = model.confidence(length(group, true), length(group, false));
        return new Pair(new Segment(chinese, String.join("\n", zh)), new Segment(Lang.EN, String.join("\n", en)), confidence);
    }

    /**
     * The two length models: {@code pairs} for neighbours, {@code splits} (the spread the text's pairs
     * show) for a translation split over two paragraphs and for telling which language leads.
     */
    private record Models(LengthModel pairs, LengthModel splits) {
    }

    /**
     * Neighbours already vouch for a pair, so the spread allowed for pairs is four times the usual:
     * only a grossly mismatched pair (a misplaced paragraph) costs much, or is doubted afterwards. A
     * split has no such witness, so it is judged with the spread the text's pairs show (not even
     * floored at Gale and Church's 6.8): the narrower it is, the better a split and an untranslated
     * paragraph are told apart.
     */
    private static Models models(List<Resolved> paragraphs, Lang leading) {
        List<int[]> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Resolved a = paragraphs.get(i);
            Resolved b = paragraphs.get(i + 1);
            if (a.isChinese() == leading.isChinese() && b.isChinese() != leading.isChinese()) {
                Resolved zh = a.isChinese() ? a : b;
                Resolved en = a.isChinese() ? b : a;
                lengths.add(new int[] {zh.length(), en.length()});
                i++;
            }
        }
        double ratio = LengthModel.medianRatio(lengths);
        LengthModel fitted = new LengthModel(ratio, LengthModel.DEFAULT_VARIANCE).refit(lengths);
        double variance = Math.max(LengthModel.DEFAULT_VARIANCE, fitted.variance());
        return new Models(new LengthModel(ratio, 4 * variance), new LengthModel(ratio, fitted.variance()));
    }

    private static double cost(LengthModel model, Resolved a, Resolved b, Lang leading) {
        Resolved zh = a.isChinese() ? a : b;
        Resolved en = a.isChinese() ? b : a;
        double lengths = model.surprise(zh.length(), en.length(), FLOOR);
        return lengths + (a.isChinese() == leading.isChinese() ? 0 : REVERSED);
    }

    /**
     * Whether the paragraph pairs as Chinese. A paragraph with no letters at all (a number, a row of
     * stars) takes the language that completes the pair it stands in: the opposite of the one before it.
     */
    private static boolean resolvedChinese(List<Paragraph> paragraphs, int i) {
        Paragraph p = paragraphs.get(i);
        if (p.lang().isPresent()) {
            return p.isChinese();
        }
        return !(i > 0 && paragraphs.get(i - 1).isChinese());
    }

    private Pair alone(Resolved p) {
        return p.isChinese() ? new Pair(new Segment(chinese, p.text()), null) : new Pair(null, new Segment(Lang.EN, p.text()));
    }

    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
