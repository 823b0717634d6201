package press.duet.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches the chapters of a text with the chapters of its translation by the numbers their headings
 * carry (學而第一 and BOOK I, 第二章 and Chapter 2), keeping their order: the longest run of equal
 * numbers in the same order on both sides, as a longest common subsequence. Between two matched
 * chapters, chapters without numbers (序言, a Preface) pair in order when both sides have as many;
 * any other chapter (a translator's introduction) has no counterpart.
 *
 * <pre>{@code
 * List<ChapterMatcher.Match> matches = ChapterMatcher.match(zhChapters, enChapters);
 * }</pre>
 */
final class ChapterMatcher {
    /** A chapter of each side that translate each other; -1 on the side that has no counterpart. */
    record Match(int zh, int en) {
        boolean paired() {
            return zh >= 0 && en >= 0;
        }
    }

    private ChapterMatcher() {
    }

    /**
     * The chapters of both sides in reading order, matched by their numbers; null when the numbers do
     * not decide: fewer than two chapters match, or fewer than half of the numbered chapters of the
     * side with fewer.
     */
    static List<Match> match(List<ChapterText> zh, List<ChapterText> en) {
        int n = zh.size();
        int m = en.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int number = zh.get(i).number();
                common[i][j] = number >= 0 && number == en.get(j).number() ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        long zhNumbered = zh.stream().filter(c -> c.number() >= 0).count();
        long enNumbered = en.stream().filter(c -> c.number() >= 0).count();
        int matched = common[0][0];
        if (matched < 2 || matched * 2 < Math.min(zhNumbered, enNumbered)) {
            return null;
        }
        List<Match> matches = new ArrayList<>();
        int i = 0;
        int j = 0;
        int gapZh = 0;
        int gapEn = 0;
        while (i < n || j < m) {
            boolean equal = i < n && j < m && zh.get(i).number() >= 0 && zh.get(i).number() == en.get(j).number()
                    && common[i][j] == common[i + 1][j + 1] + 1;
            if (equal) {
                addGap(matches, gapZh, i, gapEn, j);
                matches.add(new Match(i, j));
                i++;
                j++;
                gapZh = i;
                gapEn = j;
            } else if (j >= m || i < n && common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        addGap(matches, gapZh, n, gapEn, m);
        return matches;
    }

    /** The chapters between two matched ones: paired in order when both sides have as many, else alone. */
    private static void addGap(List<Match> matches, int zhFrom, int zhTo, int enFrom, int enTo) {
        if (zhTo - zhFrom == enTo - enFrom) {
            for (int k = 0; k < zhTo - zhFrom; k++) {
                matches.add(new Match(zhFrom + k, enFrom + k));
            }
            return;
        }
        for (int k = zhFrom; k < zhTo; k++) {
            matches.add(new Match(k, -1));
        }
        for (int k = enFrom; k < enTo; k++) {
            matches.add(new Match(-1, k));
        }
    }
}
