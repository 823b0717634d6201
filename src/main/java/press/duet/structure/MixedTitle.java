package press.duet.structure;

import java.util.List;
import java.util.regex.Pattern;
import press.duet.model.Lang;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageRun;

/** Where a line holding a Chinese title and its English one, in either order, is cut in two. */
final class MixedTitle {
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s/|｜·—-]+$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s/|｜·—-]+");

    private MixedTitle() {
    }

    /**
     * Where {@link ChapterSplitter#splitMixed} cuts a line: the start and end of its Chinese title, then of its
     * English one; null when the line stays whole. The English title must stand as a title of its own:
     * two words, or one set apart by a separator ("问候 | Greetings"), else "Spring 春天"-like names would
     * split. Before the Chinese it must also read as a phrase — a function word in it ("The Night
     * Market"), or four words — or be set apart, since a Chinese title often opens with an English name
     * ("Apple Watch 新功能介绍").
     */
    static int[] cut(String text) {
        List<LanguageRun> runs = LanguageIdentifier.runs(text);
        if (runs.size() != 2) {
            return null;
        }
        boolean chineseFirst = runs.get(0).lang().isChinese() && runs.get(1).lang() == Lang.EN;
        boolean englishFirst = runs.get(0).lang() == Lang.EN && runs.get(1).lang().isChinese();
        if (!chineseFirst && !englishFirst) {
            return null;
        }
        LanguageRun zhAt = runs.get(chineseFirst ? 0 : 1);
        LanguageRun enAt = runs.get(chineseFirst ? 1 : 0);
        String zhRun = zhAt.of(text).strip();
        String enRun = enAt.of(text).strip();
        // The separator stands between the two: after the first title, before the second.
        Pattern zhEdge = chineseFirst ? TRAILING_SEPARATOR : LEADING_SEPARATOR;
        Pattern enEdge = chineseFirst ? LEADING_SEPARATOR : TRAILING_SEPARATOR;
        String zh = zhEdge.matcher(zhRun).replaceFirst("");
        String en = enEdge.matcher(enRun).replaceFirst("");
        boolean separated = zh.length() < zhRun.length() || en.length() < enRun.length();
        boolean titleOfItsOwn = en.contains(" ") && (chineseFirst || readsAsPhrase(en));
        if (zh.isEmpty() || en.isEmpty() || !(titleOfItsOwn || separated)) {
            return null;
        }
        int zhStart = zhAt.start() + zhAt.of(text).indexOf(zhRun) + (chineseFirst ? 0 : zhRun.length() - zh.length());
        int enStart = enAt.start() + enAt.of(text).indexOf(enRun) + (chineseFirst ? enRun.length() - en.length() : 0);
        return new int[] {zhStart, zhStart + zh.length(), enStart, enStart + en.length()};
    }

    /** An English phrase rather than a name: it holds a function word ("the", "of") or runs to four words. */
    private static boolean readsAsPhrase(String english) {
        String[] words = english.split("\\s+");
        return words.length >= 4 || java.util.Arrays.stream(words)
                .anyMatch(word -> press.duet.lexicon.EnglishWords.isStopWord(word.toLowerCase(java.util.Locale.ROOT)));
    }
}
