package press.duet.read.html;

import java.util.List;
import press.duet.model.Inline;

/**
 * A paragraph that is all bold and short, with no stop at its end, is a heading as a reader sees it:
 * pages set their subheadings so ({@code <p><strong>02</strong><strong>糟糕，被发现了</strong></p>}) more
 * often than with {@code h2}–{@code h6}. Read as a heading of the lowest level, it stands as a
 * section's heading and is never taken for a sentence of the paragraph beside it; a bold sentence
 * ("<b>Note:</b> …" with text after it, or a bold line that ends in a stop) stays a paragraph.
 */
final class BoldHeading {
    /** The level such a heading gets: below every heading the page marks as one. */
    static final int LEVEL = 6;
    private static final int MOST_HAN = 30;
    private static final int MOST_WORDS = 15;
    private static final String STOPS = "。！？.!?…;；:：";

    private BoldHeading() {
    }

    /** Whether the line is a bold heading: every inline with text in it is bold, and it is short, without a stop at its end. */
    static boolean is(List<Inline> line) {
        boolean bold = false;
        for (Inline inline : line) {
            if (inline instanceof Inline.Styled styled && styled.style() == Inline.Style.STRONG) {
                bold = true;
            } else if (!inline.text().isBlank()) {
                return false;
            }
        }
        String text = Inline.text(line).strip();
        if (!bold || text.isEmpty() || STOPS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        long han = text.codePoints().filter(press.duet.text.Scripts::isHan).count();
        return han > 0 ? han <= MOST_HAN : text.split("\\s+").length <= MOST_WORDS;
    }
}
