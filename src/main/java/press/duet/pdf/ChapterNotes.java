package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.Note;

/**
 * The notes of one chapter, numbered from 1 as their references are set, to be set at the foot of
 * their pages or as endnotes after the chapter's last block; a Chinese side's notes in Chinese, an
 * English side's in English. Where each language has a column (or page) of its own, each language's
 * references are numbered on their own, so a reader of one column meets 1, 2, 3 and the notes of a
 * pair and of its translation carry the same numbers; where both languages share a column
 * (interleaved) the chapter's references make one sequence, so no page shows the same number twice.
 */
final class ChapterNotes {
    /** A note with the number its reference carries, and whether it is the Chinese side's. */
    record Numbered(int number, Note note, boolean chinese) {
    }

    private final List<Numbered> chinese = new ArrayList<>();
    private final List<Numbered> english = new ArrayList<>();
    private final boolean oneSequence;
    private int numbered;

    /** @param oneSequence whether both languages' references share one sequence of numbers */
    ChapterNotes(boolean oneSequence) {
        this.oneSequence = oneSequence;
    }

    /** The numbering of one language's references. */
    InlineRuns.NoteNumbers of(boolean isChinese) {
        List<Numbered> notes = isChinese ? chinese : english;
        return note -> {
            numbered++;
            int number = oneSequence ? numbered : notes.size() + 1;
            notes.add(new Numbered(number, note, isChinese));
            return number;
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

    /** Whether both languages' references share one sequence of numbers. */
    boolean oneSequence() {
        return oneSequence;
    }

    /**
     * The notes in the order of their numbers, cut where the language changes: one run per language
     * when each has its own numbers, else as many as the sequence changes language.
     */
    List<List<Numbered>> runs(boolean chineseFirst) {
        List<Numbered> all = new ArrayList<>();
        all.addAll(chineseFirst ? chinese : english);
        all.addAll(chineseFirst ? english : chinese);
        if (oneSequence) {
            all.sort(java.util.Comparator.comparingInt(Numbered::number));
        }
        List<List<Numbered>> runs = new ArrayList<>();
        List<Numbered> run = new ArrayList<>();
        for (Numbered note : all) {
            if (!run.isEmpty() && run.get(0).chinese() != note.chinese()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(note);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    boolean isEmpty() {
        return chinese.isEmpty() && english.isEmpty();
    }
}
