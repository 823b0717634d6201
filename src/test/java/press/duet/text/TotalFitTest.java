package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The whole-paragraph breaker against the greedy one it replaced ({@link FirstFit}), on paragraphs
 * built to provoke the greedy one: Chinese with marks that may not start a line, mixed Chinese and
 * English with long words; and hyphenation where the English is part of a Chinese paragraph.
 */
class TotalFitTest {
    private static final float EM = 10;
    private static final Hyphenation HYPHENATION = new Hyphenation(Hyphenator.english(), EM * 0.33f);

    private static float[] widths(int[] cp) {
        float[] widths = new float[cp.length];
        for (int i = 0; i < cp.length; i++) {
            widths[i] = Scripts.isCjk(cp[i]) ? EM : cp[i] == ' ' ? EM * 0.25f : EM * 0.5f;
        }
        return widths;
    }

    /** Random Chinese: Han characters, a closing mark after a third of them, an opening one before a fifth. */
    private static String chinese(Random random, int characters) {
        String han = "春夏秋冬山水天地人和";
        String closing = "，。、；：？！）》」”";
        String opening = "（《「“";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < characters; i++) {
            if (random.nextInt(5) == 0) {
                text.append(opening.charAt(random.nextInt(opening.length())));
            }
            text.append(han.charAt(random.nextInt(han.length())));
            if (random.nextInt(3) == 0) {
                text.append(closing.charAt(random.nextInt(closing.length())));
            }
        }
        return text.toString();
    }

    /** How many of the lines (the last apart) are not at their natural width: a character pushed down, or marks squeezed. */
    private static int unevenLines(LineItems items, List<int[]> lines, float measure) {
        int uneven = 0;
        for (int l = 0; l + 1 < lines.size(); l++) {
            int start = lines.get(l)[0];
            int end = lines.get(l)[1];
            double natural = items.width(start, end);
            boolean squeezed = natural - items.hanging(end) > measure + 1e-3;
            boolean pushed = measure - natural >= EM - 1e-3;
            if (squeezed || pushed) {
                uneven++;
            }
        }
        return uneven;
    }

    private static List<int[]> totalFit(int[] cp, float measure, Hyphenation hyphenation) {
        LineBreaker.Result result = LineBreaker.breakLines(LineBreaker.Paragraph.uniform(cp, widths(cp), EM), EM,
                measure, 0, true, hyphenation, PunctuationStyle.MAINLAND);
        List<int[]> lines = new ArrayList<>();
        for (int i = 0; i < result.lineCount(); i++) {
            lines.add(new int[] {result.starts()[i], result.ends()[i]});
        }
        return lines;
    }

    @Test
    void setsFewerChineseLinesPushedOrSqueezedThanTheGreedyBreaker() {
        Random random = new Random(7);
        int greedy = 0;
        int whole = 0;
        int lines = 0;
        for (int round = 0; round < 200; round++) {
            int[] cp = chinese(random, 80).codePoints().toArray();
            float measure = EM * (12 + random.nextInt(14));
            LineItems items = FirstFit.items(cp, widths(cp), EM);
            List<int[]> byTotalFit = totalFit(cp, measure, null);
            greedy += unevenLines(items, FirstFit.lines(items, measure), measure);
            whole += unevenLines(items, byTotalFit, measure);
            lines += byTotalFit.size();
            for (int l = 0; l < byTotalFit.size(); l++) {
                String text = new String(cp, byTotalFit.get(l)[0], byTotalFit.get(l)[1] - byTotalFit.get(l)[0]);
                assertTrue(l == 0 || KinsokuRules.mayStartLine(text.codePointAt(0)), text);
                assertTrue(l + 1 == byTotalFit.size() || KinsokuRules.mayEndLine(text.codePointBefore(text.length())), text);
            }
        }
        System.out.printf("Chinese lines pushed or squeezed: %d whole-paragraph, %d greedy, of %d%n", whole, greedy, lines);
        assertTrue(whole < greedy * 0.75, "uneven lines: " + whole + " whole-paragraph, " + greedy + " greedy, of " + lines);
    }

    @Test
    void setsMixedParagraphsMoreEvenlyThanTheGreedyBreaker() {
        Random random = new Random(3);
        String[] words = {"benevolence", "righteousness", "propriety", "the", "of", "sincerity", "Confucius", "and"};
        float greedy = 0;
        float whole = 0;
        for (int round = 0; round < 100; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = 0; part < 6; part++) {
                text.append(chinese(random, 5 + random.nextInt(10)));
                for (int w = 0; w < 1 + random.nextInt(3); w++) {
                    text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
            }
            int[] cp = text.toString().codePoints().toArray();
            float measure = EM * (10 + random.nextInt(10));
            LineItems items = FirstFit.items(cp, widths(cp), EM);
            greedy += worstSlack(items, FirstFit.lines(items, measure), measure);
            whole += worstSlack(items, totalFit(cp, measure, null), measure);
        }
        System.out.printf("mixed paragraphs, summed loosest slack: %.1f em whole-paragraph, %.1f em greedy%n", whole, greedy);
        assertTrue(whole < greedy * 0.8, "summed loosest slack: " + whole + " whole-paragraph, " + greedy + " greedy");
    }

    /** The largest slack of a line short of the measure, the last line apart, in ems. */
    private static float worstSlack(LineItems items, List<int[]> lines, float measure) {
        double worst = 0;
        for (int l = 0; l + 1 < lines.size(); l++) {
            worst = Math.max(worst, measure - items.width(lines.get(l)[0], lines.get(l)[1]));
        }
        return (float) (worst / EM);
    }

    @Test
    void hyphenatesTheEnglishOfAChineseParagraphAtPatternPoints() {
        String text = "孔子曰：仁者爱人。The commentators call this the administration of righteousness and"
                + " benevolence, 以德治国，其道一也。";
        int[] cp = text.codePoints().toArray();
        int hyphens = 0;
        for (float measure = EM * 8; measure <= EM * 14; measure += EM / 2) {
            LineBreaker.Result result = LineBreaker.breakLines(LineBreaker.Paragraph.uniform(cp, widths(cp), EM), EM,
                    measure, 0, true, HYPHENATION, PunctuationStyle.MAINLAND);
            for (int line = 0; line < result.lineCount(); line++) {
                if (!result.hyphenated(line)) {
                    continue;
                }
                hyphens++;
                int end = result.ends()[line];
                int wordStart = end;
                while (wordStart > 0 && Character.isLetter(cp[wordStart - 1]) && !Scripts.isCjk(cp[wordStart - 1])) {
                    wordStart--;
                }
                int wordEnd = end;
                while (wordEnd < cp.length && Character.isLetter(cp[wordEnd]) && !Scripts.isCjk(cp[wordEnd])) {
                    wordEnd++;
                }
                String word = new String(cp, wordStart, wordEnd - wordStart);
                int point = end - wordStart;
                assertTrue(contains(Hyphenator.english().points(word), point), word + " hyphenated after " + point);
                assertEquals(result.starts()[line + 1], end, "the next line goes on with the word");
            }
        }
        assertTrue(hyphens > 0, "no word of the mixed paragraph was hyphenated in any measure");
    }

    private static boolean contains(int[] points, int point) {
        for (int p : points) {
            if (p == point) {
                return true;
            }
        }
        return false;
    }
}
