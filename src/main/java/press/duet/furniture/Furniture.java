package press.duet.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;

/**
 * Finds the page furniture in the lines of a text copied from a web page (or the texts of a page's
 * elements): each line's {@link FurnitureLine shape}; where it stands, above or below the article's
 * prose, where menus, addresses, slogans and reprint notices are furniture and the same lines in the
 * body would be text; a line repeated through the text with a web address or a source in it (a
 * watermark), whole or glued to the end of paragraphs; the list of links under a "related" heading or
 * after the furniture below the article; and furniture glued to the front of the first paragraphs.
 *
 * <pre>{@code
 * List<Cut> cuts = Furniture.find(lines, line -> false);
 * }</pre>
 */
public final class Furniture {
    /** A paragraph of the article's prose: a sentence of some length. */
    private static final int PROSE_COLUMNS = 24;
    /** How many lines after the first paragraph of prose may still carry furniture glued to their front. */
    private static final int GLUE_LINES = 3;
    /** A site's note or numbering above the article stands among the first lines. */
    private static final int TOP_LINES = 8;
    /** The words of a page's header glued to its repeated site line ("Other State Department Archive Sites"). */
    private static final int MAX_GLUED_HEADER_COLUMNS = 40;
    /** A date line is short: a date, a place, a time, a weekday. */
    private static final int DATE_LINE_COLUMNS = 40;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");

    private Furniture() {
    }

    /**
     * The furniture in these lines, in their order.
     *
     * @param metadata which lines the caller reads as the article's own byline or date line: above the
     *                 prose they are not furniture (they are metadata, not published)
     */
    public static List<Cut> find(List<String> given, Predicate<String> metadata) {
        return find(given, metadata, line -> false);
    }

    /**
     * The furniture in these lines, in their order, with the notes of a speech's head around its date line.
     *
     * @param metadata which lines the caller reads as the article's own byline or date line: above the
     *                 prose they are not furniture (they are metadata, not published)
     * @param dateLine which lines are a date line (a date with at most a place, a time and a weekday):
     *                 in a speech's head among its notes ({@link HeadNotes}) it is dropped with them, its
     *                 date kept as the article's
     */
    public static List<Cut> find(List<String> given, Predicate<String> metadata, Predicate<String> dateLine) {
        List<String> raw = given.stream().map(String::strip).toList();
        int n = raw.size();
        // Each line is read without the watermark glued to it; a line that is one is furniture already.
        Watermarks watermarks = Watermarks.find(raw);
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(watermarks.kept()[i] != null ? watermarks.kept()[i] : raw.get(i));
        }
        FurnitureKind[] kinds = new FurnitureKind[n];
        String[] kept = new String[n];
        String[] removed = new String[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = watermarks.whole(i) ? FurnitureKind.WATERMARK : kindAnywhere(lines.get(i));
        }
        PageLines.markMenus(lines, kinds, firstProse(lines, kinds));
        PageLines.markContents(lines, kinds);
        PageLines.markLineNumbers(lines, kinds);
        PageLines.markLoneMarks(lines, kinds);
        java.util.Set<String> seenAtTop = new java.util.HashSet<>();
        for (int i = 0; i < n && seenAtTop.size() < TOP_LINES; i++) {
            // The site's note and numbering are among the first lines of the page that are not already
            // furniture; a line the page's header repeats ("U.S. Department of State" nine times) counts once.
            if (!lines.get(i).isBlank() && kinds[i] == null) {
                seenAtTop.add(lines.get(i));
                kinds[i] = FurnitureLine.atTop(lines.get(i));
                kinds[i] = kinds[i] != null ? kinds[i] : PageLines.atTop(lines.get(i));
                kinds[i] = kinds[i] != null ? kinds[i] : PastedLines.atTop(lines.get(i));
            }
        }
        // The prose's first and last lines, looked for from each end: the lines between are not read.
        int firstProse = firstProse(lines, kinds);
        int lastProse = -1;
        for (int i = n - 1; i >= 0 && lastProse < 0 && firstProse >= 0; i--) {
            lastProse = kinds[i] == null && isArticleProse(lines.get(i)) ? i : -1;
        }
        for (int i = 0; i < n; i++) {
            if (firstProse >= 0 && kinds[i] == null && (i < firstProse || i > lastProse)) {
                kinds[i] = FurnitureLine.atEdge(lines.get(i));
                kinds[i] = kinds[i] == null && ClosingCredits.isCredit(lines.get(i)) ? FurnitureKind.PAGE_INFO : kinds[i];
            }
            if ((i < firstProse || firstProse < 0) && kinds[i] != null && metadata.test(lines.get(i).strip())) {
                kinds[i] = null;
            }
        }
        HeadNotes.mark(lines, kinds, kept, removed, dateLine, metadata);
        markRepeatedDate(lines, kinds, dateLine, firstProse);
        SignOffs.mark(lines, kinds, dateLine);
        markRepeatedAbove(lines, kinds, firstProse);
        PageLines.markSourceNamed(lines, kinds, firstProse);
        PastedLines.markSiteName(lines, kinds, firstProse);
        PastedLines.markVersionTitles(lines, kinds);
        markLinkLists(lines, kinds, firstProse, lastProse);
        for (int i = 0; i < n; i++) {
            String reading = kinds[i] == null ? PageLines.readingFront(lines.get(i)) : null;
            if (reading != null) {
                kinds[i] = FurnitureKind.READING;
                removed[i] = reading;
                kept[i] = lines.get(i).substring(lines.get(i).indexOf(reading) + reading.length()).strip();
            }
        }
        if (firstProse >= 0) {
            for (int i = 0; i <= Math.min(n - 1, firstProse + GLUE_LINES); i++) {
                if (kinds[i] == null) {
                    String line = kept[i] != null ? kept[i] : lines.get(i);
                    Glued glued = Glued.front(line);
                    if (glued != null) {
                        kinds[i] = glued.kind();
                        removed[i] = removed[i] == null ? glued.removed() : glued.removed() + " … " + removed[i];
                        kept[i] = glued.kept();
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Glued glued = kinds[i] == null ? Glued.tail(lines.get(i)) : null;
            if (glued != null) {
                kinds[i] = glued.kind();
                removed[i] = glued.removed();
                kept[i] = glued.kept();
            }
        }
        List<Cut> cuts = new ArrayList<>();
        boolean textLeft = false;
        for (int i = 0; i < n; i++) {
            textLeft |= !lines.get(i).isBlank() && (kinds[i] == null || kept[i] != null);
        }
        if (!textLeft) {
            // A text that is all furniture is no page with an article in it: nothing is left out.
            return cuts;
        }
        for (int i = 0; i < n; i++) {
            Cut cut = cut(i, raw.get(i), lines.get(i), kinds[i], kept[i], removed[i], watermarks);
            if (cut != null) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    /**
     * The cut of line i, read as {@code line} without its glued watermark, or null: the whole line
     * when what the watermark left is furniture too, else the watermark and the other furniture taken off.
     */
    private static Cut cut(int i, String raw, String line, FurnitureKind kind, String kept, String removed, Watermarks watermarks) {
        String mark = watermarks.whole(i) ? null : watermarks.removed()[i];
        if (kind == null) {
            return mark == null ? null : new Cut(i, FurnitureKind.WATERMARK, mark, line);
        }
        if (kept == null) {
            return new Cut(i, kind, raw, null);
        }
        return new Cut(i, kind, mark == null ? removed : removed + " … " + mark, kept);
    }

    /**
     * A date line that gives again the date of the text's first date line, in the other language's
     * words ("November 16, 2009" … "2009年11月16日"): the date is the article's, the line is no paragraph.
     * The numbers decide: the year and the day of the first stand in the later one. Above the prose the
     * date lines are the head's, which the caller reads.
     */
    private static void markRepeatedDate(List<String> lines, FurnitureKind[] kinds, Predicate<String> dateLine, int firstProse) {
        List<Integer> first = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isEmpty() || !DisplayColumns.fit(text, DATE_LINE_COLUMNS) || text.chars().noneMatch(Character::isDigit)
                    || !dateLine.test(text)) {
                continue;
            }
            List<Integer> numbers = numbers(text);
            if (first == null) {
                first = numbers;
            } else if (kinds[i] == null && i > firstProse && numbers.size() >= 2 && first.size() >= 2 && first.stream().anyMatch(y -> y >= 1000)
                    && (numbers.containsAll(first) || first.containsAll(numbers))) {
                kinds[i] = FurnitureKind.PAGE_INFO;
            }
        }
    }

    private static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group()));
        }
        return numbers;
    }

    /** The first line that is a sentence of some length and no furniture, or -1. */
    private static int firstProse(List<String> lines, FurnitureKind[] kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == null && isArticleProse(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The furniture a line is wherever it stands, also when a copied list's bullet opens it ("• 当前位置：…"). */
    private static FurnitureKind kindAnywhere(String given) {
        // A line of the page's markup copied with it is read for its text: "<p>Source: …</p>".
        String line = given.startsWith("<") ? TAG.matcher(given).replaceAll("").strip() : given;
        FurnitureKind kind = FurnitureLine.anywhere(line);
        String unbulleted = PageLines.withoutBullet(line);
        if (kind == null && !unbulleted.equals(line.strip())) {
            kind = FurnitureLine.anywhere(unbulleted);
        }
        kind = kind != null ? kind : PageLines.anywhere(unbulleted);
        return kind != null ? kind : PastedLines.anywhere(unbulleted);
    }

    /**
     * A sentence of the article, not of a notice beside it: a licence or reprint notice at the page's
     * head or foot ("本作品在全世界都属于公有领域，因为……") is written in sentences but is no edge of the article.
     */
    private static boolean isArticleProse(String line) {
        return isProse(line) && FurnitureLine.atEdge(line) != FurnitureKind.COPYRIGHT;
    }

    static boolean isProse(String line) {
        String text = line.strip();
        return !DisplayColumns.fit(text, PROSE_COLUMNS - 1) && FurnitureLine.sentenceLike(text);
    }

    /**
     * A short line that stands twice or more above the prose and nowhere else: the site's name or
     * heading as a page repeats it ("U.S. Department of State", "中英雙語閱讀"). A refrain repeats in the body.
     */
    private static void markRepeatedAbove(List<String> lines, FurnitureKind[] kinds, int firstProse) {
        if (firstProse < 0) {
            return;
        }
        Map<String, Integer> above = new HashMap<>();
        for (int i = 0; i < firstProse; i++) {
            String text = lines.get(i).strip();
            // A line already known as furniture (an entry of a copied table of contents) is no repeat of the page's.
            if (kinds[i] == null && !text.isEmpty() && DisplayColumns.fit(text, 60) && !FurnitureLine.sentenceLike(text)) {
                above.merge(text, 1, Integer::sum);
            }
        }
        if (above.values().stream().noneMatch(count -> count >= 2)) {
            return;
        }
        java.util.Set<String> below = new java.util.HashSet<>();
        for (int i = firstProse; i < lines.size(); i++) {
            below.add(lines.get(i).strip());
        }
        List<String> repeated = above.entrySet().stream().filter(e -> e.getValue() >= 2 && !below.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < firstProse; i++) {
            String text = lines.get(i).strip();
            if (kinds[i] == null && (repeated.contains(text) || holdsRepeated(text, repeated))) {
                kinds[i] = FurnitureKind.SITE;
            }
        }
    }

    /**
     * Whether the line is one of the repeated lines with a few words of the page's header glued to it
     * ("Other State Department Archive SitesU.S. Department of State"): no sentence, and the words
     * besides the repeated line no longer than a menu's link.
     */
    private static boolean holdsRepeated(String text, List<String> repeated) {
        for (String line : repeated) {
            int at = text.indexOf(line);
            if (at >= 0 && (at == 0 || at + line.length() == text.length()) && !FurnitureLine.sentenceLike(text)
                    && DisplayColumns.fit(text.substring(0, at) + text.substring(at + line.length()), MAX_GLUED_HEADER_COLUMNS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines under a "related" heading, up to the next paragraph of prose or the headline above it; and below the article,
     * a run of short lines that are no sentences between link furniture (previous/next, share, menu)
     * and the end or more furniture: the list of links a page ends with. Short lines below the prose
     * with no such furniture before them (the last lines of a poem, a chapter heading) stay.
     */
    private static void markLinkLists(List<String> lines, FurnitureKind[] kinds, int firstProse, int lastProse) {
        int n = lines.size();
        // The line just above the first paragraph of prose is the article's headline, never a link above it.
        int headline = firstProse - 1;
        while (headline >= 0 && lines.get(headline).isBlank()) {
            headline--;
        }
        for (int i = 0; i < n; i++) {
            if (kinds[i] == FurnitureKind.RELATED && FurnitureLine.isRelatedHeading(lines.get(i))) {
                int j = i + 1;
                while (j < n && j != headline && (kinds[j] != null || lines.get(j).isBlank() || isLinkLike(lines.get(j)))) {
                    if (kinds[j] == null) {
                        kinds[j] = FurnitureKind.RELATED;
                    }
                    j++;
                }
            }
        }
        if (lastProse < 0) {
            return;
        }
        int i = lastProse + 1;
        while (i < n) {
            if (!leadsToLinks(kinds[i])) {
                i++;
                continue;
            }
            int start = i + 1;
            int j = start;
            while (j < n && kinds[j] == null && isLinkLike(lines.get(j))) {
                j++;
            }
            if (j > start + 1 && (j == n || kinds[j] != null)) {
                for (int k = start; k < j; k++) {
                    kinds[k] = FurnitureKind.RELATED;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Furniture that a page's list of links follows: a "related" heading, previous/next links, share buttons, a menu. */
    private static boolean leadsToLinks(FurnitureKind kind) {
        return kind == FurnitureKind.RELATED || kind == FurnitureKind.PREVIOUS_NEXT || kind == FurnitureKind.SHARE
                || kind == FurnitureKind.MENU;
    }

    /** A link's text: a title, short, no sentence. */
    private static boolean isLinkLike(String line) {
        String text = line.strip();
        return !text.isEmpty() && DisplayColumns.fit(text, 100) && !FurnitureLine.endsSentence(text)
                && text.codePoints().filter(Character::isLetter).count() >= 2;
    }
}
