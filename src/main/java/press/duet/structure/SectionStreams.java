package press.duet.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the numbered sections of a chapter that gives its text page by page (the Chinese of a few
 * sayings, then their English, a saying cut by a page break going on after the other language's page)
 * together with their translations. Each language is read as one stream, in order, cut at its own
 * numbered section headings (【第二章】, CHAP. II.); the sections of the two streams are matched by
 * their numbers ({@link ChapterMatcher}); and each matched pair is laid out as both headings, the
 * Chinese paragraphs, then the English ones, for the pairer to align as blocks. A Chinese paragraph
 * that a page cut inside a sentence is joined to the rest of it.
 *
 * <pre>{@code
 * ChapterText matched = SectionStreams.matched(chapter);
 * }</pre>
 */
final class SectionStreams {
    private static final String SENTENCE_ENDS = "。！？」』”）)";

    private SectionStreams() {
    }

    /**
     * The chapter with its sections matched across the two languages; the chapter as it is when its
     * sections already hold both languages (most of them), or when the numbers do not decide.
     */
    static ChapterText matched(ChapterText chapter) {
        List<Paragraph> paragraphs = chapter.paragraphs();
        if (!mostSectionsInOneLanguage(paragraphs)) {
            return chapter;
        }
        List<Paragraph> zh = new ArrayList<>();
        List<Paragraph> en = new ArrayList<>();
        boolean chinese = false;
        for (Paragraph p : paragraphs) {
            chinese = p.lang().isPresent() ? p.isChinese() : chinese;
            (chinese ? zh : en).add(p);
        }
        List<ChapterText> zhSections = NumberedSections.of(joinPageBreaks(zh), false);
        List<ChapterText> enSections = NumberedSections.of(en, false);
        if (zhSections.size() < 3 || enSections.size() < 3) {
            return chapter;
        }
        List<ChapterMatcher.Match> matches = ChapterMatcher.match(zhSections, enSections);
        if (matches == null) {
            return chapter;
        }
        List<Paragraph> out = new ArrayList<>();
        for (ChapterMatcher.Match match : matches) {
            List<Paragraph> zhPart = match.zh() >= 0 ? zhSections.get(match.zh()).paragraphs() : List.of();
            List<Paragraph> enPart = match.en() >= 0 ? enSections.get(match.en()).paragraphs() : List.of();
            boolean zhHeading = !zhPart.isEmpty() && zhPart.get(0).isMarkedHeading();
            boolean enHeading = !enPart.isEmpty() && enPart.get(0).isMarkedHeading();
            if (zhHeading) {
                out.add(zhPart.get(0));
            }
            if (enHeading) {
                out.add(enPart.get(0));
            }
            out.addAll(zhPart.subList(zhHeading ? 1 : 0, zhPart.size()));
            out.addAll(enPart.subList(enHeading ? 1 : 0, enPart.size()));
        }
        return new ChapterText(chapter.title(), out, chapter.number(), chapter.line());
    }

    /** Whether the text has both languages and most of its sections (between section headings) one. */
    private static boolean mostSectionsInOneLanguage(List<Paragraph> paragraphs) {
        int oneLanguage = 0;
        int bilingual = 0;
        boolean hasChinese = false;
        boolean hasEnglish = false;
        boolean anyChinese = false;
        boolean anyEnglish = false;
        int headings = 0;
        for (Paragraph p : paragraphs) {
            if (p.isMarkedHeading()) {
                headings++;
                if (hasChinese || hasEnglish) {
                    oneLanguage += hasChinese != hasEnglish ? 1 : 0;
                    bilingual += hasChinese && hasEnglish ? 1 : 0;
                }
                hasChinese = false;
                hasEnglish = false;
                continue;
            }
            hasChinese |= p.isChinese();
            hasEnglish |= p.isEnglish();
            anyChinese |= p.isChinese();
            anyEnglish |= p.isEnglish();
        }
        if (hasChinese || hasEnglish) {
            oneLanguage += hasChinese != hasEnglish ? 1 : 0;
            bilingual += hasChinese && hasEnglish ? 1 : 0;
        }
        return anyChinese && anyEnglish && headings >= 4 && oneLanguage > bilingual;
    }

    /** Chinese paragraphs that a page cut inside a sentence (no sentence end, no heading between), joined. */
    private static List<Paragraph> joinPageBreaks(List<Paragraph> zh) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : zh) {
            Paragraph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.isChinese() && p.isChinese() && !last.isMarkedHeading() && !p.isMarkedHeading()
                    && SENTENCE_ENDS.indexOf(last.text().charAt(last.text().length() - 1)) < 0
                    && last.text().indexOf('\n') < 0) {
                out.set(out.size() - 1, last.joined(p, last.text() + p.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
