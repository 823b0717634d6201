package press.duet.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import press.duet.lexicon.Lexicon;
import press.duet.model.BilingualText;
import press.duet.model.Segment;

/**
 * What the chapter matcher weighs of one edition's chapter: the number its heading carries, its role
 * (front matter, body, back matter), its length as the aligner counts it, and the dictionary words of
 * its title without the heading's numbering (第三章, Chapter III), which every chapter shares.
 *
 * <pre>{@code
 * ChapterFeatures[] zh = ChapterFeatures.of(zhChapters, true);
 * }</pre>
 *
 * @param titleWords for a Chinese chapter, the English words that translate its title's words; for an
 *                   English one, its title's words; distinct word numbers of the lexicon, ascending
 */
record ChapterFeatures(String title, int number, ChapterRole role, long length, int[] titleWords) {
    private static final Pattern CHINESE_NUMBERING = Pattern.compile(
            "[第卷之]|[0-9０-９一二三四五六七八九十百千零〇两兩]+\\s*[章节節回部篇集则則]?");
    private static final Pattern ENGLISH_NUMBERING = Pattern.compile(
            "\\b(?:chapter|chap|ch|book|part|section|canto|volume|vol|[ivxlcdm]+|\\d+)\\b\\.?", Pattern.CASE_INSENSITIVE);
    /** English words that say nothing of a title's subject. */
    private static final List<String> SMALL_WORDS = List.of("the", "a", "an", "of", "and", "or", "in", "on", "to",
            "for", "with", "at", "by", "from", "one", "first");

    static ChapterFeatures[] of(List<ChapterText> chapters, boolean chinese) {
        ChapterFeatures[] features = new ChapterFeatures[chapters.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = of(chapters.get(i), chinese);
        }
        return features;
    }

    private static ChapterFeatures of(ChapterText chapter, boolean chinese) {
        String title = sideOf(chapter.title(), chinese);
        long length = 0;
        for (Paragraph p : chapter.paragraphs()) {
            length += p.profile().length();
        }
        return new ChapterFeatures(title, chapter.number(), ChapterRole.of(title), length, words(title, chinese));
    }

    /** The title in the edition's own language, else whatever the heading says. */
    static String sideOf(BilingualText title, boolean chinese) {
        if (title == null) {
            return "";
        }
        Segment side = chinese ? title.zh() : title.en();
        return side != null ? side.text() : title.joined(" ");
    }

    /** Whether a heading says nothing but its numbering (Chapter 5., CHAP. II., 第五章): no word is left without it. */
    static boolean onlyNumbering(String heading, boolean chinese) {
        if (chinese) {
            return CHINESE_NUMBERING.matcher(heading).replaceAll("").codePoints().noneMatch(press.duet.text.Scripts::isHan);
        }
        return ENGLISH_NUMBERING.matcher(heading).replaceAll("").codePoints().noneMatch(Character::isLetter);
    }

    private static int[] words(String title, boolean chinese) {
        Lexicon lexicon = Lexicon.bundled();
        if (chinese) {
            String rest = CHINESE_NUMBERING.matcher(title).replaceAll(" ");
            return lexicon.translations(rest.replaceAll("[^\\p{IsHan}]+", " ").strip());
        }
        String rest = ENGLISH_NUMBERING.matcher(title).replaceAll(" ").toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        for (String word : rest.split("[^\\p{L}'’]+")) {
            if (word.length() > 1 && !SMALL_WORDS.contains(word)) {
                kept.append(word).append(' ');
            }
        }
        return lexicon.englishWords(kept.toString());
    }

    /** Whether an English word of the other chapter's title translates a word of this one's (or the reverse). */
    boolean sharesTitleWords(ChapterFeatures other) {
        int[] a = titleWords;
        int[] b = other.titleWords;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChapterFeatures f && f.title.equals(title) && f.number == number && f.role == role
                && f.length == length && Arrays.equals(f.titleWords, titleWords);
    }

    @Override
    public int hashCode() {
        return title.hashCode() * 31 + Arrays.hashCode(titleWords);
    }

    @Override
    public String toString() {
        return "ChapterFeatures[" + title + ", " + number + ", " + role + ", " + length + "]";
    }
}
