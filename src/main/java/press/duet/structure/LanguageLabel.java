package press.duet.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.LanguageIdentifier;

/**
 * A label that names the language of the line it opens ("英文：The …", "中文：我们…", "Chinese: …"), or
 * names it as the translation ("翻译：…", "参考译文：…"), as study pages put before each side of a pair. An editor drops it: the page of a parallel text shows
 * the language by its place. The label goes only when the rest of the line is in the language it names,
 * so "中文：a course for beginners" (a field and its value) stays as it is.
 */
final class LanguageLabel {
    private static final Pattern CHINESE = Pattern.compile(
            "^(?:【\\s*)?(?:中文|汉语|漢語|中译|中譯|译文|譯文|(?i:chinese))(?:\\s*】)?\\s*[:：]?\\s*(?=\\S)");
    private static final Pattern ENGLISH = Pattern.compile(
            "^(?:【\\s*)?(?:英文|英语|英語|英译|英譯|(?i:english))(?:\\s*】)?\\s*[:：]?\\s*(?=\\S)");

    /**
     * A label that names its line as the translation ("翻译：春节被认为…", "参考译文：…", "Translation:
     * …") or as the original it translates ("原文：…", "TEXT:The torn wreckage …", "Original: …"),
     * whichever language the line is in: a textbook page puts one before each side of a pair.
     */
    private static final Pattern TRANSLATION = Pattern.compile(
            "^(?:【\\s*)?(?:参考译文|參考譯文|参考翻译|參考翻譯|翻译|翻譯|原文|(?i:translation|original|text))(?:\\s*】)?\\s*[:：]?\\s*(?=\\S)");

    /** The characters a match of {@link #CHINESE}, {@link #ENGLISH} or {@link #TRANSLATION} opens with. */
    private static final String LABEL_STARTS = "【中汉漢译譯英参參翻原cCeEtToO";

    private LanguageLabel() {
    }

    /** The line without its opening language label, or the line itself when it has none. */
    static String strip(String line) {
        // Each label opens the line, on one of these characters (the words' first, either case for the
        // English ones, or a bracket), and holds a colon or a closing bracket: most lines fail at once.
        if (line.isEmpty() || LABEL_STARTS.indexOf(line.charAt(0)) < 0
                || line.indexOf(':') < 0 && line.indexOf('：') < 0 && line.indexOf('】') < 0) {
            return line;
        }
        return withoutGuard(line);
    }

    /** As {@link #strip}, every pattern tried: what the quick test before them must never change (LineGuardsTest). */
    static String withoutGuard(String line) {
        String rest = after(CHINESE, line);
        if (rest != null && isOnly(rest, true)) {
            return rest;
        }
        rest = after(ENGLISH, line);
        if (rest != null && isOnly(rest, false)) {
            return rest;
        }
        rest = after(TRANSLATION, line);
        return rest != null && (isOnly(rest, true) || isOnly(rest, false)) ? rest : line;
    }

    private static boolean isOnly(String text, boolean chinese) {
        LanguageIdentifier.Profile profile = LanguageIdentifier.profile(text);
        return !profile.mixed() && profile.lang().filter(lang -> lang.isChinese() == chinese).isPresent();
    }

    private static String after(Pattern label, String line) {
        Matcher m = label.matcher(line);
        if (!m.find()) {
            return null;
        }
        String matched = m.group();
        // Only a label with a colon or brackets: "English teachers say …" opens with no label.
        if (matched.indexOf(':') < 0 && matched.indexOf('：') < 0 && matched.indexOf('】') < 0) {
            return null;
        }
        return line.substring(m.end());
    }
}
