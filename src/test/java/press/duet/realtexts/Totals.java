package press.duet.realtexts;

import java.util.List;
import java.util.function.Function;

/**
 * The corpus-wide figures of a set of scored texts, side by side with the targets: pairs
 * exactly right (over all gold pairs), texts below 90 %, furniture lines published, metadata right on
 * the texts where the check applies, and encoding variants identical to their UTF-8 original.
 */
record Totals(int texts, int gold, int right, int below90, int junk, int junkPublished, int metadataChecks,
              int metadataRight, int variants, int variantsIdentical, int refused) {

    static final double TARGET_PAIRS = 0.98;
    static final double TARGET_TEXT_FLOOR = 0.90;
    static final double TARGET_METADATA = 0.95;

    static Totals of(List<TextScore> scores) {
        int gold = 0;
        int right = 0;
        int below = 0;
        int junk = 0;
        int junkPublished = 0;
        int checks = 0;
        int checksRight = 0;
        int variants = 0;
        int identical = 0;
        int refused = 0;
        for (TextScore score : scores) {
            gold += score.gold();
            right += score.right();
            below += score.accuracy() < TARGET_TEXT_FLOOR ? 1 : 0;
            junk += score.junk();
            junkPublished += score.junkPublished();
            for (Check check : List.of(score.title(), score.date(), score.authors(), score.translators())) {
                if (check.right() != null) {
                    checks++;
                    checksRight += check.right() ? 1 : 0;
                }
            }
            variants += score.variants().size();
            identical += (int) score.variants().stream().filter(TextScore.VariantResult::identical).count();
            refused += score.error() == null ? 0 : 1;
        }
        return new Totals(scores.size(), gold, right, below, junk, junkPublished, checks, checksRight, variants,
                identical, refused);
    }

    double pairs() {
        return gold == 0 ? 0 : (double) right / gold;
    }

    double metadata() {
        return metadataChecks == 0 ? 1 : (double) metadataRight / metadataChecks;
    }

    /** The share right of one metadata field over the texts where it applies, as "k of n". */
    static String field(List<TextScore> scores, Function<TextScore, Check> field) {
        long applies = scores.stream().filter(s -> field.apply(s).right() != null).count();
        long right = scores.stream().filter(s -> Boolean.TRUE.equals(field.apply(s).right())).count();
        return applies == 0 ? "n/a" : right + " of " + applies;
    }
}
