package press.duet.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a work printed after its preface: a classic's preface names the work in 《》 in its first
 * sentence ("《關雎》，后妃之德也…") and the work follows under that name, a line of its own ("關雎"). A text
 * that opens with no title line but such a preface is named by the heading its preface names.
 */
final class PrefacedTitle {
    /** A work's name in 《》: a few characters, as a poem's or a chapter's name is. */
    private static final Pattern NAMED = Pattern.compile("《([^《》\\s]{1,12})》");

    private PrefacedTitle() {
    }

    /**
     * The line, among the opening paragraphs after the first, that is the name the first paragraph gives
     * in 《》; empty when there is none.
     */
    static Optional<Paragraph> of(List<Paragraph> paragraphs, int from) {
        if (from >= paragraphs.size() || !paragraphs.get(from).isChinese()) {
            return Optional.empty();
        }
        String preface = paragraphs.get(from).text();
        Matcher m = NAMED.matcher(preface);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        for (int i = from + 1; i < paragraphs.size() && i < from + HeadParser.BODY_WINDOW; i++) {
            Paragraph p = paragraphs.get(i);
            if (p.isChinese() && names.contains(p.text().strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
