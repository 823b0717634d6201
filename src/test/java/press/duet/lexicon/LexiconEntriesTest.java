package press.duet.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link Lexicon#entries}, which packs each position's longest candidate once and shortens it,
 * to packing every candidate length afresh, on random texts cut from Chinese sentences of this test's
 * own (words of one to four characters, punctuation, Latin letters and lone surrogates among them).
 */
class LexiconEntriesTest {
    private static final String SOURCE = "中华人民共和国的首都北京在秋天最美。他说：图书馆员慢慢地整理着一天的收获，"
            + "心里涌起一种说不出的温暖。孔子曰学而时习之不亦说乎有朋自远方来不亦乐乎。Tsze-kung問曰\uD800可以。"
            + "东南西北，春夏秋冬，电子计算机，自由贸易区，马马虎虎，一心一意。";

    @Test
    void cutsTheSameWordsAsPackingEveryLengthAfresh() throws ReflectiveOperationException {
        Lexicon lexicon = Lexicon.bundled();
        Random random = new Random(2026_12_02L);
        for (int round = 0; round < 3_000; round++) {
            int from = random.nextInt(SOURCE.length());
            int to = from + random.nextInt(SOURCE.length() - from + 1);
            String text = random.nextBoolean() ? SOURCE.substring(from, to) : shuffled(SOURCE.substring(from, to), random);
            assertArrayEquals(reference(lexicon, text), lexicon.entries(text), text);
        }
    }

    private static String shuffled(String text, Random random) {
        char[] chars = text.toCharArray();
        for (int i = chars.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = chars[i];
            chars[i] = chars[j];
            chars[j] = c;
        }
        return new String(chars);
    }

    /** Longest match from the left, each candidate's key packed from its characters. */
    private static int[] reference(Lexicon lexicon, String text) throws ReflectiveOperationException {
        Method entry = Lexicon.class.getDeclaredMethod("entry", long.class);
        entry.setAccessible(true);
        Field longestField = Lexicon.class.getDeclaredField("longest");
        longestField.setAccessible(true);
        byte[] longest = (byte[]) longestField.get(lexicon);
        int[] found = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int matched = 0;
            for (int length = Math.min(longest[text.charAt(i)], text.length() - i); length >= 1 && matched == 0; length--) {
                long key = 0;
                for (int k = 0; k < length; k++) {
                    key = (key << 16) | text.charAt(i + k);
                }
                int e = (int) entry.invoke(lexicon, key);
                if (e >= 0) {
                    found[count++] = e;
                    matched = length;
                }
            }
            i += Math.max(1, matched);
        }
        return Arrays.copyOf(found, count);
    }
}
