package press.duet.structure;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A translator's argument of each chapter: the line an old translation of a classic puts between a
 * chapter's heading and its text to say what the chapter is about (Legge's "The sum of the whole
 * work." under "Chapter 1." of the 中庸, "How a ruler may best take satisfaction for losses …" under
 * a chapter of Mencius). It is his note, not a translation: it has no partner in the original, and
 * gluing it to the chapter's first paragraph pairs the original with a note. It is known by its place
 * and its form, and only as a habit of the whole edition: the first paragraph of a headed chapter
 * that has text after it, short (at most {@value #MOST_SENTENCES} sentences and {@value #MOST_WORDS}
 * words), neither speech (no quotation marks) nor a numbered verse, in at least two chapters and in
 * at least two thirds of the headed chapters (and sections) that have text, and only in a translation
 * that heads more chapters than its original. One short first line proves nothing; an edition that
 * adds headings to its original and opens nearly every chapter so has a translator's apparatus.
 *
 * <pre>{@code
 * Set<Paragraph> notes = ChapterArguments.of(englishChapters, chineseChapters, bookTitle);
 * }</pre>
 */
final class ChapterArguments {
    private static final int MOST_SENTENCES = 2;
    private static final int MOST_WORDS = 40;
    /** Speech, quoted: a quotation mark at a word's edge. */
    private static final Pattern QUOTED = Pattern.compile("[\"“”‘「『]|(?:^|\\s)'|'(?:\\s|$)");
    /** A numbered verse or section: 1. …, 5,6. …, (2) …, IV. …. */
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(?:\\d+(?:[,-]\\d+)*|[IVXLC]+)[.):]\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)");

    private ChapterArguments() {
    }

    /**
     * The arguments among the chapters' paragraphs (the paragraphs themselves, not equal ones); empty
     * when the edition has no such habit.
     *
     * @param bookTitle the title the text before any heading carries: that text has no heading
     */
    /**
     * The arguments among a translation's chapters' paragraphs (the paragraphs themselves, not equal
     * ones), empty when the edition has no such habit; looked for only when the translation heads more chapters and sections than its original does:
     * arguments come with the headings a translator adds to a text that runs on without them (Legge's
     * "Chapter 1." over the 中庸), never where each heading has its original's, as 第一章 and Chapter 1
     * over the first line of a story.
     */
    static Set<Paragraph> of(List<ChapterText> chapters, List<ChapterText> original, press.duet.model.BilingualText bookTitle) {
        if (headings(chapters, bookTitle) <= headings(original, bookTitle)) {
            return Set.of();
        }
        Set<Paragraph> found = Collections.newSetFromMap(new IdentityHashMap<>());
        int candidates = 0;
        for (ChapterText chapter : chapters) {
            // A chapter's heading, and each section heading inside it, opens a run of text.
            boolean headed = !chapter.title().equals(bookTitle);
            List<Paragraph> run = new java.util.ArrayList<>();
            for (Paragraph p : chapter.paragraphs()) {
                if (p.isMarkedHeading()) {
                    candidates += argued(headed, run, found);
                    run.clear();
                    headed = true;
                } else {
                    run.add(p);
                }
            }
            candidates += argued(headed, run, found);
        }
        return found.size() >= 2 && 3 * found.size() >= 2 * candidates ? found : Set.of();
    }

    /** The headed chapters and the section headings inside the chapters. */
    private static int headings(List<ChapterText> chapters, press.duet.model.BilingualText bookTitle) {
        int headings = 0;
        for (ChapterText chapter : chapters) {
            headings += chapter.title().equals(bookTitle) ? 0 : 1;
            headings += (int) chapter.paragraphs().stream().filter(Paragraph::isMarkedHeading).count();
        }
        return headings;
    }

    /**
     * 1 when a run of text counts (headed, with text), its first paragraph added to {@code found} when
     * it reads as an argument and text follows it; else 0.
     */
    private static int argued(boolean headed, List<Paragraph> run, Set<Paragraph> found) {
        if (!headed || run.isEmpty()) {
            return 0;
        }
        if (run.size() >= 2 && readsAsArgument(run.get(0).text())) {
            found.add(run.get(0));
        }
        return 1;
    }

    /** Short, one or two sentences, neither speech nor a numbered verse. */
    static boolean readsAsArgument(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.indexOf('\n') >= 0 || QUOTED.matcher(t).find() || NUMBERED.matcher(t).find()) {
            return false;
        }
        long han = t.codePoints().filter(press.duet.text.Scripts::isHan).count();
        if (han > 0 || t.split("\\s+").length > MOST_WORDS) {
            return false;
        }
        long sentences = SENTENCE_END.matcher(t).results().count();
        return sentences <= MOST_SENTENCES;
    }
}
