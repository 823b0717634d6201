package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * A head whose lines a copy runs together into one paragraph: a Chinese title broken over two lines above its
 * dateline or byline, consecutive lines of one language, which the paragraph splitter keeps as verse
 * ("美國駐中華人民共和國大使" / "林秋在官邸媒體見面會的講話" / "2011年8月14日中國,北京"). Cut apart, the title lines
 * make one title and the date line stands as a head line of its own, as the page prints them.
 */
final class JoinedHeadLines {
    /** A title is broken over a few lines at most. */
    private static final int MAX_TITLE_LINES = 3;

    private JoinedHeadLines() {
    }

    /** The paragraphs with each such head paragraph among the opening ones cut into its title and its head line. */
    static List<Paragraph> cut(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size() + 1);
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (i < HeadParser.HEAD_WINDOW && p.level() == 0) {
                out.addAll(titleAndHeadLine(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The paragraph as its title and its last line, a date line or byline; the paragraph alone when it is no such head. */
    private static List<Paragraph> titleAndHeadLine(Paragraph p) {
        String text = p.text();
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak <= 0) {
            return List.of(p);
        }
        String[] titleLines = text.substring(0, lastBreak).split("\n");
        String last = text.substring(lastBreak + 1);
        if (titleLines.length > MAX_TITLE_LINES || last.isBlank() || !last.equals(last.strip()) || !HeadParser.isHeadLine(last)) {
            return List.of(p);
        }
        StringBuilder title = new StringBuilder();
        for (String line : titleLines) {
            String part = line.strip();
            if (part.isEmpty() || HeadParser.isHeadLine(part) || HeadParser.endsLikeSentence(part)
                    || !DisplayColumns.fit(part, HeadParser.MAX_NOTE_COLUMNS) || part.matches(".*[，。！？；].*")) {
                return List.of(p);
            }
            boolean hanJoint = !title.isEmpty() && Scripts.isHan(title.codePointBefore(title.length())) && Scripts.isHan(part.codePointAt(0));
            title.append(title.isEmpty() || hanJoint ? "" : " ").append(part);
        }
        Paragraph titlePart = p.part(0, lastBreak, true, false).rewritten(title.toString());
        // Only a Chinese title is so broken: English lines under a title are its place and occasion ("Beijing, China").
        if (!titlePart.isChinese() || !HeadParser.looksLikeTitle(titlePart, 0, false)) {
            return List.of(p);
        }
        Paragraph linePart = p.part(lastBreak + 1, text.length(), false, true);
        Paragraph headLine = new Paragraph(p.line() + titleLines.length, linePart.text(), linePart.profile(), 0,
                linePart.marks(), null);
        return List.of(titlePart, headLine);
    }
}
