package press.duet.epub;

import java.util.List;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.model.SourceLine;

/**
 * Writes a paragraph's inlines as XHTML, one small case per kind of inline: {@code em}, {@code strong},
 * {@code sup}, {@code sub}, {@code s}, {@code code}, {@code a href}, {@code br}, note references,
 * {@code span lang} and {@code ruby} with its {@code rp} fallbacks. A note reference numbers its note in
 * the chapter's {@link ChapterNotes}, under the language of the side it is on.
 *
 * <pre>{@code
 * new InlineRenderer(xhtml, notes, warnings).write(para.content(), Lang.EN);
 * }</pre>
 */
final class InlineRenderer {
    private final Xhtml xhtml;
    private final ChapterNotes notes;
    private final List<String> warnings;
    private String place = "";
    private SourceLine source = SourceLine.NONE;

    /** @param warnings where what cannot be written as it is (an in-book link with no target) is reported */
    InlineRenderer(Xhtml xhtml, ChapterNotes notes, List<String> warnings) {
        this.xhtml = xhtml;
        this.notes = notes;
        this.warnings = warnings;
    }

    /** Where the inlines written next are in the book, for warnings when their source is unknown. */
    void place(String place) {
        this.place = place;
        this.source = SourceLine.NONE;
    }

    /** The paragraph the inlines written next come from, which warnings name when it is known. */
    void source(SourceLine source) {
        this.source = source;
    }

    /** Writes a paragraph's inlines, on a side in the given language. */
    void write(Para para, Lang side) {
        source(para.source());
        write(para.content(), side);
    }

    /** Writes inlines of a side in the given language (the language its notes belong to). */
    void write(List<Inline> content, Lang side) {
        for (Inline inline : content) {
            write(inline, side);
        }
    }

    private void write(Inline inline, Lang side) {
        switch (inline) {
            case Inline.Text text -> xhtml.text(text.value());
            case Inline.Styled styled -> {
                String element = element(styled.style());
                xhtml.start(element);
                write(styled.content(), side);
                xhtml.end(element);
            }
            case Inline.Code code -> xhtml.start("code").text(code.value()).end("code");
            case Inline.Link link -> link(link, side);
            case Inline.LineBreak ignored -> {
                if (xhtml.preformatted()) {
                    xhtml.text("\n");
                } else {
                    xhtml.empty("br");
                }
            }
            case Inline.NoteRef ref -> {
                ChapterNotes.Entry entry = notes.add(ref.note(), side);
                xhtml.start("sup", "class", "noteref")
                        .start("a", "epub:type", "noteref", "role", "doc-noteref", "href", "#" + entry.noteId(),
                                "id", entry.refId())
                        .text(Integer.toString(entry.number())).end("a").end("sup");
            }
            case Inline.Span span -> {
                xhtml.start("span", "lang", span.lang().tag());
                write(span.content(), side);
                xhtml.end("span");
            }
            case Inline.Ruby ruby -> xhtml.start("ruby").text(ruby.base())
                    .start("rp").text("(").end("rp")
                    .start("rt").text(ruby.annotation()).end("rt")
                    .start("rp").text(")").end("rp").end("ruby");
        }
    }

    private static String element(Inline.Style style) {
        return switch (style) {
            case EMPHASIS -> "em";
            case STRONG -> "strong";
            case SUPERSCRIPT -> "sup";
            case SUBSCRIPT -> "sub";
            // Text struck through as the source shows it, not an edit: s rather than del.
            case STRIKETHROUGH -> "s";
        };
    }

    /**
     * A web or mail link as it is. An in-book target names an anchor of its source, which the book does
     * not carry: its words are kept without the link, and a warning says so (a dangling fragment would
     * be an EPUBCheck error and a dead link in every reader).
     */
    private void link(Inline.Link link, Lang side) {
        if (link.target().startsWith("#")) {
            String where = source.line() > 0 ? source.file() + ":" + source.line() : place;
            warnings.add(where + ": the link to " + link.target() + " points inside its source, which the EPUB does"
                    + " not keep; its words are kept without the link");
            write(link.content(), side);
            return;
        }
        xhtml.start("a", "href", link.target());
        write(link.content(), side);
        xhtml.end("a");
    }
}
