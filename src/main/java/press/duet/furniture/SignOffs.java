package press.duet.furniture;

import java.util.List;
import java.util.function.Predicate;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * The sign-off under a letter, a notice or a post: a date line, with the writer's or the office's name
 * on the line above it ("台灣創用CC計畫 辦公室" / "2011/ 8/ 2"), standing at the end of a run of prose in
 * one language, where the text ends or its translation begins. The date is the article's, which the
 * page or the head gives; the lines are no paragraphs to pair. In an alternating text every line is
 * followed by the other language, so the prose above must be a block of one language.
 */
final class SignOffs {
    /** A date line is short: a date, perhaps a place or a weekday. */
    private static final int DATE_COLUMNS = 40;
    /** A name of a person or an office, not a sentence. */
    private static final int SIGNER_COLUMNS = 30;

    private SignOffs() {
    }

    static void mark(List<String> lines, FurnitureKind[] kinds, Predicate<String> dateLine) {
        for (int i = 1; i < lines.size(); i++) {
            String date = lines.get(i).strip();
            // A date line already known as a repeat of the article's date may still sign a text off.
            if (kinds[i] != null && kinds[i] != FurnitureKind.PAGE_INFO || date.isEmpty() || !DisplayColumns.fit(date, DATE_COLUMNS) || !dateLine.test(date)) {
                continue;
            }
            int signer = isSigner(lines.get(i - 1)) && kinds[i - 1] == null ? i - 1 : -1;
            int above = previousProse(lines, kinds, signer >= 0 ? signer : i);
            int further = above < 0 ? -1 : previousProse(lines, kinds, above);
            if (further < 0) {
                continue;
            }
            boolean chinese = chinese(lines.get(above));
            if (chinese(lines.get(further)) != chinese || signer >= 0 && chinese(lines.get(signer)) != chinese) {
                continue;
            }
            int next = nextText(lines, i);
            if (next >= 0 && chinese(lines.get(next)) == chinese) {
                continue;
            }
            kinds[i] = FurnitureKind.SIGN_OFF;
            if (signer >= 0) {
                kinds[signer] = FurnitureKind.SIGN_OFF;
            }
        }
    }

    /** A short line with no sentence in it and some letters: a name, an office's name. */
    private static boolean isSigner(String line) {
        String text = line.strip();
        return !text.isEmpty() && DisplayColumns.fit(text, SIGNER_COLUMNS) && !FurnitureLine.sentenceLike(text)
                && text.codePoints().anyMatch(Character::isLetter) && text.codePoints().noneMatch(Character::isDigit);
    }

    private static int previousProse(List<String> lines, FurnitureKind[] kinds, int before) {
        for (int j = before - 1; j >= 0; j--) {
            if (kinds[j] == null && Furniture.isProse(lines.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static int nextText(List<String> lines, int after) {
        for (int j = after + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static boolean chinese(String line) {
        return line.codePoints().anyMatch(Scripts::isHan);
    }
}
