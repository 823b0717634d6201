package press.duet.structure;

import java.util.List;
import java.util.Locale;

/**
 * The work an alignment does once per paragraph (lengths, anchors, the English in lower case),
 * done once and shared by every alignment of the same two sequences: alternating text is aligned
 * in both leading orders.
 */
final class AlignmentInput {
    final List<String> zh;
    final List<String> en;
    /** The paragraphs' lengths added up: paragraphs k … l - 1 of a side are {@code sum[l] - sum[k]} long. */
    final int[] zhSum;
    final int[] enSum;
    final Anchors[] zhAnchors;
    final Anchors[] enAnchors;
    private final String[] enLower;

    AlignmentInput(List<String> chinese, List<String> english) {
        zh = List.copyOf(chinese);
        en = List.copyOf(english);
        zhSum = prefixLengths(zh);
        enSum = prefixLengths(en);
        zhAnchors = anchors(zh);
        enAnchors = anchors(en);
        enLower = new String[en.size()];
    }

    private static Anchors[] anchors(List<String> texts) {
        Anchors[] anchors = new Anchors[texts.size()];
        for (int i = 0; i < anchors.length; i++) {
            anchors[i] = Anchors.of(texts.get(i));
        }
        return anchors;
    }

    /** English paragraph j in lower case, made when first asked for: only Latin names in Chinese text ask. */
    String lower(int j) {
        if (enLower[j] == null) {
            enLower[j] = en.get(j).toLowerCase(Locale.ROOT);
        }
        return enLower[j];
    }

    private static int[] prefixLengths(List<String> texts) {
        int[] sums = new int[texts.size() + 1];
        for (int i = 0; i < texts.size(); i++) {
            sums[i + 1] = sums[i] + LengthModel.length(texts.get(i));
        }
        return sums;
    }
}
