package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.Numerals;

/**
 * Cuts a chapter's paragraphs into its numbered sections, so that two translations can be matched
 * section by section ({@link ChapterMatcher}) before their paragraphs are aligned: a section opens at
 * a section heading that carries a number (Legge's CHAP. II. inside BOOK I) or at a paragraph that is
 * nothing but a passage number ([1.2], 1.2, (2), 【二】), as editions of the 論語 number its sayings.
 * The section's opening paragraph stays its first, to be aligned with the other side's.
 *
 * <pre>{@code
 * List<ChapterText> sections = NumberedSections.of(chapter.paragraphs());
 * }</pre>
 */
final class NumberedSections {
    /** A passage number standing alone: [1.2], 1.2, (2), （二）, 【二】; the last part is the section's. */
    private static final Pattern PASSAGE_NUMBER = Pattern.compile(
            "^[\\[【（(〔]?\\s*(?:\\d+\\s*[.．:：]\\s*)*(\\d+|[一二三四五六七八九十百]+)\\s*[\\]】）)〕]?$");

    private NumberedSections() {
    }

    /**
     * The sections, each numbered (-1 for the text before the first); a single section when the
     * paragraphs number none.
     */
    static List<ChapterText> of(List<Paragraph> paragraphs) {
        return of(paragraphs, true);
    }

    /**
     * @param passageNumbers whether a paragraph that is only a passage number ([1.2]) opens a section;
     *                       else only section headings do (in a text that has them, a bare [17.1] is
     *                       a page's or an edition's marker, not a section)
     */
    static List<ChapterText> of(List<Paragraph> paragraphs, boolean passageNumbers) {
        List<ChapterText> sections = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        int number = -1;
        for (Paragraph p : paragraphs) {
            int opens = passageNumbers || p.isMarkedHeading() ? number(p) : -1;
            if (opens >= 0) {
                if (!current.isEmpty()) {
                    sections.add(new ChapterText(null, current, number));
                }
                current = new ArrayList<>();
                number = opens;
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            sections.add(new ChapterText(null, current, number));
        }
        return sections;
    }

    /** The number a paragraph opens a section with, or -1. */
    private static int number(Paragraph p) {
        String text = p.text();
        if (p.isMarkedHeading()) {
            ChapterHeadings.Reading reading = ChapterHeadings.read(text);
            return reading == null ? -1 : reading.number();
        }
        if (p.lang().isPresent() || text.length() > 12) {
            return -1;
        }
        Matcher m = PASSAGE_NUMBER.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        String digits = m.group(1);
        return Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : Numerals.chinese(digits);
    }
}
