package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.Scripts;

/**
 * A head run into the body on one line, as a copy that lost its line breaks gives it (a dataset viewer's
 * cell, an app's shared text): "美国决定… 2021年2月8日 美国东部标准时间上午07:12 林秋大使 拜登政府…" or "Title of
 * the Statement Mary Stone, Secretary of State The administration has …". Cut apart, the title, the date
 * line and the byline stand as the head lines they were, and the body begins where the byline ends.
 *
 * <p>In Chinese, which sets no spaces between words, a space marks where a line ended: the head is the
 * words before the body parted by spaces, a date and a byline among them. In English the byline shows the seam: a name
 * and an office after a comma, then a capitalised word that begins the body.
 */
final class RunOnHead {
    /** How many space-parted pieces a Chinese head may have before its date: a mark or two, the title. */
    private static final int MAX_PIECES_BEFORE_DATE = 5;
    private static final Pattern PIECE = Pattern.compile("\\S+");
    private static final String EN_OFFICES = "Secretary of State|Secretary-General|Secretary|Vice President|President|Ambassador"
            + "|Prime Minister|Premier|Minister|Senator|Governor|Mayor|Chairman|Chancellor|Spokesperson|Spokesman";
    /**
     * An English title, then a name of two words (three with an initial) and an office after a comma, then the
     * body's first word: "… Council Mary J. Stone, Secretary of State The …".
     */
    private static final Pattern ENGLISH = Pattern.compile(
            "^(.{12,200}?)\\s+([A-Z][a-z'’\\-]+\\s+(?:[A-Z]\\.\\s+)?[A-Z][a-z'’\\-]+,\\s+(?:the\\s+)?(?:U\\.S\\.\\s+)?(?:" + EN_OFFICES + ")"
                    + "(?:\\s+of\\s+(?:the\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?)\\s+(?=[A-Z][a-z])");

    /**
     * Prose inside a would-be title: a stop and a space, not an abbreviation's dot ("U.S. Decision"), or a
     * comma before a small word ("opened today, and"), as a sentence runs on and a headline does not.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z])[.!?;]\\s|,\\s+[a-z]");

    /** One paragraph cut into its head lines and body, with the page's marks before the title left out. */
    record Cut(List<Paragraph> paragraphs, String leftOut, int line) {
    }

    private RunOnHead() {
    }

    /** The paragraph cut into title, date line, byline and body; empty when it opens with no head so run on. */
    static Optional<Cut> of(Paragraph p) {
        if (HeadParser.looksLikeTitle(p, 0, false) || p.text().contains("\n")) {
            return Optional.empty();
        }
        return p.isChinese() ? chinese(p) : p.isEnglish() ? english(p) : Optional.empty();
    }

    private static Optional<Cut> chinese(Paragraph p) {
        String text = p.text();
        List<int[]> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find() && pieces.size() <= MAX_PIECES_BEFORE_DATE + 4) {
            pieces.add(new int[] {m.start(), m.end()});
        }
        int date = -1;
        for (int i = 1; i < pieces.size() - 1 && i <= MAX_PIECES_BEFORE_DATE; i++) {
            if (DateParser.line(piece(text, pieces.get(i))).isPresent()) {
                date = i;
                break;
            }
        }
        if (date < 0) {
            return Optional.empty();
        }
        // The title is the Chinese pieces just before the date; Latin words before it are the page's (a seal's alt text).
        int titleFrom = date;
        while (titleFrom > 0 && piece(text, pieces.get(titleFrom - 1)).codePoints().anyMatch(Scripts::isHan)) {
            titleFrom--;
        }
        int dateEnd = date;
        while (dateEnd + 1 < pieces.size() - 1
                && DateParser.line(text.substring(pieces.get(date)[0], pieces.get(dateEnd + 1)[1])).isPresent()) {
            dateEnd++;
        }
        int body = dateEnd + 1;
        boolean byline = body < pieces.size() - 1 && Byline.of(piece(text, pieces.get(body))).isPresent();
        // Chinese prose may set spaces around a date ("市政府在 2019年3月3日 宣布…"): a head also signs, the byline after its date.
        if (!byline || titleFrom == date) {
            return Optional.empty();
        }
        body++;
        if (body >= pieces.size()) {
            return Optional.empty();
        }
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {pieces.get(titleFrom)[0], pieces.get(date - 1)[1]});
        spans.add(new int[] {pieces.get(date)[0], pieces.get(dateEnd)[1]});
        spans.add(pieces.get(body - 1));
        spans.add(new int[] {pieces.get(body)[0], text.length()});
        String leftOut = text.substring(0, pieces.get(titleFrom)[0]).strip();
        return cut(p, spans, leftOut);
    }

    private static Optional<Cut> english(Paragraph p) {
        Matcher m = ENGLISH.matcher(p.text());
        if (!m.find() || HeadParser.endsLikeSentence(m.group(1)) || SENTENCE_END.matcher(m.group(1)).find()) {
            return Optional.empty();
        }
        List<int[]> spans = List.of(new int[] {0, m.end(1)}, new int[] {m.start(2), m.end(2)}, new int[] {m.end(), p.text().length()});
        return cut(p, spans, "");
    }

    private static Optional<Cut> cut(Paragraph p, List<int[]> spans, String leftOut) {
        List<Paragraph> parts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            parts.add(p.part(span[0], span[1], i == 0, i == spans.size() - 1));
        }
        Paragraph title = parts.get(0);
        if (title.lang().isEmpty() || !HeadParser.looksLikeTitle(title, 0, false)) {
            return Optional.empty();
        }
        return Optional.of(new Cut(parts, leftOut, p.line()));
    }

    private static String piece(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
