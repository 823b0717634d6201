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

    /**
     * The paragraph as its title and the head lines under it, each a paragraph of its own; the
     * paragraph alone when it is no such head. The head lines are the last ones, every one a date line
     * or a byline ("Speech at the Consular Corps Dinner" / "by Mr Donald Tsang, …" / "February 15, 2012").
     */
    private static List<Paragraph> titleAndHeadLine(Paragraph p) {
        String text = p.text();
        if (text.indexOf('\n') <= 0) {
            return List.of(p);
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        int lines = starts.size();
        // The first line from which every line down to the last is a head line.
        int headFrom = lines;
        while (headFrom > 1 && isHeadLine(line(text, starts, headFrom - 1))) {
            headFrom--;
        }
        if (headFrom == lines || headFrom > MAX_TITLE_LINES) {
            return List.of(p);
        }
        int titleEnd = starts.get(headFrom) - 1;
        StringBuilder title = new StringBuilder();
        for (String line : text.substring(0, titleEnd).split("\n")) {
            String part = line.strip();
            if (part.isEmpty() || HeadParser.isHeadLine(part) || HeadParser.endsLikeSentence(part)
                    || !DisplayColumns.fit(part, HeadParser.MAX_NOTE_COLUMNS) || part.matches(".*[，。！？；].*")) {
                return List.of(p);
            }
            boolean hanJoint = !title.isEmpty() && Scripts.isHan(title.codePointBefore(title.length())) && Scripts.isHan(part.codePointAt(0));
            title.append(title.isEmpty() || hanJoint ? "" : " ").append(part);
        }
        Paragraph titlePart = p.part(0, titleEnd, true, false).rewritten(title.toString());
        // Only a Chinese title is broken over lines: English lines under a title are its place and
        // occasion ("Beijing, China"); one English title line over its head lines is a title.
        if (headFrom > 1 && !titlePart.isChinese() || !HeadParser.looksLikeTitle(titlePart, 0, false)) {
            return List.of(p);
        }
        List<Paragraph> out = new ArrayList<>();
        out.add(titlePart);
        for (int k = headFrom; k < lines; k++) {
            int from = starts.get(k);
            int to = k + 1 < lines ? starts.get(k + 1) - 1 : text.length();
            Paragraph linePart = p.part(from, to, false, k == lines - 1);
            out.add(new Paragraph(p.line() + k, linePart.text(), linePart.profile(), 0, linePart.marks(), null));
        }
        return out;
    }

    private static String line(String text, List<Integer> starts, int k) {
        return text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) - 1 : text.length());
    }

    /** A line of the head under a title: a date line or a byline, as written (no white space at its ends). */
    private static boolean isHeadLine(String line) {
        return !line.isBlank() && line.equals(line.strip()) && HeadParser.isHeadLine(line);
    }
}
