package press.duet.furniture;

import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;

/**
 * The credit lines a translated or compiled article closes with, below its last paragraph of prose:
 * where the text came from with a word before the label ("英文来源：…", "参考来源：…", "原文出处：…"),
 * and the desk and the editor's name in brackets ("（晨报双语学习 Mary）", "（新华社记者 林秋）"). Both are
 * short, hold no sentence and stand at the article's edge: a paragraph that mentions its source in the
 * body is text. The plain labels ("来源：…", "编辑：…") are {@link FurnitureLine}'s wherever they stand; a
 * translator's credit ("译者/…") is the byline the metadata reads, not furniture.
 */
final class ClosingCredits {
    /** A credit line is short: a label and a few names, or a desk and a name. */
    private static final int MAX_COLUMNS = 60;
    /** "英文来源：BBC", "参考来源：新华网、晨报": a label of where the text is from, with a word that qualifies it. */
    private static final Pattern QUALIFIED_SOURCE = Pattern.compile(
            "^[(（【\\[]?\\s*\\p{IsHan}{1,4}(?:来源|來源|出处|出處)\\s*[:：]\\s*\\S.*$");
    /** "（晨报双语学习 Mary）", "（新华社记者 林秋）": a desk or an office in Chinese, a space, a person's name. */
    private static final Pattern DESK_AND_NAME = Pattern.compile(
            "^[(（]\\s*\\p{IsHan}{2,16}\\s+(?:[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?|\\p{IsHan}{2,3})\\s*[)）]$");

    private ClosingCredits() {
    }

    /** Whether the line, standing above or below the article's prose, is one of its credit lines. */
    static boolean isCredit(String line) {
        String text = line.strip();
        if (text.isEmpty() || !DisplayColumns.fit(text, MAX_COLUMNS) || FurnitureLine.sentenceLike(text)) {
            return false;
        }
        return QUALIFIED_SOURCE.matcher(text).matches() || DESK_AND_NAME.matcher(text).matches();
    }
}
