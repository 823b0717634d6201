package press.duet.structure;

import java.util.List;
import press.duet.text.DisplayColumns;

/**
 * Title lines a page gives more than once: its heading and the title again ("Title" / "Title"), a
 * shortened headline over the title given twice, and a listing's numbered line over the title it
 * restates ("第一篇:标题" / "标题"). The head keeps one copy as the title and lists the others as notes.
 */
final class RepeatedTitle {
    private RepeatedTitle() {
    }

    /**
     * Whether the paragraph is a title line given twice: the next paragraph is the very same line, or
     * the paragraph is the title line found before it (a page prints its heading and its title).
     */
    static boolean isRepeated(List<Paragraph> paragraphs, int index) {
        Paragraph p = paragraphs.get(index);
        String text = p.text().strip();
        if (!DisplayColumns.fit(text, HeadParser.MAX_TITLE_COLUMNS) || text.isEmpty() || HeadParser.endsLikeSentence(text)) {
            return false;
        }
        boolean next = index + 1 < paragraphs.size() && paragraphs.get(index + 1).text().strip().equals(text);
        boolean before = paragraphs.subList(0, index).stream().anyMatch(q -> q.text().strip().equals(text));
        return next || before;
    }

    /**
     * Whether the next paragraph is this one without the numbering, label or series name a page puts
     * before a piece it lists ("第一篇:标题(中英对照)" over "标题(中英对照)"): the line is a restatement.
     */
    static boolean restatedBelow(List<Paragraph> paragraphs, int index) {
        if (index + 1 >= paragraphs.size()) {
            return false;
        }
        String text = paragraphs.get(index).text().strip();
        String next = paragraphs.get(index + 1).text().strip();
        String bare = HeadParser.titleLine(text).text();
        return !text.equals(next) && bare.length() >= 2 && bare.equals(HeadParser.titleLine(next).text())
                && DisplayColumns.fit(text, HeadParser.MAX_TITLE_COLUMNS);
    }
}
