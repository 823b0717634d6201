package press.duet.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hyphenation in the whole-paragraph breaking of English: where it may break words, and how often. */
class HyphenatedBreaksTest {
    private static final float EM = 10;
    private static final Hyphenation HYPHENATION = new Hyphenation(Hyphenator.english(), EM * 0.33f);
    private static final String LONG_WORDS = "administration responsibilities uncharacteristically "
            + "representatives internationalization telecommunications institutionalization "
            + "misunderstanding comprehensibility incomprehensibility individualistically "
            + "disproportionately contemporaneously characteristically";

    private static final String PROSE = "The philosopher said that the government of a state by virtue may be compared"
            + " to the north polar star, which keeps its place while all the stars turn towards it; the"
            + " administration of righteousness demands understanding, benevolence and sincerity from those who"
            + " would govern their neighbours according to the principles of propriety.";

    private static float[] widths(int[] cp) {
        float[] widths = new float[cp.length];
        for (int i = 0; i < cp.length; i++) {
            widths[i] = cp[i] == ' ' ? EM * 0.25f : EM * 0.5f;
        }
        return widths;
    }

    private static LineBreaker.Result lines(String text, float measure, Hyphenation hyphenation) {
        int[] cp = text.codePoints().toArray();
        return LineBreaker.breakLines(LineBreaker.Paragraph.uniform(cp, widths(cp), EM), EM, measure, 0, true, hyphenation,
                PunctuationStyle.MAINLAND);
    }

    @Test
    void hyphenatesAtPatternPointsOnlyAndNeverThreeLinesInARow() {
        int[] cp = LONG_WORDS.codePoints().toArray();
        LineBreaker.Result result = lines(LONG_WORDS, 120, HYPHENATION);
        int inARow = 0;
        int hyphens = 0;
        for (int line = 0; line < result.lineCount(); line++) {
            if (!result.hyphenated(line)) {
                inARow = 0;
                continue;
            }
            hyphens++;
            inARow++;
            assertTrue(inARow <= 2, "three hyphenated lines in a row at line " + line);
            int end = result.ends()[line];
            int wordStart = end;
            while (wordStart > 0 && cp[wordStart - 1] != ' ') {
                wordStart--;
            }
            int wordEnd = end;
            while (wordEnd < cp.length && cp[wordEnd] != ' ') {
                wordEnd++;
            }
            String word = new String(cp, wordStart, wordEnd - wordStart);
            int point = end - wordStart;
            assertTrue(java.util.Arrays.stream(Hyphenator.english().points(word)).anyMatch(p -> p == point),
                    word + " broken after " + point + " letters, not a pattern point");
        }
        assertTrue(hyphens > 0, "nothing was hyphenated");
    }

    @Test
    void neverBreaksTheParagraphsLastWord() {
        String text = "the end comes with a word of uncharacteristically";
        for (float measure = 60; measure <= 200; measure += 5) {
            LineBreaker.Result result = lines(text, measure, HYPHENATION);
            int last = result.lineCount() - 1;
            assertFalse(last > 0 && result.hyphenated(last - 1) && result.starts()[last] > text.lastIndexOf(' '),
                    "the last word broken at a measure of " + measure);
        }
    }

    @Test
    void withoutHyphenationNoLineIsHyphenated() {
        LineBreaker.Result result = lines(LONG_WORDS, 120, null);
        for (int line = 0; line < result.lineCount(); line++) {
            assertFalse(result.hyphenated(line));
        }
    }

    @Test
    void hyphenationSetsFewerLooseLines() {
        String text = PROSE;
        assertTrue(loosest(lines(text, 150, HYPHENATION), text) < loosest(lines(text, 150, null), text));
    }

    private static float loosest(LineBreaker.Result result, String text) {
        int[] cp = text.codePoints().toArray();
        float[] widths = widths(cp);
        float loosest = 0;
        for (int line = 0; line + 1 < result.lineCount(); line++) {
            int start = result.starts()[line];
            int end = result.ends()[line];
            for (int i = start; i + 1 < end; i++) {
                if (cp[i] == ' ') {
                    loosest = Math.max(loosest, result.x()[i + 1] - result.x()[i] - widths[i]);
                }
            }
        }
        return loosest;
    }
}
