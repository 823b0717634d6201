package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.model.SourceLine;
import press.duet.read.DraftBlock;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageIdentifier.Profile;
import press.duet.text.ReadingAnnotations;

/**
 * A paragraph found in a draft: where it starts, its tidied text and the profile of its text (its
 * language, if it has one, and the counts behind it). The text is read for its profile once, when the
 * paragraph is found: the later stages ask for the language, the mixed share, the variety and the
 * length again and again, and reading a long book's paragraphs anew each time cost more than the
 * stages' own work. Paragraphs joined into one add their profiles up.
 * <p>
 * Its markup rides along as {@link Marks} on the text's offsets, and the form its format gave it (a
 * list item, a quotation, code) as {@code form}; no decision reads either. Every way the stage makes a
 * paragraph of others ({@link #rewritten}, {@link #part}, {@link #joined}) carries them over.
 *
 * @param profile the {@link LanguageIdentifier#profile profile} of {@code text}
 * @param level   the heading level a format gave it (Markdown {@code #}), 0 for an ordinary paragraph
 * @param marks   its markup, {@link Marks#NONE} for plain text
 * @param form    the form its format gave it, or null for one read from the text (verse when it has
 *                line breaks, else a paragraph)
 */
record Paragraph(int line, String text, Profile profile, int level, Marks marks, Para.Form form) {
    Paragraph(int line, String text, Profile profile, int level) {
        this(line, text, profile, level, Marks.NONE, null);
    }

    Paragraph(int line, String text, Profile profile) {
        this(line, text, profile, 0);
    }

    /** A paragraph of the text, profiled here. */
    Paragraph(int line, String text) {
        this(line, text, LanguageIdentifier.profile(text));
    }

    /**
     * Line {@code i} of a block (a table row's cell {@code i}) as a paragraph of {@code text}, what the
     * line was made into (tidied, a label dropped), carrying the line's markup and the block's form
     * when its format gave them; a row's cells all start on the row's line.
     */
    static Paragraph ofLine(DraftBlock block, int i, String text, int level) {
        Profile profile = LanguageIdentifier.profile(text);
        int line = block.kind() == DraftBlock.Kind.ROW ? block.line() : block.line() + i;
        if (block.rich() == null) {
            return new Paragraph(line, text, profile, level);
        }
        String raw = block.lines().get(i);
        Marks marks = Marks.of(block.rich().lines().get(i)).follow(raw, text);
        Para.Form form = block.rich().form().equals(Para.Form.PARAGRAPH) ? null : block.rich().form();
        return new Paragraph(line, text, profile, level, marks, form);
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
        return new Paragraph(line, text, profile, newLevel, marks, form);
    }

    /** The same paragraph with its text rewritten (tidied, a label dropped), profiled anew, its marks following. */
    Paragraph rewritten(String newText) {
        return rewritten(newText, LanguageIdentifier.profile(newText));
    }

    Paragraph rewritten(String newText, Profile newProfile) {
        return new Paragraph(line, newText, newProfile, level, marks.follow(text, newText), form);
    }

    /**
     * The characters from {@code start} to {@code end} as a paragraph of their own, as when a line
     * holding a sentence and its translation is cut in two.
     *
     * @param first whether no part comes before it (the notes before {@code start} go with it)
     * @param last  whether no part comes after it (the notes after {@code end} go with it)
     */
    Paragraph part(int start, int end, boolean first, boolean last) {
        String partText = text.substring(start, end);
        return new Paragraph(line, partText, LanguageIdentifier.profile(partText), level,
                marks.slice(start, end, first, last), form);
    }

    /** The text the aligner weighs: a Chinese text's bracketed pinyin readings ("總統(tǒng)") taken out. */
    String alignerText() {
        return ReadingAnnotations.strip(text);
    }

    /** The same paragraph said to start on another line of its file. */
    Paragraph onLine(int newLine) {
        return new Paragraph(newLine, text, profile, level, marks, form);
    }

    /** This paragraph and the next one made into one text (their lines joined as the caller chose). */
    Paragraph joined(Paragraph next, String joinedText) {
        Marks both = marks.isEmpty() && next.marks.isEmpty() ? Marks.NONE
                : marks.plus(next.marks, text.length()).follow(text + next.text, joinedText);
        return new Paragraph(line, joinedText, profile.plus(next.profile), level, both, form);
    }

    /** The same paragraph without its note references, for a copy of a text whose notes go with the other. */
    Paragraph withoutNotes() {
        return new Paragraph(line, text, profile, level, marks.withoutNotes(), form);
    }

    /**
     * One side of a pair made of paragraphs of {@code file}: one model paragraph each, so that several
     * paragraphs aligned to one on the other side stay several.
     */
    static press.duet.model.Segment side(Lang lang, List<Paragraph> paragraphs, String file) {
        List<Para> paras = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            paras.add(p.toPara(file));
        }
        return new press.duet.model.Segment(lang, paras);
    }

    static press.duet.model.Segment side(Lang lang, Paragraph paragraph, String file) {
        return new press.duet.model.Segment(lang, List.of(paragraph.toPara(file)));
    }

    /** The model's paragraph: its form, its rich content, and its place in {@code file}. */
    Para toPara(String file) {
        Para.Form kind = form != null ? form : text.indexOf('\n') >= 0 ? Para.Form.VERSE : Para.Form.PARAGRAPH;
        SourceLine source = new SourceLine(file, Math.max(0, line));
        if (marks.isEmpty()) {
            return new Para(kind, Para.plain(text).content(), source);
        }
        return new Para(kind, marks.inlines(text), source);
    }
}
