package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static final float EM = 10;

    /** Widths as a Chinese font gives them: CJK characters and marks a full em, Latin half an em. */
    private static float[] widths(int[] cp) {
        float[] widths = new float[cp.length];
        for (int i = 0; i < cp.length; i++) {
            widths[i] = Scripts.isCjk(cp[i]) || Scripts.isSharedPunctuation(cp[i]) ? EM : cp[i] == ' ' ? EM * 0.25f : EM * 0.5f;
        }
        return widths;
    }

    private static List<String> lines(String text, float measure, boolean justify) {
        int[] cp = text.codePoints().toArray();
        LineBreaker.Result result = LineBreaker.breakLines(cp, widths(cp), EM, measure, justify);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < result.lineCount(); i++) {
            lines.add(new String(cp, result.starts()[i], result.ends()[i] - result.starts()[i]));
        }
        return lines;
    }

    @Test
    void breaksChineseBetweenAnyTwoCharacters() {
        assertEquals(List.of("一二三四五", "六七八"), lines("一二三四五六七八", 50, true));
    }

    @Test
    void carriesACharacterAlongRatherThanStartALineWithAComma() {
        // "六，" may not be split: the comma's blank half may hang past the measure to keep 六 on the line;
        // where even that is too little room, 六 goes down with its comma.
        assertEquals(List.of("一二三四五六，", "七八九十"), lines("一二三四五六，七八九十", 65, true));
        assertEquals(List.of("一二三四五", "六，七八九十"), lines("一二三四五六，七八九十", 60, true));
    }

    @Test
    void neverEndsALineWithAnOpeningBracket() {
        List<String> lines = lines("一二三四（五六）七八九", 50, true);
        for (String line : lines) {
            assertTrue(KinsokuRules.mayEndLine(line.codePointBefore(line.length())), lines.toString());
        }
    }

    @Test
    void obeysKinsokuOnThousandsOfRandomLines() {
        Random random = new Random(42);
        String han = "春夏秋冬山水天地人和";
        String closing = "，。、；：？！）》」”";
        String opening = "（《「“";
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                if (random.nextInt(5) == 0) {
                    text.append(opening.charAt(random.nextInt(opening.length())));
                }
                text.append(han.charAt(random.nextInt(han.length())));
                if (random.nextInt(3) == 0) {
                    text.append(closing.charAt(random.nextInt(closing.length())));
                }
            }
            List<String> lines = lines(text.toString(), 30 + random.nextInt(200), true);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i > 0) {
                    assertTrue(KinsokuRules.mayStartLine(line.codePointAt(0)), line);
                }
                if (i + 1 < lines.size()) {
                    assertTrue(KinsokuRules.mayEndLine(line.codePointBefore(line.length())), line);
                }
                checked++;
            }
        }
        assertTrue(checked > 2000, "lines checked: " + checked);
    }

    /**
     * Paragraphs of runs in several faces and sizes (body, italic, bold, monospace, a smaller note
     * number attached to its word) broken in random measures: no line starts with closing punctuation
     * or an attached mark, none ends with opening punctuation, and where Chinese meets Latin across two
     * runs the quarter em of the larger run stands between them (exactly, in a ragged line).
     */
    @Test
    void keepsEveryRuleAcrossRunsOfMixedFacesAndSizes() {
        Random random = new Random(11);
        String han = "春夏秋冬山水天地人和";
        String latin = "abcdefghij";
        String closing = "，。、；：？！）》」”";
        String opening = "（《「“";
        float[] sizes = {EM, EM * 0.7f, EM * 1.25f};
        float[] latinShares = {0.5f, 0.47f, 0.56f, 0.6f}; // regular, italic, bold, monospace
        int lines = 0;
        int interScript = 0;
        List<String> violations = new ArrayList<>();
        for (int round = 0; round < 400; round++) {
            List<Integer> cp = new ArrayList<>();
            List<Float> widths = new ArrayList<>();
            List<Float> ems = new ArrayList<>();
            java.util.BitSet attached = new java.util.BitSet();
            for (int word = 0; word < 30; word++) {
                float em = sizes[random.nextInt(sizes.length)];
                float share = latinShares[random.nextInt(latinShares.length)];
                if (random.nextInt(6) == 0) {
                    add(cp, widths, ems, opening.charAt(random.nextInt(opening.length())), em, em);
                }
                boolean isLatin = random.nextInt(3) == 0;
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    if (isLatin) {
                        add(cp, widths, ems, latin.charAt(random.nextInt(latin.length())), em * share, em);
                    } else {
                        add(cp, widths, ems, han.charAt(random.nextInt(han.length())), em, em);
                    }
                }
                if (random.nextInt(5) == 0) { // a note number, small and attached
                    attached.set(cp.size());
                    add(cp, widths, ems, '1' + random.nextInt(9), EM * 0.65f * 0.5f, EM * 0.65f);
                }
                if (random.nextInt(3) == 0) {
                    add(cp, widths, ems, closing.charAt(random.nextInt(closing.length())), em, em);
                } else if (isLatin && random.nextInt(2) == 0) {
                    add(cp, widths, ems, ' ', em * 0.25f, em);
                }
            }
            int[] codePoints = cp.stream().mapToInt(Integer::intValue).toArray();
            float[] w = new float[codePoints.length];
            float[] e = new float[codePoints.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = widths.get(i);
                e[i] = ems.get(i);
            }
            boolean justify = random.nextBoolean();
            LineBreaker.Result result = LineBreaker.breakLines(new LineBreaker.Paragraph(codePoints, w, e, attached), EM,
                    40 + random.nextInt(220), 0, justify);
            for (int line = 0; line < result.lineCount(); line++) {
                int start = result.starts()[line];
                int end = result.ends()[line];
                String text = new String(codePoints, start, end - start);
                if (line > 0 && (!KinsokuRules.mayStartLine(codePoints[start]) || attached.get(start))) {
                    violations.add("starts with " + Character.toString(codePoints[start]) + ": " + text);
                }
                if (line + 1 < result.lineCount() && !KinsokuRules.mayEndLine(codePoints[end - 1])) {
                    violations.add("ends with " + Character.toString(codePoints[end - 1]) + ": " + text);
                }
                for (int i = start + 1; i < end; i++) {
                    if (!CjkPunctuation.wantsInterScriptSpace(codePoints[i - 1], codePoints[i])
                            || attached.get(i) || attached.get(i - 1)) {
                        continue;
                    }
                    interScript++;
                    float gap = result.x()[i] - result.x()[i - 1] - w[i - 1];
                    float quarter = Math.max(e[i - 1], e[i]) * LineBreaker.INTER_SCRIPT_SPACE;
                    if (justify ? gap < quarter - 0.01f : Math.abs(gap - quarter) > 0.01f) {
                        violations.add("a gap of " + gap + " instead of " + quarter + " in " + text);
                    }
                }
                lines++;
            }
        }
        assertEquals(List.of(), violations, violations.size() + " violations");
        assertTrue(lines > 2000 && interScript > 1000, lines + " lines, " + interScript + " changes of script");
    }

    private static void add(List<Integer> cp, List<Float> widths, List<Float> ems, int c, float width, float em) {
        cp.add(c);
        widths.add(width);
        ems.add(em);
    }

    @Test
    void turnsOverALongVerseLineWithAHangingIndent() {
        int[] cp = "aaaa bbbb cccc dddd\nee".codePoints().toArray();
        LineBreaker.Result result = LineBreaker.breakLines(LineBreaker.Paragraph.uniform(cp, widths(cp), EM), EM, 50, 20,
                false);
        assertEquals(4, result.lineCount());
        assertEquals(0, result.x()[result.starts()[0]], 0.01f, "the first line is not indented");
        assertEquals(20, result.x()[result.starts()[1]], 0.01f, "a turnover is indented");
        assertEquals(0, result.x()[result.starts()[3]], 0.01f, "the next verse line is not");
    }

    private static List<String> lines(String text, float measure, PunctuationStyle punctuation,
                                      LineBreaker.Overhang overhang) {
        int[] cp = text.codePoints().toArray();
        LineBreaker.Result result = LineBreaker.breakLines(LineBreaker.Paragraph.uniform(cp, widths(cp), EM), EM,
                measure, 0, true, null, punctuation, overhang);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < result.lineCount(); i++) {
            lines.add(new String(cp, result.starts()[i], result.ends()[i] - result.starts()[i]));
        }
        return lines;
    }

    @Test
    void hangsACentredStopWholePastTheMeasureWhenItsInkReachesNoFurtherThanTheOverhang() {
        String text = "一二三四五，七八九";
        float reach = LineItems.CENTRED_INK_REACH * EM;
        // No room past the measure: the comma may not start a line, so 五 goes down with it (a push).
        assertEquals(List.of("一二三四", "五，七八九"), lines(text, 50, PunctuationStyle.CENTRED, LineBreaker.Overhang.NONE));
        // Room in the column and past its edge that together hold the comma's ink: it hangs whole.
        assertEquals(List.of("一二三四五，", "七八九"),
                lines(text, 50, PunctuationStyle.CENTRED, new LineBreaker.Overhang(reach / 2, reach / 2 + 0.1f)));
        // A little less than the ink needs: no hang.
        assertEquals(List.of("一二三四", "五，七八九"),
                lines(text, 50, PunctuationStyle.CENTRED, new LineBreaker.Overhang(reach / 2, reach / 2 - 0.5f)));
    }

    @Test
    void hangsOnlyStopsAndCommasPastTheColumnsEdge() {
        LineBreaker.Overhang pastTheEdge = new LineBreaker.Overhang(0, EM);
        assertEquals(List.of("一二三四五，", "七八九"), lines("一二三四五，七八九", 50, PunctuationStyle.MAINLAND, pastTheEdge));
        // A closing bracket hangs its blank half only; a whole em past the column is a stop's privilege.
        assertEquals(List.of("一二三四", "五」七八九"), lines("一二三四五」七八九", 50, PunctuationStyle.MAINLAND, pastTheEdge));
    }

    @Test
    void tracksAWholeLineByOneShareAndNoFurtherThanItsLimit() {
        String text = "aaaa bbbbb cccc ddddd eeee fffff gggg hhhhh iiii jjjjj kkkk lllll mmmm nnnnn oooo ppppp";
        int[] cp = text.codePoints().toArray();
        float[] widths = widths(cp);
        int tracked = 0;
        for (float measure = 100; measure <= 200; measure += 7) {
            LineBreaker.Result result = LineBreaker.breakLines(cp, widths, EM, measure, true);
            for (int line = 0; line + 1 < result.lineCount(); line++) {
                Float lineGap = null;
                for (int i = result.starts()[line]; i + 1 < result.ends()[line]; i++) {
                    if (cp[i] == ' ' || cp[i + 1] == ' ') {
                        continue;
                    }
                    float gap = result.x()[i + 1] - result.x()[i] - widths[i];
                    assertTrue(Math.abs(gap) <= LineItems.TRACKING * EM + 1e-4f, "letters " + gap + " apart at " + measure);
                    if (lineGap == null) {
                        lineGap = gap;
                    }
                    assertEquals(lineGap, gap, 1e-4f, "one tracking for the whole line at " + measure);
                }
                if (lineGap != null && Math.abs(lineGap) > 1e-4f) {
                    tracked++;
                }
            }
        }
        assertTrue(tracked > 10, "only " + tracked + " lines tracked");
    }

    @Test
    void letterSpacesALineOfOneWordOnlyAsFarAsItsTracking() {
        int[] cp = "aaaaaaaaaa".codePoints().toArray();
        float[] widths = widths(cp);
        // Ten letters, nine gaps of 0.1 at most: 0.5 short is filled by tracking, 5 short is not.
        for (float slack : new float[] {0.5f, 5f}) {
            int[] two = "aaaaaaaaaa bbbbbbbbbb".codePoints().toArray();
            LineBreaker.Result result = LineBreaker.breakLines(two, widths(two), EM, 50 + slack, true);
            assertEquals(2, result.lineCount());
            float end = result.x()[9] + widths[9];
            assertEquals(slack < 1 ? 50 + slack : 50, end, 1e-3f, "slack " + slack);
        }
        assertEquals(10, cp.length);
    }

    @Test
    void breaksEnglishOnlyAtSpaces() {
        assertEquals(List.of("aaa bbb", "ccc ddd"), lines("aaa bbb ccc ddd", 40, true));
    }

    @Test
    void justifiesFullLinesToTheMeasureButNotTheLast() {
        int[] cp = "一二三四五六七八九十一二三".codePoints().toArray();
        float[] widths = widths(cp);
        LineBreaker.Result result = LineBreaker.breakLines(cp, widths, EM, 95, true);
        int end = result.ends()[0] - 1;
        assertEquals(95, result.x()[end] + widths[end], 0.01f, "first line ends at the measure");
        int lastEnd = result.ends()[result.lineCount() - 1] - 1;
        int lastStart = result.starts()[result.lineCount() - 1];
        assertEquals((lastEnd - lastStart) * EM, result.x()[lastEnd], 0.01f, "last line keeps natural spacing");
    }

    @Test
    void addsAQuarterEmBetweenChineseAndLatin() {
        int[] cp = "用EPUB书".codePoints().toArray();
        LineBreaker.Result result = LineBreaker.breakLines(cp, widths(cp), EM, 500, false);
        assertEquals(EM + EM * LineBreaker.INTER_SCRIPT_SPACE, result.x()[1], 0.01f);
        float afterLatin = result.x()[4] + EM * 0.5f + EM * LineBreaker.INTER_SCRIPT_SPACE;
        assertEquals(afterLatin, result.x()[5], 0.01f);
    }

    @Test
    void keepsTheExistingSpaceBetweenChineseAndLatin() {
        int[] cp = "用 EPUB".codePoints().toArray();
        LineBreaker.Result result = LineBreaker.breakLines(cp, widths(cp), EM, 500, false);
        assertEquals(EM + EM * 0.25f, result.x()[2], 0.01f, "the space alone, no extra quarter em");
    }

    @Test
    void squeezesTwoAdjacentFullWidthMarks() {
        int[] cp = "好。」他".codePoints().toArray();
        LineBreaker.Result result = LineBreaker.breakLines(cp, widths(cp), EM, 500, false);
        assertEquals(EM * 1.5f, result.x()[2], 0.01f, "。 gives up its blank half before 」");
    }

    @Test
    void breaksWhereTheTextSaysSo() {
        assertEquals(List.of("床前明月光", "疑是地上霜"), lines("床前明月光\n疑是地上霜", 500, true));
    }

    @Test
    void evensOutEnglishWordSpacesOverTheWholeParagraph() {
        String text = "aaaa bb cccccc d eeeeeee ff gggg hhhhhhhhh ii jjj kkkkk l mmmmmm nnn oooooooo pp q rrrrrrr"
                + " ss tttt uuuuuuu vv wwwwww xxx yyyy zzzzzzzzz";
        int[] cp = text.codePoints().toArray();
        float[] widths = widths(cp);
        float measure = 70;
        List<int[]> firstFit = FirstFit.lines(FirstFit.items(cp, widths, EM), measure);
        LineBreaker.Result greedyLines = new LineBreaker.Result(firstFit.stream().mapToInt(l -> l[0]).toArray(),
                firstFit.stream().mapToInt(l -> l[1]).toArray(), new float[cp.length]);
        float greedy = loosestLine(greedyLines, widths, measure);
        float balanced = loosestLine(LineBreaker.breakLines(cp, widths, EM, measure, true), widths, measure);
        assertTrue(balanced < greedy, "balanced " + balanced + " vs greedy " + greedy);
    }

    /** The largest gap between a line's natural width and the measure, last line excepted. */
    private static float loosestLine(LineBreaker.Result result, float[] widths, float measure) {
        float loosest = 0;
        for (int line = 0; line + 1 < result.lineCount(); line++) {
            float natural = 0;
            for (int i = result.starts()[line]; i < result.ends()[line]; i++) {
                natural += widths[i];
            }
            loosest = Math.max(loosest, measure - natural);
        }
        return loosest;
    }

    @Test
    void breaksAWebAddressWiderThanTheColumnAfterItsSlashes() {
        String text = "Read it at https://example.org/manuals/parallel/first-steps.html today.";
        List<String> lines = lines(text, 120, true);
        assertTrue(lines.size() > 2, lines.toString());
        int at = 0;
        for (String line : lines) {
            at = text.indexOf(line, at);
            assertTrue(at >= 0, "lost text: " + lines);
            at += line.length();
            char last = line.charAt(line.length() - 1);
            boolean atSpace = at == text.length() || text.charAt(at) == ' ';
            assertTrue(atSpace || last == '/' || last == '-', "broken inside a word: " + lines);
        }
    }

    @Test
    void leavesALineUnjustifiedRatherThanOpenHolesOfMoreThanAnEm() {
        // Two short words, then a word too long to share their line: spreading them over the measure
        // would put a hole of almost 8 em between them.
        for (String text : List.of("ab cd abcdefghijklmnopqrs", "春天 abcdefghijklmnopqrs", "一二三四五 abcdefghijklmnopqrs")) {
            int[] cp = text.codePoints().toArray();
            float[] widths = widths(cp);
            LineBreaker.Result result = LineBreaker.breakLines(cp, widths, EM, 100, true);
            for (int line = 0; line < result.lineCount(); line++) {
                for (int i = result.starts()[line]; i + 1 < result.ends()[line]; i++) {
                    float added = result.x()[i + 1] - result.x()[i] - widths[i];
                    assertTrue(added <= EM * 1.0f + EM * LineBreaker.INTER_SCRIPT_SPACE + 0.01f,
                            "a hole of " + added + " after " + Character.toString(cp[i]) + " in " + text);
                }
            }
        }
        // Two short words before a long one share their line rather than take a line each.
        int[] shortWords = "ab cd abcdefghijklmnopqrs".codePoints().toArray();
        assertEquals(2, LineBreaker.breakLines(shortWords, widths(shortWords), EM, 100, true).lineCount());
        // Lines that need less than an em at each space are still justified.
        int[] fits = "ab cd ef gh ij kl mn op qr st".codePoints().toArray();
        LineBreaker.Result justified = LineBreaker.breakLines(fits, widths(fits), EM, 50, true);
        for (int line = 0; line + 1 < justified.lineCount(); line++) {
            int last = justified.ends()[line] - 1;
            assertEquals(50, justified.x()[last] + EM * 0.5f, 0.01f, "line " + line + " reaches the measure");
        }
    }
}
