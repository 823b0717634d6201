package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import press.duet.text.LanguageRun;
import press.duet.text.Scripts;

/**
 * Reads the language runs of one line as an editor does when deciding whether the line holds a
 * text and its translation: a name or term of the other language inside a run is part of it, and a
 * headline followed by its translation is two paragraphs even without punctuation between them.
 */
final class LanguageRuns {
    /** A run shorter than this (Chinese characters, English words) inside the other language is a name or term. */
    private static final int LEAST_HAN = 4;
    private static final int LEAST_WORDS = 3;
    /**
     * English takes one to six letters for each Chinese character it translates (about three on
     * average); outside that range the English run is no translation of the Chinese one.
     */
    private static final int MIN_LETTERS_PER_HAN = 1;
    private static final int MAX_LETTERS_PER_HAN = 6;
    /** Punctuation that makes a Chinese run a sentence or a clause rather than a headline. */
    private static final String CHINESE_CLAUSE_MARKS = "，。！？；：、,!?;:";
    /** Capitals (with digits) of two to five letters, and symbols between them: names, not words. */
    private static final java.util.regex.Pattern ACRONYMS_ONLY = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}[\\p{Lu}\\d]{1,4}|[&+/|·-])(?:\\s+(?:\\p{Lu}[\\p{Lu}\\d]{1,4}|[&+/|·-]))*");

    private LanguageRuns() {
    }

    /**
     * The runs with each short run that stands between two runs of the other language joined to
     * them: "KPHO" in "…市的 KPHO电视台最先报导…" is a name in a Chinese sentence, not a language change.
     */
    static List<LanguageRun> absorbNames(String text, List<LanguageRun> runs) {
        return absorbNames(text, runs, LanguageRuns::isShort);
    }

    /** As {@link #absorbNames(String, List)}, with what makes a run a name or term given. */
    static List<LanguageRun> absorbNames(String text, List<LanguageRun> runs, BiPredicate<LanguageRun, String> isName) {
        // One pass with the runs kept so far as a stack, so that a whole file on one line (LostLineBreaks)
        // costs time in proportion to its runs: each run joins the two before it when the middle one is a name.
        List<LanguageRun> out = new ArrayList<>(runs.size());
        for (LanguageRun run : runs) {
            out.add(run);
            int n = out.size();
            while (n >= 3) {
                LanguageRun before = out.get(n - 3);
                LanguageRun inner = out.get(n - 2);
                LanguageRun after = out.get(n - 1);
                if (before.lang() != after.lang() || inner.lang() == before.lang() || !isName.test(inner, text)) {
                    break;
                }
                out.remove(n - 1);
                out.remove(n - 2);
                out.set(n - 3, new LanguageRun(before.lang(), before.start(), after.end()));
                n -= 2;
            }
        }
        return out;
    }

    private static boolean isShort(LanguageRun run, String text) {
        String part = run.of(text).strip();
        if (run.lang().isChinese()) {
            return part.codePoints().filter(Scripts::isHan).count() < LEAST_HAN;
        }
        return part.isEmpty() || part.split("\\s+").length < LEAST_WORDS;
    }

    /**
     * A Chinese headline and its English translation on one line with nothing between them
     * ("2011-05-20 美军调查韩国橙剂报告 US Army Probes Agent Orange Report"): the Chinese part is no
     * sentence or clause (no comma, stop or colon), the English part opens with a capital letter and
     * holds no Chinese punctuation (an English title inside a Chinese sentence is followed by the
     * sentence's own 。 or ，), and the English is as long as a translation of the Chinese can be.
     * English made only of acronyms and symbols ("HTML & CSS 編輯人員", "API / SDK 文档") is the
     * names a Chinese label opens with, not a headline: a headline has a word.
     */
    static boolean isHeadlinePair(String zh, String en, long han) {
        if (!isHeadline(zh, en) || ACRONYMS_ONLY.matcher(en.strip()).matches()) {
            return false;
        }
        long letters = en.codePoints().filter(Character::isLetter).count();
        return letters >= MIN_LETTERS_PER_HAN * han && letters <= MAX_LETTERS_PER_HAN * han;
    }

    /**
     * The Chinese part is no sentence or clause and the English part opens with a capital letter and
     * holds no Chinese punctuation: what {@link #isHeadlinePair} asks but the length, which a line of
     * several sentences after the headline (each a run of its own) need not meet.
     */
    static boolean isHeadline(String zh, String en) {
        return zh.chars().noneMatch(c -> CHINESE_CLAUSE_MARKS.indexOf(c) >= 0) && Character.isUpperCase(en.charAt(0))
                && en.codePoints().noneMatch(cp -> cp >= 0x3000);
    }
}
