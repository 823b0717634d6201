package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Block;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.report.Finding;

class AlternatingPairerTest {
    private static final List<List<ParallelCorpus.Sentence>> TEXT = ParallelCorpus.generate(3, 30).paragraphs();

    private static String zh(List<ParallelCorpus.Sentence> sentences) {
        return String.join("", sentences.stream().map(ParallelCorpus.Sentence::zh).toList());
    }

    private static String en(List<ParallelCorpus.Sentence> sentences) {
        return String.join(" ", sentences.stream().map(ParallelCorpus.Sentence::en).toList());
    }

    /** The index of the first paragraph of at least five sentences, to be split or left untranslated. */
    private static int longParagraph() {
        for (int i = 2; i < TEXT.size(); i++) {
            if (TEXT.get(i).size() >= 5) {
                return i;
            }
        }
        throw new AssertionError("the generated text has no long paragraph");
    }

    private static List<Block> pair(List<String> texts, List<Finding> findings) {
        List<Paragraph> paragraphs = new ArrayList<>();
        texts.forEach(t -> paragraphs.add(new Paragraph(paragraphs.size() + 1, t)));
        return new AlternatingPairer("t.txt", Lang.ZH_HANS, findings).pair(paragraphs, Lang.ZH_HANS);
    }

    @Test
    void joinsATranslationSplitOverTwoParagraphs() {
        int split = longParagraph();
        List<ParallelCorpus.Sentence> p = TEXT.get(split);
        String first = en(p.subList(0, p.size() / 2));
        String second = en(p.subList(p.size() / 2, p.size()));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TEXT.size(); i++) {
            texts.add(zh(TEXT.get(i)));
            texts.addAll(i == split ? List.of(first, second) : List.of(en(TEXT.get(i))));
        }
        List<Finding> findings = new ArrayList<>();
        List<Block> blocks = pair(texts, findings);
        assertEquals(TEXT.size(), blocks.size());
        assertEquals(first + "\n" + second, ((Pair) blocks.get(split)).en().text());
        assertEquals(List.of(), findings);
    }

    @Test
    void joinsAnOriginalSplitOverTwoParagraphs() {
        int split = longParagraph();
        List<ParallelCorpus.Sentence> p = TEXT.get(split);
        String first = zh(p.subList(0, p.size() / 2));
        String second = zh(p.subList(p.size() / 2, p.size()));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TEXT.size(); i++) {
            texts.addAll(i == split ? List.of(first, second) : List.of(zh(TEXT.get(i))));
            texts.add(en(TEXT.get(i)));
        }
        List<Block> blocks = pair(texts, new ArrayList<>());
        assertEquals(TEXT.size(), blocks.size());
        assertEquals(first + "\n" + second, ((Pair) blocks.get(split)).zh().text());
    }

    /** Three original paragraphs side by side before the one that translates them all (Legge on the 孟子, book I). */
    @Test
    void joinsAnOriginalSplitOverThreeParagraphsBeforeItsTranslation() {
        int split = longParagraph();
        List<ParallelCorpus.Sentence> p = TEXT.get(split);
        int third = p.size() / 3;
        List<String> parts = List.of(zh(p.subList(0, third)), zh(p.subList(third, 2 * third)), zh(p.subList(2 * third, p.size())));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TEXT.size(); i++) {
            texts.addAll(i == split ? parts : List.of(zh(TEXT.get(i))));
            texts.add(en(TEXT.get(i)));
        }
        List<Block> blocks = pair(texts, new ArrayList<>());
        assertEquals(TEXT.size(), blocks.size());
        assertEquals(String.join("\n", parts), ((Pair) blocks.get(split)).zh().text());
        assertEquals(en(p), ((Pair) blocks.get(split)).en().text());
    }

    @Test
    void keepsAnUntranslatedParagraphAloneBesideAPair() {
        int untranslated = longParagraph();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TEXT.size(); i++) {
            if (i != untranslated) {
                texts.add(zh(TEXT.get(i)));
            }
            texts.add(en(TEXT.get(i)));
        }
        List<Finding> findings = new ArrayList<>();
        List<Block> blocks = pair(texts, findings);
        assertEquals(TEXT.size(), blocks.size());
        assertNull(((Pair) blocks.get(untranslated)).zh());
        assertEquals(1, findings.size());
    }

    @Test
    void findsTheLeadingLanguageWhenUntranslatedParagraphsStandAtBothEnds() {
        // en zh en … zh en zh: counting zh→en against en→zh steps says English leads.
        List<String> texts = new ArrayList<>();
        texts.add(en(TEXT.get(0)));
        for (int i = 1; i < TEXT.size() - 1; i++) {
            texts.add(zh(TEXT.get(i)));
            texts.add(en(TEXT.get(i)));
        }
        texts.add(zh(TEXT.get(TEXT.size() - 1)));
        List<Paragraph> paragraphs = new ArrayList<>();
        texts.forEach(t -> paragraphs.add(new Paragraph(paragraphs.size() + 1, t)));
        assertEquals(Lang.EN, AlternatingPairer.leadingLanguage(paragraphs));
        List<Finding> findings = new ArrayList<>();
        List<Block> blocks = new AlternatingPairer("t.txt", Lang.ZH_HANS, findings).pair(paragraphs, Lang.EN);
        assertEquals(TEXT.size(), blocks.size());
        for (int i = 1; i < TEXT.size() - 1; i++) {
            Pair pair = (Pair) blocks.get(i);
            assertEquals(zh(TEXT.get(i)), pair.zh().text());
            assertEquals(en(TEXT.get(i)), pair.en().text());
        }
        assertEquals(2, findings.size());
    }
}
