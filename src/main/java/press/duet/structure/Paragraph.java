package press.duet.structure;

import java.util.Optional;
import press.duet.model.Lang;

/**
 * A paragraph found in a draft: where it starts, its tidied text and its language, if it has one.
 *
 * @param level the heading level a format gave it (Markdown {@code #}), 0 for an ordinary paragraph
 */
record Paragraph(int line, String text, Optional<Lang> lang, int level) {
    Paragraph(int line, String text, Optional<Lang> lang) {
        this(line, text, lang, 0);
    }

    boolean isChinese() {
        return lang.map(Lang::isChinese).orElse(false);
    }

    boolean isEnglish() {
        return lang.map(l -> l == Lang.EN).orElse(false);
    }

    boolean isMarkedHeading() {
        return level > 0;
    }
}
