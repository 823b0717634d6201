package press.duet.structure;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import press.duet.model.BilingualText;

/**
 * What the chapters of two files tell the aligner of their paragraphs, taken in order: where a
 * chapter or a section starts (no bead takes paragraphs on both sides of a heading: a heading ends
 * what comes before it, in a translation as in its original), and which paragraphs stand apart as
 * titles do (a section heading, which faces a heading or nothing; one that says only its number, as
 * Chapter 5. does, faces only a paragraph with that number), and which translate nothing (a
 * translator's argument of a chapter, {@link ChapterArguments}).
 *
 * <pre>{@code
 * AlignmentInput.Bounds bounds = ChapterBounds.of(zhChapters, enChapters, bookTitle, arguments);
 * }</pre>
 */
final class ChapterBounds {
    private ChapterBounds() {
    }

    /**
     * @param arguments the translator's arguments of the English chapters (the paragraphs themselves)
     */
    static AlignmentInput.Bounds of(List<ChapterText> zh, List<ChapterText> en, BilingualText bookTitle,
                                    Set<Paragraph> arguments) {
        BitSet zhStarts = new BitSet();
        BitSet zhApart = new BitSet();
        BitSet enStarts = new BitSet();
        BitSet enApart = new BitSet();
        BitSet enNotes = new BitSet();
        BitSet zhNumbers = new BitSet();
        BitSet enNumbers = new BitSet();
        mark(zh, bookTitle, Set.of(), true, zhStarts, zhApart, new BitSet(), zhNumbers);
        mark(en, bookTitle, arguments, false, enStarts, enApart, enNotes, enNumbers);
        return new AlignmentInput.Bounds(zhStarts, enStarts, zhApart, enApart, enNotes, zhNumbers, enNumbers);
    }

    private static void mark(List<ChapterText> chapters, BilingualText bookTitle, Set<Paragraph> arguments,
                             boolean chinese, BitSet starts, BitSet apart, BitSet notes, BitSet numbers) {
        int at = 0;
        for (ChapterText chapter : chapters) {
            if (!chapter.title().equals(bookTitle)) {
                starts.set(at);
            }
            for (Paragraph p : chapter.paragraphs()) {
                if (p.isMarkedHeading()) {
                    starts.set(at);
                    apart.set(at);
                    numbers.set(at, ChapterFeatures.onlyNumbering(p.text(), chinese) && !Anchors.of(p.text()).numbers().isEmpty());
                }
                if (arguments.contains(p)) {
                    notes.set(at);
                }
                at++;
            }
        }
    }
}
