package press.duet.structure;

import java.util.Arrays;
import press.duet.lexicon.Lexicon;

/**
 * Marks on the dictionary's English words, for telling which words of an English paragraph translate
 * a Chinese one: one pair of arrays of the dictionary's size per thread, reused by every text instead
 * of allocated for each. A mark is a number never given out before on the thread, so marks left from
 * earlier texts never count; {@link #last} holds each word's latest mark and {@link #before} the one
 * it replaced, so that two neighbouring Chinese paragraphs can be marked once each and asked apart.
 *
 * <pre>{@code
 * WordMarks marks = WordMarks.forThread(lexicon.size());
 * int mark = marks.fresh(1);
 * marks.mark(lexicon, entries, mark);
 * boolean translated = marks.last[word] == mark;
 * }</pre>
 */
final class WordMarks {
    private static final ThreadLocal<WordMarks> OF_THREAD = new ThreadLocal<>();

    /** The latest mark of each word, and the mark it replaced. */
    final int[] last;
    final int[] before;
    private int given;

    private WordMarks(int words) {
        last = new int[words];
        before = new int[words];
    }

    /** This thread's marks for a dictionary of {@code words} English words. */
    static WordMarks forThread(int words) {
        WordMarks marks = OF_THREAD.get();
        if (marks == null || marks.last.length != words) {
            marks = new WordMarks(words);
            OF_THREAD.set(marks);
        }
        return marks;
    }

    /** The first of {@code count} consecutive mark numbers never given out before (after a wrap, the arrays are cleared). */
    int fresh(int count) {
        if (given > Integer.MAX_VALUE - count - 1) {
            Arrays.fill(last, 0);
            Arrays.fill(before, 0);
            given = 0;
        }
        int first = given + 1;
        given += count;
        return first;
    }

    /** Marks with {@code mark} every English word that translates one of these dictionary entries. */
    void mark(Lexicon lexicon, int[] entries, int mark) {
        lexicon.mark(entries, last, before, mark);
    }
}
