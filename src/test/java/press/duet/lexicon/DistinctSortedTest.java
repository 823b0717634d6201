package press.duet.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link Lexicon#distinctSorted}, which orders many values by a Shell sort of its own, to the
 * library's sort followed by dropping repeats, on random word numbers of every count up to 2,000
 * (few or many distinct, the front of a longer array only).
 */
class DistinctSortedTest {
    @Test
    void givesEachValueOnceInAscendingOrderAsTheLibrarysSortDoes() {
        Random random = new Random(2026_12_04L);
        for (int round = 0; round < 6_000; round++) {
            int count = round < 2_000 ? round : random.nextInt(2_000);
            int bound = random.nextBoolean() ? 1 + random.nextInt(50) : 200_000;
            int[] values = new int[count + random.nextInt(5)];
            for (int k = 0; k < values.length; k++) {
                values[k] = random.nextInt(bound);
            }
            int[] expected = Arrays.stream(Arrays.copyOf(values, count)).sorted().distinct().toArray();
            assertArrayEquals(expected, Lexicon.distinctSorted(values.clone(), count), "count " + count);
        }
    }
}
