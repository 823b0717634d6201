package press.duet.structure;

import java.util.List;
import press.duet.text.DisplayColumns;

/**
 * Where the title stands among the opening lines of a page or an e-text: after the furniture dropped
 * above the body, under an e-text's title page, at the line with a bilingual label, just above the
 * byline, date line or page information; below a site's headline that the title lines repeat.
 */
final class TitleStart {
    private static final int HEAD_WINDOW = HeadParser.HEAD_WINDOW;
    private static final int MAX_ABOVE_TITLE_COLUMNS = 60;
    private static final int MAX_TITLE_PAGE_COLUMNS = 100;
    private static final int MAX_NOTE_COLUMNS = HeadParser.MAX_NOTE_COLUMNS;
    private static final int BODY_WINDOW = HeadParser.BODY_WINDOW;
    /** The number of one piece of a page's collection: "三十六.", "12.", "(3)", "七、". */
    private static final java.util.regex.Pattern NUMBERED_PIECE = java.util.regex.Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百]{1,4}|\\d{1,3})\\s*[.．、]|^\\s*[(（]\\d{1,3}[)）]");

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2}");

    private TitleStart() {
    }

    /**
     * Where the title is among the opening lines of a page: the line with a bilingual label, else the
     * title lines just above the byline, the date line or the page information, else the first line.
     * The lines above it must be short and no sentences, as a site's or section's name is; else the
     * first line is the title after all.
     */
    static int of(List<Paragraph> paragraphs, int infoLine, List<Integer> droppedLines) {
        int window = Math.min(paragraphs.size(), HEAD_WINDOW);
        int start = afterLastFurniture(paragraphs, droppedLines);
        if (start > 0) {
            return aboveTitleIsFurniture(paragraphs, start, MAX_ABOVE_TITLE_COLUMNS) ? start : 0;
        }
        start = afterTitlePage(paragraphs);
        if (start > 0) {
            // A title page's lines are a publisher's: "with a translation, critical and exegetical notes …".
            return aboveTitleIsFurniture(paragraphs, start, MAX_TITLE_PAGE_COLUMNS) ? start : 0;
        }
        for (int i = 1; i < window; i++) {
            Paragraph p = paragraphs.get(i);
            if (HeadParser.titleLine(p.text()).label() != null && HeadParser.looksLikeTitle(p, 0, false)) {
                // The other language's title may stand above the labelled one.
                Paragraph above = paragraphs.get(i - 1);
                boolean otherTitle = above.lang().isPresent() && above.isChinese() != p.isChinese() && HeadParser.looksLikeTitle(above, 0, false);
                start = otherTitle ? i - 1 : i;
                break;
            }
        }
        // A first line marked as a bilingual text's title ("…(中英双语)") is the title, whatever stands above a date line.
        boolean firstLabelled = !paragraphs.isEmpty() && HeadParser.titleLine(paragraphs.get(0).text()).label() != null
                && HeadParser.looksLikeTitle(paragraphs.get(0), 0, false);
        if (start == 0 && !firstLabelled) {
            int meta = -1;
            for (int i = 0; i < window && meta < 0; i++) {
                Paragraph p = paragraphs.get(i);
                if (infoLine > 0 && p.line() > infoLine || HeadParser.isHeadLine(p.text())) {
                    meta = i;
                }
            }
            if (meta < 0 && infoLine > 0 && paragraphs.size() > window && paragraphs.get(window).line() > infoLine) {
                meta = window;
            }
            if (meta >= 2) {
                Paragraph last = paragraphs.get(meta - 1);
                Paragraph before = paragraphs.get(meta - 2);
                boolean pair = last.lang().isPresent() && before.lang().isPresent() && last.isChinese() != before.isChinese()
                        && HeadParser.looksLikeTitle(before, 0, false);
                start = pair ? meta - 2 : meta - 1;
            }
        }
        if (start + 1 < paragraphs.size() && isSiteHeadline(paragraphs, start)) {
            // "双语：X" above the title and its subtitle that say X again: the site's headline for the page.
            start++;
        }
        // A line the page marks as a bilingual text's title is the title under longer lines of the site's (a notice
        // bar, "网站公告列表 … [site 2008年5月21日]"), as long as none is a sentence or a paragraph of text.
        boolean labelled = start > 0 && start < paragraphs.size() && HeadParser.titleLine(paragraphs.get(start).text()).label() != null;
        return aboveTitleIsFurniture(paragraphs, start, labelled ? MAX_NOTE_COLUMNS : MAX_ABOVE_TITLE_COLUMNS) ? start : 0;
    }

    /** A labelled line whose words a later line of the head repeats: the page's headline over the text's own title. */
    private static boolean isSiteHeadline(List<Paragraph> paragraphs, int index) {
        Paragraph p = paragraphs.get(index);
        HeadParser.TitleLine line = HeadParser.titleLine(p.text());
        if (line.label() == null || line.text().length() < 6 || !p.isChinese()) {
            return false;
        }
        for (int j = index + 1; j < paragraphs.size() && j <= index + HEAD_WINDOW; j++) {
            Paragraph later = paragraphs.get(j);
            if (later.isChinese() && later.text().contains(line.text()) && !later.text().equals(p.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first title pair (a Chinese line and an English one, side by side) under an e-text's title
     * page: three or more short English lines above it and nothing in Chinese ("THE CHINESE CLASSICS /
     * with a translation … / by / James Legge", then "論語 / CONFUCIAN ANALECTS."). A bilingual book is
     * named in both languages; the publisher's page above it is in one. 0 when there is no such pair.
     */
    private static int afterTitlePage(List<Paragraph> paragraphs) {
        for (int i = 3; i + 1 < paragraphs.size() && i < BODY_WINDOW; i++) {
            Paragraph p = paragraphs.get(i);
            Paragraph next = paragraphs.get(i + 1);
            if (p.isChinese() && next.isEnglish() || p.isEnglish() && next.isChinese()) {
                // "IN FIVE VOLUMES / 論語 / CONFUCIAN ANALECTS": the Chinese line begins the pair its English follows.
                int first = p.isEnglish() && i + 2 < paragraphs.size() && paragraphs.get(i + 2).isEnglish()
                        && HeadParser.looksLikeTitle(paragraphs.get(i + 2), 1, true) ? i + 1 : i;
                Paragraph opening = paragraphs.get(first);
                Paragraph closing = paragraphs.get(first + 1);
                boolean pair = HeadParser.looksLikeTitle(opening, 0, false) && HeadParser.looksLikeTitle(closing, 1, true)
                        && DisplayColumns.fit(opening.text(), 60) && DisplayColumns.fit(closing.text(), 90);
                for (int j = 0; pair && j < first; j++) {
                    pair = paragraphs.get(j).isEnglish();
                }
                return pair ? first : 0;
            }
            if (!p.isEnglish()) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether a line holds a word (a Han character, two letters together: "344k" and "26" hold none) or is a date line. */
    private static boolean hasWord(Paragraph p) {
        // A date line holds no word and says a great deal: "(2011-03-09)" above a title is the head's.
        return p.text().codePoints().anyMatch(press.duet.text.Scripts::isHan) || WORD.matcher(p.text()).find()
                || HeadParser.isHeadLine(p.text());
    }

    /** Whether the lines above the title are short and no sentences, as a site's or section's name is. */
    private static boolean aboveTitleIsFurniture(List<Paragraph> paragraphs, int start, int columns) {
        for (int i = 0; i < start; i++) {
            String text = paragraphs.get(i).text();
            if (!DisplayColumns.fit(text, columns) || HeadParser.endsLikeSentence(text)
                    || ChapterHeadings.isHeading(paragraphs.get(i)) || !HeadParser.looksLikeTitle(paragraphs.get(start), 0, false)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first line after the last furniture dropped above the body, when that line is a title and
     * more than one line stands above it: on a page the article's title follows the site's furniture
     * (its name, menus, note, numbering). 0 when nothing was dropped there.
     */
    private static int afterLastFurniture(List<Paragraph> paragraphs, List<Integer> droppedLines) {
        int body = -1;
        for (int i = 0; i < paragraphs.size() && i < BODY_WINDOW && body < 0; i++) {
            String text = paragraphs.get(i).text();
            // A long line is the body unless it reads as a title (a speech's title with its theme in 《》 is long).
            if (!DisplayColumns.fit(text, MAX_NOTE_COLUMNS) && !HeadParser.looksLikeTitle(paragraphs.get(i), 0, false)
                    || HeadParser.endsLikeSentence(text) && !DisplayColumns.fit(text, 24)) {
                body = i;
            }
        }
        if (body <= 0 || droppedLines.isEmpty()) {
            return 0;
        }
        int bodyLine = paragraphs.get(body).line();
        int lastJunk = 0;
        for (int line : droppedLines) {
            if (line < bodyLine) {
                lastJunk = line;
            }
        }
        for (int i = 1; i < body; i++) {
            if (paragraphs.get(i).line() > lastJunk && !hasWord(paragraphs.get(i))) {
                // A count or a size the page prints with its furniture ("26", "344k") is no title: the title follows.
                continue;
            }
            if (paragraphs.get(i).line() > lastJunk) {
                // A numbered piece ("三十六. A Careless Couple") is one of the page's collection, under its title.
                int above = i - 1;
                while (above > 0 && !hasWord(paragraphs.get(above))) {
                    above--;
                }
                return paragraphs.get(above).line() < lastJunk && HeadParser.looksLikeTitle(paragraphs.get(i), 0, false)
                        && !NUMBERED_PIECE.matcher(paragraphs.get(i).text()).lookingAt() ? i : 0;
            }
        }
        return 0;
    }
}
