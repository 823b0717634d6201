package press.duet.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.report.Finding;
import press.duet.report.Place;
import press.duet.text.LanguageIdentifier;

/**
 * Paragraphs a translation keeps untranslated: a page translated from another (a W3C article, a
 * licence, a manual) often leaves a paragraph, a code example or the titles of the links it lists in
 * the original language, word for word as the original's page has them. Such a copy is no sign that
 * the translation is a mixed-language text, and it is published once, on its own language's side.
 *
 * <pre>{@code
 * if (UntranslatedCopies.translations(zhFile, enFile)) { zhFile = UntranslatedCopies.without(zhFile, enFile, findings); }
 * }</pre>
 */
final class UntranslatedCopies {
    private UntranslatedCopies() {
    }

    /**
     * Whether two files are a text and its translation once the paragraphs each copies from the other
     * are set aside: each nearly all in one language and not the same one. The copies must stay fewer
     * than each file's paragraphs in its own language, so that a bilingual file given with a copy of
     * its English half is still read as what it is.
     */
    static boolean translations(HeadSplit a, HeadSplit b) {
        Set<String> copied = copiedTexts(a, b);
        return translations(a, b, copied, true) || translations(a, b, copied, false);
    }

    private static boolean translations(HeadSplit a, HeadSplit b, Set<String> copied, boolean aChinese) {
        return a.mostly(aChinese, p -> copied.contains(key(p))) && b.mostly(!aChinese, p -> copied.contains(key(p)))
                && copiesIn(a, copied, aChinese) < inLanguage(a, aChinese)
                && copiesIn(b, copied, !aChinese) < inLanguage(b, !aChinese);
    }

    /**
     * The chapters with each pair whose two sides are the same text (a paragraph the translation left
     * in the original's language, aligned with the original) made one-sided, in the language it is
     * in; one finding says how many, at the first. Nothing is lost: the side dropped repeats the other.
     */
    static List<Chapter> publishedOnce(List<Chapter> chapters, String source, List<Finding> findings) {
        List<Chapter> out = new ArrayList<>();
        int copies = 0;
        for (Chapter chapter : chapters) {
            List<Block> blocks = new ArrayList<>();
            List<Block> given = chapter.blocks();
            int before = copies;
            for (int i = 0; i < given.size(); i++) {
                Block block = given.get(i);
                if (block instanceof Pair pair && pair.isComplete() && sameText(pair.zh(), pair.en())) {
                    copies++;
                    blocks.add(isEnglish(pair.en()) ? new Pair(null, pair.en()) : new Pair(pair.zh(), null));
                } else if (i + 1 < given.size() && block instanceof Pair one && given.get(i + 1) instanceof Pair next
                        && !one.isComplete() && !next.isComplete() && oneSidedTwins(one, next)) {
                    // The copy and its original left one-sided side by side: the original's side stays.
                    copies++;
                    Pair english = one.en() != null ? one : next;
                    blocks.add(isEnglish(english.en()) ? english : one.zh() != null ? one : next);
                    i++;
                } else {
                    blocks.add(block);
                }
            }
            out.add(copies == before ? chapter : new Chapter(chapter.title(), blocks));
        }
        if (copies > 0) {
            findings.add(new Finding(new Place(source, 0), copies + " paragraph(s) of the translation are copies of the"
                    + " original's, left untranslated: each published once, on its own language's side"));
        }
        return out;
    }

    private static boolean isEnglish(Segment side) {
        return LanguageIdentifier.identify(side.text()).filter(l -> l == Lang.EN).isPresent();
    }

    /** Two one-sided pairs, one on each side, of the same text. */
    private static boolean oneSidedTwins(Pair one, Pair next) {
        Segment a = one.zh() != null ? one.zh() : one.en();
        Segment b = next.zh() != null ? next.zh() : next.en();
        return (one.zh() == null) != (next.zh() == null) && sameText(a, b);
    }

    private static boolean sameText(Segment a, Segment b) {
        return a.text().strip().replaceAll("\\s+", " ").equals(b.text().strip().replaceAll("\\s+", " "));
    }

    /** The texts found in both files' bodies, each in the language of one file and inside the other. */
    private static Set<String> copiedTexts(HeadSplit a, HeadSplit b) {
        Set<String> inA = new HashSet<>();
        a.body().forEach(p -> inA.add(key(p)));
        Set<String> both = new HashSet<>();
        for (Paragraph p : b.body()) {
            if (p.lang().isPresent() && inA.contains(key(p))) {
                both.add(key(p));
            }
        }
        return both;
    }

    private static long copiesIn(HeadSplit file, Set<String> copied, boolean chinese) {
        return file.body().stream().filter(p -> inLanguage(p, !chinese) && copied.contains(key(p))).count();
    }

    private static long inLanguage(HeadSplit file, boolean chinese) {
        return file.body().stream().filter(p -> inLanguage(p, chinese)).count();
    }

    private static boolean inLanguage(Paragraph p, boolean chinese) {
        return chinese ? p.isChinese() : p.isEnglish();
    }

    private static String key(Paragraph p) {
        return p.text().strip().replaceAll("\\s+", " ");
    }
}
