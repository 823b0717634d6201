package press.duet.structure;

import java.util.regex.Pattern;

/**
 * A paragraph that ends by announcing the text after it, as an editor's introduction does: "…上发表讲话。
 * 以下是讲话中译文，由…翻译。", "… Following is the full text of the address." It belongs to the page, not to
 * the speech, so a translation never renders it together with the speech's first paragraph: on its side
 * of a bead it stands alone, as a title does.
 *
 * <pre>{@code
 * boolean introduces = LeadIn.announcesWhatFollows("他在会上发表讲话。以下是讲话全文。");  // true
 * }</pre>
 */
final class LeadIn {
    /** The last sentence says that the text, its translation or an excerpt of it follows. */
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "^(?:以下|下面)(?:是|为|為|就是)[^。！？]{0,40}"
                    + "(?:全文|原文|译文|譯文|中译文|中譯文|英译文|英譯文|讲话|講話|演讲|演講|致辞|致辭|发言|發言|摘要|节选|節選)"
                    + "[^。！？]{0,60}[。:：]?$"
                    + "|^(?i:following|below) (?:is|are) (?:the |an? )?(?:full |complete |official )?"
                    + "(?i:text|transcript|translation|excerpts?)\\b[^.!?]{0,160}[.:]$");
    /** An announcement is one short sentence. */
    private static final int MOST_CHARACTERS = 200;

    private LeadIn() {
    }

    /** Whether the paragraph's last sentence, or a Chinese sentence's last clause, announces the text that follows it. */
    static boolean announcesWhatFollows(String text) {
        String paragraph = text.strip();
        return announces(paragraph, false) || announces(paragraph, true);
    }

    /** Whether the paragraph's last sentence (or, with {@code clause}, its last Chinese clause) is an announcement. */
    private static boolean announces(String paragraph, boolean clause) {
        int end = paragraph.length() - 1;
        int start = end;
        while (start > 0 && end - start <= MOST_CHARACTERS && !endsSentence(paragraph, start - 1, clause)) {
            start--;
        }
        if (end < 0 || end - start > MOST_CHARACTERS) {
            return false;
        }
        return ANNOUNCEMENT.matcher(paragraph.substring(start).strip()).find();
    }

    /**
     * Whether a sentence ends at this character (。！？；, or . ! ? before a space) or, with {@code clause}, a
     * Chinese clause does (，, a comma after Chinese): the announcement may be the last clause, "…发表讲话,以下为致辞全文:".
     */
    private static boolean endsSentence(String text, int i, boolean clause) {
        char c = text.charAt(i);
        return "。！？；".indexOf(c) >= 0 || ".!?".indexOf(c) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == ' '
                || clause && (c == '，' || c == ',' && i > 0 && text.charAt(i - 1) > 0x2E80);
    }
}
