package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.Note;

/**
 * The notes of one chapter, numbered from 1 in each language as their references are set, to be set
 * at the foot of their pages or as endnotes after the chapter's last block: a Chinese side's notes in Chinese, an English side's in
 * English, each under its own numbers, so the notes of a pair and of its translation carry the same
 * numbers when both have them.
 */
final class ChapterNotes {
    /** A note with the number its reference carries. */
    record Numbered(int number, Note note) {
    }

    private final List<Numbered> chinese = new ArrayList<>();
    private final List<Numbered> english = new ArrayList<>();

    /** The numbering of one language's references. */
    InlineRuns.NoteNumbers of(boolean isChinese) {
        List<Numbered> notes = isChinese ? chinese : english;
        return note -> {
            notes.add(new Numbered(notes.size() + 1, note));
            return notes.size();
        };
    }

    /** One language's notes numbered so far: how many references of it have been set. */
    int count(boolean isChinese) {
        return (isChinese ? chinese : english).size();
    }

    /** One language's notes from the {@code from}th on, in the order of their references. */
    List<Numbered> since(boolean isChinese, int from) {
        List<Numbered> notes = isChinese ? chinese : english;
        return List.copyOf(notes.subList(from, notes.size()));
    }

    List<Numbered> chinese() {
        return chinese;
    }

    List<Numbered> english() {
        return english;
    }

    boolean isEmpty() {
        return chinese.isEmpty() && english.isEmpty();
    }
}
