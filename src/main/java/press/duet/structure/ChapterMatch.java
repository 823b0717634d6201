package press.duet.structure;

import java.util.List;

/**
 * One line of the chapter matching of two editions, as {@code duet inspect} shows it: the chapters of
 * each edition that translate each other (none on a side: the other side's chapter has no
 * counterpart; two: one edition splits the chapter), their lengths and how sure the match is.
 *
 * @param zhTitles    the Chinese edition's chapter titles in this match, zero, one or two
 * @param enTitles    the English edition's chapter titles in this match, zero, one or two
 * @param characters  the Chinese chapters' length in characters (spaces left out)
 * @param words       the English chapters' length in words
 * @param confidence  the match's probability among all matchings of the two editions' chapters, 0..1
 */
public record ChapterMatch(List<String> zhTitles, List<String> enTitles, long characters, long words,
                           double confidence) {
    public ChapterMatch {
        zhTitles = List.copyOf(zhTitles);
        enTitles = List.copyOf(enTitles);
    }

    /** Whether both editions have chapters in this match. */
    public boolean paired() {
        return !zhTitles.isEmpty() && !enTitles.isEmpty();
    }
}
