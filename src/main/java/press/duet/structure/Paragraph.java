package press.duet.structure;

import java.util.Optional;
import press.duet.model.Lang;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageIdentifier.Profile;

/**
 * A paragraph found in a draft: where it starts, its tidied text and the profile of its text (its
 * language, if it has one, and the counts behind it). The text is read for its profile once, when the
 * paragraph is found: the later stages ask for the language, the mixed share, the variety and the
 * length again and again, and reading a long book's paragraphs anew each time cost more than the
 * stages' own work. Paragraphs joined into one add their profiles up.
 *
 * @param profile the {@link LanguageIdentifier#profile profile} of {@code text}
 * @param level   the heading level a format gave it (Markdown {@code #}), 0 for an ordinary paragraph
 */
record Paragraph(int line, String text, Profile profile, int level) {
    Paragraph(int line, String text, Profile profile) {
        this(line, text, profile, 0);
    }

    /** A paragraph of the text, profiled here. */
    Paragraph(int line, String text) {
        this(line, text, LanguageIdentifier.profile(text));
    }

    /** The language that carries the paragraph, or empty when it has no letters. */
    Optional<Lang> lang() {
        return profile.lang();
    }

    boolean isChinese() {
        return profile.lang().isPresent() && profile.lang().get().isChinese();
    }

    boolean isEnglish() {
        return profile.lang().isPresent() && profile.lang().get() == Lang.EN;
    }

    boolean isMarkedHeading() {
        return level > 0;
    }

    /** The same paragraph at another heading level (0: an ordinary paragraph). */
    Paragraph atLevel(int newLevel) {
        return new Paragraph(line, text, profile, newLevel);
    }
}
