package press.duet.epub;

import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.Lang;
import press.duet.model.Para;

/**
 * Writes a chapter's notes at its end, as EPUB 3 footnotes: each an {@code aside} with
 * {@code epub:type="footnote"} and {@code role="doc-footnote"}, whose number links back to its
 * reference. The notes of each language are one block tagged with that language and classed like the
 * side of a pair (first, second), so that side by side each language's notes stand in its own column.
 *
 * <pre>{@code
 * NotesRenderer.write(xhtml, inlines, edition, notes);
 * }</pre>
 */
final class NotesRenderer {
    private NotesRenderer() {
    }

    static void write(Xhtml xhtml, InlineRenderer inlines, Edition edition, ChapterNotes notes) {
        if (notes.size() == 0) {
            return;
        }
        List<Lang> languages = edition.languages().stream().filter(lang -> !notes.of(lang.isChinese()).isEmpty()).toList();
        xhtml.start("div", "class", languages.size() == 1 && edition.bilingual() ? "notes alone" : "notes").newline();
        for (Lang lang : languages) {
            xhtml.start("div", "class", SideRenderer.role(edition, lang), "lang", lang.tag()).newline();
            // A note may refer to a further note, which is numbered while this one is written.
            for (int i = 0; i < notes.of(lang.isChinese()).size(); i++) {
                writeNote(xhtml, inlines, notes.of(lang.isChinese()).get(i));
            }
            xhtml.end("div").newline();
        }
        xhtml.end("div").newline();
    }

    private static void writeNote(Xhtml xhtml, InlineRenderer inlines, ChapterNotes.Entry entry) {
        xhtml.start("aside", "epub:type", "footnote", "role", "doc-footnote", "id", entry.noteId(), "class", "note")
                .newline();
        List<Para> paras = entry.note().content();
        for (int p = 0; p < paras.size(); p++) {
            xhtml.start("p");
            if (p == 0) {
                xhtml.start("a", "href", "#" + entry.refId(), "role", "doc-backlink", "class", "note-number")
                        .text(Integer.toString(entry.number())).end("a").text(" ");
            }
            inlines.write(paras.get(p), entry.lang());
            xhtml.end("p").newline();
        }
        xhtml.end("aside").newline();
    }
}
