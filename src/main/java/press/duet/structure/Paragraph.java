package press.duet.structure;

import java.util.Optional;
import press.duet.model.Lang;

/** A paragraph found in a draft: where it starts, its tidied text and its language, if it has one. */
record Paragraph(int line, String text, Optional<Lang> lang) {
    boolean isChinese() {
        return lang.map(Lang::isChinese).orElse(false);
    }

    boolean isEnglish() {
        return lang.map(l -> l == Lang.EN).orElse(false);
    }
}
