package press.duet.structure;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.text.ChineseVariety;
import press.duet.text.LanguageIdentifier;
import press.duet.text.Scripts;

/**
 * The title a file's name gives a text that has no title line of its own ("静夜思.txt",
 * "Lesson 3 春天.txt"). A name is text like any other: its language is identified, so a Chinese name
 * is a Chinese title (tagged Simplified or Traditional by its characters) and an English one an
 * English title, and a name that holds both, apart from each other, gives a title on each side, as a
 * title line in both languages does.
 *
 * <pre>{@code
 * BilingualText title = FileNameTitle.of("lessons/Lesson 3 春天.txt");  // 春天 / Lesson 3
 * }</pre>
 */
final class FileNameTitle {
    /** A word of a name: what stands between spaces, underscores, dashes, bars and middle dots. */
    private static final Pattern WORD = Pattern.compile("[^\\s_\\-–—|｜·・]+");
    /** Names that say which language a file is in, not what it is called. */
    private static final Pattern LANGUAGE_NAME = Pattern.compile(
            "(?i)zh|cn|chs|cht|zh[-_]?(hans|hant|cn|tw|hk)|en|eng|en[-_]?(us|gb)|chinese|english|中文|英文|汉语|漢語|英语|英語");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s_\\-–—|｜·・]+|[\\s_\\-–—|｜·・]+$");

    private FileNameTitle() {
    }

    /** The title one file's name gives: Chinese, English, or both when the name splits cleanly. */
    static BilingualText of(String source) {
        return named(stem(source));
    }

    /** The title a bare name gives (a file's without its extension, or a folder's). */
    static BilingualText named(String name) {
        BilingualText both = inBothLanguages(name);
        if (both != null) {
            return both;
        }
        // A name without letters ("01.txt") has no language of its own; it reads the same on either
        // side, and stays on the English one as before.
        return LanguageIdentifier.identify(name)
                .filter(Lang::isChinese)
                .map(lang -> new BilingualText(new Segment(lang, name), null))
                .orElseGet(() -> new BilingualText(null, new Segment(Lang.EN, name)));
    }

    /**
     * The title two parallel files' names give: the Chinese side from the Chinese file's name, the
     * English side from the English file's ("春天.txt" and "spring.txt" give 春天 / spring). A name that
     * only says which language its file is in ("zh.txt", "english.txt") names no side; when neither
     * name gives its side, the folder that holds the Chinese file names the book ("春江/zh.txt",
     * "spring-river/en.txt"), and failing that the Chinese file's name, as for one file.
     */
    static BilingualText ofParallel(String chineseSource, String englishSource) {
        Segment zh = namesItsLanguage(chineseSource) ? null : of(chineseSource).zh();
        Segment en = namesItsLanguage(englishSource) ? null : of(englishSource).en();
        if (zh != null || en != null) {
            return new BilingualText(zh, en);
        }
        Path folder = Path.of(chineseSource).toAbsolutePath().getParent();
        Path folderName = folder == null ? null : folder.getFileName();
        return folderName == null ? of(chineseSource) : named(folderName.toString());
    }

    private static boolean namesItsLanguage(String source) {
        return LANGUAGE_NAME.matcher(stem(source)).matches();
    }

    /** The file's name without its folder and its extension. */
    private static String stem(String source) {
        return Path.of(source).getFileName().toString().replaceFirst("\\.[^.]+$", "").strip();
    }

    /**
     * A name that splits cleanly into one Chinese and one English part, in either order: its words
     * (between spaces, dashes, bars, underscores) hold one script each, all those of one language come
     * before all those of the other, and the English side has at least two words. Digits and other
     * words without letters go with the words before them ("Lesson 3 春天": "Lesson 3" and "春天").
     * Else null: "iPhone使用说明" (no separator) and "Python 入门" (one English word, a term rather
     * than a translation) stay whole.
     */
    private static BilingualText inBothLanguages(String name) {
        Script first = null;
        int cut = -1;
        Matcher word = WORD.matcher(name);
        while (word.find()) {
            Script script = Script.of(word.group());
            if (script == Script.BOTH) {
                return null;
            }
            if (script == Script.NONE) {
                continue;
            }
            if (first == null) {
                first = script;
            } else if (script != first && cut < 0) {
                cut = word.start();
            } else if (script == first && cut >= 0) {
                return null;
            }
        }
        if (cut < 0) {
            return null;
        }
        boolean chineseFirst = first == Script.HAN;
        String zh = tidy(chineseFirst ? name.substring(0, cut) : name.substring(cut));
        String en = tidy(chineseFirst ? name.substring(cut) : name.substring(0, cut));
        if (words(en) < 2) {
            return null;
        }
        return new BilingualText(new Segment(ChineseVariety.of(zh), zh), new Segment(Lang.EN, en));
    }

    private static long words(String text) {
        return WORD.matcher(text).results().count();
    }

    /** The script a word of a name is written in. */
    private enum Script {
        HAN, LATIN, BOTH, NONE;

        static Script of(String word) {
            boolean han = word.codePoints().anyMatch(Scripts::isHan);
            boolean latin = word.codePoints().anyMatch(Scripts::isLatinLetter);
            return han && latin ? BOTH : han ? HAN : latin ? LATIN : NONE;
        }
    }

    private static String tidy(String part) {
        return EDGE_SEPARATORS.matcher(part).replaceAll("");
    }
}
