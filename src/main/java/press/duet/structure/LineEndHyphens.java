package press.duet.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import press.duet.read.DraftBlock;

/**
 * Decides what a hyphen at the end of a wrapped line is: a word broken by the wrap ("indi-" +
 * "vidual" → individual) or a compound that happens to end the line ("well-" + "defined" →
 * well-defined). The book is its own dictionary, read once: a compound it writes whole elsewhere
 * keeps its hyphen; a word it writes whole elsewhere loses it; else the hyphen stays when both halves
 * are words the book uses on their own, and goes when either half is not (a fragment such as "indi").
 *
 * <pre>{@code
 * LineEndHyphens hyphens = LineEndHyphens.of(draft.blocks());
 * String text = hyphens.join("the indi-", "vidual and the state");
 * }</pre>
 */
final class LineEndHyphens {
    /** For a text without any line-end hyphen: nothing is read, and joins are plain. */
    static final LineEndHyphens NONE = new LineEndHyphens(Set.of(), Set.of());

    private final Set<String> words;
    private final Set<String> compounds;

    private LineEndHyphens(Set<String> words, Set<String> compounds) {
        this.words = words;
        this.compounds = compounds;
    }

    /** The words of all the blocks, read only when some line ends with a hyphen after a letter. */
    static LineEndHyphens of(List<DraftBlock> blocks) {
        boolean any = false;
        for (DraftBlock block : blocks) {
            for (String line : block.lines()) {
                String end = line.stripTrailing();
                any |= endsWithWordHyphen(end);
            }
        }
        if (!any) {
            return NONE;
        }
        Set<String> words = new HashSet<>();
        Set<String> compounds = new HashSet<>();
        for (DraftBlock block : blocks) {
            for (String line : block.lines()) {
                collect(line.stripTrailing(), words, compounds);
            }
        }
        return new LineEndHyphens(words, compounds);
    }

    /** Whether the text ends with a letter and one hyphen ("indi-", not "so--" or "- "). */
    static boolean endsWithWordHyphen(String text) {
        int n = text.length();
        return n >= 3 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    /**
     * The words of a line, lower case, and the hyphenated compounds inside it; a word cut by a hyphen
     * at the line's end counts for neither.
     */
    private static void collect(String line, Set<String> words, Set<String> compounds) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!Character.isLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int wordStart = i;
            while (i < n && (Character.isLetter(line.charAt(i))
                    || line.charAt(i) == '-' && i + 1 < n && Character.isLetter(line.charAt(i + 1))
                    && Character.isLetter(line.charAt(i - 1)))) {
                if (line.charAt(i) == '-') {
                    words.add(line.substring(wordStart, i).toLowerCase(Locale.ROOT));
                    wordStart = i + 1;
                }
                i++;
            }
            boolean cutAtLineEnd = i < n && line.charAt(i) == '-' && i + 1 == n;
            if (!cutAtLineEnd) {
                words.add(line.substring(wordStart, i).toLowerCase(Locale.ROOT));
                if (wordStart > start) {
                    compounds.add(line.substring(start, i).toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** Joins two wrapped English lines: across a line-end hyphen as the book's words say, else with a space. */
    String join(String left, String right) {
        if (!endsWithWordHyphen(left) || right.isEmpty() || !Character.isLowerCase(right.charAt(0))) {
            return left + " " + right;
        }
        String stem = left.substring(0, left.length() - 1);
        String first = trailingLetters(stem).toLowerCase(Locale.ROOT);
        String second = leadingLetters(right).toLowerCase(Locale.ROOT);
        boolean keep;
        if (compounds.contains(first + "-" + second)) {
            keep = true;
        } else if (words.contains(first + second)) {
            keep = false;
        } else {
            keep = first.length() > 1 && words.contains(first) && words.contains(second);
        }
        return keep ? left + right : stem + right;
    }

    private static String trailingLetters(String text) {
        int i = text.length();
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i);
    }

    private static String leadingLetters(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }
}
