package press.duet.text;

import press.duet.model.Lang;

/**
 * A stretch of a paragraph in one language: [start, end) in UTF-16 indexes of the paragraph's text.
 * Spaces, digits and punctuation between two runs of the same language belong to that run.
 */
public record LanguageRun(Lang lang, int start, int end) {
    public String of(String text) {
        return text.substring(start, end);
    }
}
