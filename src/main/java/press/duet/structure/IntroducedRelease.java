package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.report.Dropped;

/**
 * The head of a release printed under a page's introduction to it: a news site opens with a paragraph
 * of its own ("1月14日，…发表讲话。以下是讲话中译文。") and then gives the release as issued — its office,
 * date, speaker, title, place and hall on lines of their own. The page furniture drops those head lines;
 * a title-like line standing among them, furniture right after it and right before it (or the
 * introduction before it), is the release's title line. The introduction stays the text's: it is a
 * paragraph the page translated or not, as the page gives it.
 */
final class IntroducedRelease {
    /** A release's head gives more than one line of its own besides its title: an office, a date, a place. */
    private static final int MIN_HEAD_LINES = 2;

    private IntroducedRelease() {
    }

    /**
     * The indexes of the release's title lines among {@code paragraphs}, the first after the introduction
     * at {@code introduction}; empty when no release head stands under it.
     *
     * @param dropped the lines the page furniture dropped from this input
     */
    static List<Integer> titleLines(List<Paragraph> paragraphs, int introduction, List<Dropped> dropped) {
        if (introduction + 1 >= paragraphs.size() || HeadParser.looksLikeTitle(paragraphs.get(introduction), 0, false)) {
            return List.of();
        }
        List<Integer> titles = new ArrayList<>();
        for (int k = introduction + 1; k + 1 < paragraphs.size() && k <= introduction + HeadParser.HEAD_WINDOW; k++) {
            Paragraph p = paragraphs.get(k);
            boolean above = k == introduction + 1 || droppedBetween(dropped, paragraphs.get(k - 1).line(), p.line()) > 0;
            boolean below = droppedBetween(dropped, p.line(), paragraphs.get(k + 1).line()) > 0;
            if (!above || !below || p.lang().isEmpty() || p.level() > 0 || ChapterHeadings.isHeading(p)
                    || !HeadParser.looksLikeTitle(p, 0, false) || Byline.of(p.text()).isPresent()) {
                break;
            }
            titles.add(k);
        }
        if (titles.isEmpty()) {
            return List.of();
        }
        int bodyLine = paragraphs.get(titles.get(titles.size() - 1) + 1).line();
        return droppedBetween(dropped, paragraphs.get(introduction).line(), bodyLine) >= MIN_HEAD_LINES ? titles : List.of();
    }

    /**
     * How many dropped lines stand between two lines of the file. Two paragraphs on one line (a text that
     * lost its line breaks, cut back into its lines) have between them whatever was dropped from that line.
     */
    private static int droppedBetween(List<Dropped> dropped, int after, int before) {
        int count = 0;
        for (Dropped d : dropped) {
            int line = d.place().line();
            if (line > after && line < before || after == before && line == after) {
                count++;
            }
        }
        return count;
    }
}
