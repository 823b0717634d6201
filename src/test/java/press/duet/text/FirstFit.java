package press.duet.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference the whole-paragraph breaker is measured against: the greedy breaker Duet had, a line
 * at a time, each filled with as much as fits when its marks give up their blank halves, broken at
 * the last place {@link KinsokuRules} allow (a character that may not start a line takes the one
 * before it along: clreq's "push out"). It judges fit by the same {@link LineItems} as the breaker.
 * Lines as {start, end} pairs of character indexes.
 */
final class FirstFit {
    private FirstFit() {
    }

    static List<int[]> lines(LineItems items, float measure) {
        int[] cp = items.cp;
        int n = cp.length;
        List<int[]> lines = new ArrayList<>();
        int start = TotalFit.skipSpaces(cp, 0, n);
        while (start < n) {
            int end = n;
            int lastBreak = -1;
            for (int i = start + 1; i <= n; i++) {
                int visible = BreakPoints.trimSpaces(cp, start, i);
                if (visible > start && items.width(start, visible) - items.hanging(visible)
                        - items.shrink(start, visible) > measure) {
                    end = lastBreak > start ? lastBreak : i - 1;
                    break;
                }
                if (i < n && KinsokuRules.mayBreakBetween(cp[i - 1], cp[i])) {
                    lastBreak = i;
                }
            }
            lines.add(new int[] {start, BreakPoints.trimSpaces(cp, start, end)});
            start = TotalFit.skipSpaces(cp, end, n);
        }
        return lines;
    }

    static LineItems items(int[] cp, float[] widths, float em) {
        return new LineItems(LineBreaker.Paragraph.uniform(cp, widths, em), true, PunctuationStyle.MAINLAND);
    }

}
