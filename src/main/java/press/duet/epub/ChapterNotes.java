package press.duet.epub;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import press.duet.model.Lang;
import press.duet.model.Note;

/**
 * The notes of one chapter, numbered from 1 in each language: a note belongs to the side whose text
 * refers to it, so a reader of either language counts 1, 2, 3. The notes are set at the chapter's end
 * as EPUB 3 footnotes in the same file as their references, which is what Kindle, Apple Books and Kobo
 * need to show them as pop-ups.
 *
 * <pre>{@code
 * ChapterNotes notes = new ChapterNotes(3);
 * ChapterNotes.Entry first = notes.add(note, Lang.EN); // "c3-note-en1", referred to from "c3-ref-en1"
 * }</pre>
 */
final class ChapterNotes {
    /** A note as numbered in its chapter, with the ids of the note and of its reference. */
    record Entry(Note note, Lang lang, int number, String noteId, String refId) {
    }

    private final int chapter;
    private final List<Entry> chinese = new ArrayList<>();
    private final List<Entry> english = new ArrayList<>();

    ChapterNotes(int chapter) {
        this.chapter = chapter;
    }

    /** Numbers a note referred to from a side in the given language. */
    Entry add(Note note, Lang lang) {
        List<Entry> notes = lang.isChinese() ? chinese : english;
        String code = lang.isChinese() ? "zh" : "en";
        int number = notes.size() + 1;
        Entry entry = new Entry(note, lang, number, "c" + chapter + "-note-" + code + number,
                "c" + chapter + "-ref-" + code + number);
        notes.add(entry);
        return entry;
    }

    /**
     * The notes of one language in the order of their references; a note referred to in a note comes
     * last. The list is a live view: a note numbered while these are written joins its end.
     */
    List<Entry> of(boolean isChinese) {
        return Collections.unmodifiableList(isChinese ? chinese : english);
    }

    /** How many notes have been numbered so far, in both languages. */
    int size() {
        return chinese.size() + english.size();
    }
}
