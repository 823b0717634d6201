package press.duet.read;

import java.util.List;
import java.util.Optional;
import press.duet.model.Lang;
import press.duet.text.LanguageIdentifier;

/**
 * Whether the rows of a table are pairs: a text and its translation in two columns. A Markdown pipe
 * table and an HTML {@code <table>} are judged alike.
 *
 * <pre>{@code
 * boolean pairs = PairColumns.isPairs(List.of(List.of("你好。", "Hello."), List.of("谢谢。", "Thanks.")));
 * }</pre>
 */
public final class PairColumns {
    private PairColumns() {
    }

    /**
     * Every row has two cells, every text of a column is in that column's language, the two columns'
     * languages differ, and some row has both.
     *
     * @param rows the rows to judge (the body rows of a table, its header when it has no body), each its cells' texts
     */
    public static boolean isPairs(List<List<String>> rows) {
        Boolean firstChinese = null;
        boolean both = false;
        for (List<String> row : rows) {
            if (row.size() != 2) {
                return false;
            }
            Optional<Lang> left = language(row.get(0));
            Optional<Lang> right = language(row.get(1));
            if (left.isPresent() && right.isPresent()) {
                if (left.get().isChinese() == right.get().isChinese()) {
                    return false;
                }
                both = true;
            }
            Boolean chinese = left.map(Lang::isChinese).orElse(right.map(lang -> !lang.isChinese()).orElse(null));
            if (chinese != null) {
                if (firstChinese != null && !firstChinese.equals(chinese)) {
                    return false;
                }
                firstChinese = chinese;
            }
        }
        return both;
    }

    private static Optional<Lang> language(String cell) {
        return cell.isBlank() ? Optional.empty() : LanguageIdentifier.identify(cell);
    }
}
