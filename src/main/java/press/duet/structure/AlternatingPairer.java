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
 * A paragraph without its partner stays, as a pair with one side absent, and is reported.
 */
final class AlternatingPairer {
    /** -ln 0.01: leaving a paragraph without its partner is rare in alternating text. */
    private static final double ALONE = 4.6;
    /** -ln 0.1: a pair against the text's leading order happens, but seldom. */
    private static final double REVERSED = 2.3;
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

    /** Pairs the paragraphs; each pair's confidence comes from how well its lengths agree. */
    List<Block> pair(List<Paragraph> paragraphs, Lang leading) {
        int n = paragraphs.size();
        List<Resolved> resolved = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Paragraph p = paragraphs.get(i);
            resolved.add(new Resolved(p, resolvedChinese(paragraphs, i), p.profile().length()));
        }
        LengthModel model = model(resolved, leading);
        double[] best = new double[n + 1];
        boolean[] paired = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            // A paragraph with no letters (a row of stars) is expected to stand alone.
            best[i] = best[i - 1] + (paragraphs.get(i - 1).lang().isPresent() ? ALONE : 0);
            if (i >= 2 && resolved.get(i - 2).isChinese() != resolved.get(i - 1).isChinese()) {
                double pair = best[i - 2] + cost(model, resolved.get(i - 2), resolved.get(i - 1), leading);
                if (pair < best[i]) {
                    best[i] = pair;
                    paired[i] = true;
                }
            }
        }
        boolean bilingual = paragraphs.stream().anyMatch(Paragraph::isChinese)
                && paragraphs.stream().anyMatch(Paragraph::isEnglish);
        List<Block> blocks = new ArrayList<>();
        List<Finding> lonely = new ArrayList<>();
        for (int i = n; i > 0; ) {
            if (paired[i]) {
                Resolved a = resolved.get(i - 2);
                Resolved b = resolved.get(i - 1);
                Resolved zh = a.isChinese() ? a : b;
                Resolved en = a.isChinese() ? b : a;
                double confidence = model.confidence(zh.length(), en.length());
                blocks.add(new Pair(new Segment(chinese, zh.text()), new Segment(Lang.EN, en.text()), confidence));
                i -= 2;
            } else {
                Resolved p = resolved.get(i - 1);
                blocks.add(alone(p));
                if (bilingual && paragraphs.get(i - 1).lang().isPresent()) {
                    lonely.add(new Finding(new Place(source, p.paragraph().line()), "paragraph has no "
                            + (p.isChinese() ? "English" : "Chinese") + " partner: " + excerpt(p.text())));
                }
                i -= 1;
            }
        }
        // The path was followed back to front; the reader reads front to back.
        Collections.reverse(blocks);
        Collections.reverse(lonely);
        findings.addAll(lonely);
        return blocks;
    }

    /**
     * Neighbours already vouch for a pair, so the spread allowed is four times the usual: only a
     * grossly mismatched pair (a misplaced paragraph) costs much, or is doubted afterwards.
     */
    private static LengthModel model(List<Resolved> paragraphs, Lang leading) {
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
        return new LengthModel(ratio, 4 * Math.max(LengthModel.DEFAULT_VARIANCE, fitted.variance()));
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
