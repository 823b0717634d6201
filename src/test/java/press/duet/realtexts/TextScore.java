package press.duet.realtexts;

import java.util.List;
import java.util.Map;

/**
 * How Duet did on one real text.
 *
 * @param right          gold pairs found exactly among the published units (multiset matching)
 * @param oneSided       published pairs with one side absent (a gold pair may be one-sided too)
 * @param goldOneSided   gold pairs with one side empty
 * @param unmatched      published units that are neither a gold pair nor junk nor the title
 * @param junkPublished  junk lines found in the published text, as a unit or glued into one
 * @param variants       each legacy-encoding variant and whether it gave the same book
 * @param misses         a few gold pairs that were not found, for the report's notes
 * @param missKinds      how many gold pairs were missed in each way (see {@link MissKind})
 * @param error          the message when Duet refused the text, else null
 */
record TextScore(String id, String part, boolean heldOut, String shape, int gold, int right, int oneSided,
                 int goldOneSided, int unmatched, int junk, int junkPublished, Check title, Check date,
                 Check authors, Check translators, List<VariantResult> variants, List<String> misses,
                 Map<MissKind, Integer> missKinds, String error, long millis) {

    double accuracy() {
        return gold == 0 ? 0 : (double) right / gold;
    }

    /** A legacy-encoding variant of the text: identical when it gave the same book as the UTF-8 original. */
    record VariantResult(String charset, boolean identical, String note) {
    }

    static TextScore failed(RealText text, String part, String error, long millis) {
        Check none = new Check("", "", false);
        return new TextScore(text.id(), part, text.heldOut(), "refused", text.body().size(), 0, 0,
                (int) text.body().stream().filter(GoldPair::isOneSided).count(), 0, text.junk().size(), 0,
                none, none, none, none, List.of(), List.of(), Map.of(), error, millis);
    }
}
