package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;
import press.duet.report.Finding;
import press.duet.testing.EpubFiles;

/**
 * A book nine tenths in one language with a few paragraphs in the other (an English line on a
 * Chinese book's pages, Chinese titles in an English book's bibliography) is that language's book:
 * nothing in it is paired, nothing is lost, and one finding says so instead of one per paragraph.
 */
class OneLanguageBookTest {
    private static final String ZH = "<p>这是正文的一段，讲的是一个很长的故事，故事发生在一条河边。</p>";
    private static final String EN = "<p>The river runs past the town, and the boats come down it in the spring.</p>";

    private static Structured structure(EpubFiles book) {
        Draft draft = Readers.read(Source.of("book.epub", book.bytes()), null, Format.EPUB, finding -> { });
        return Structurer.structure(List.of(draft));
    }

    private static List<Pair> pairs(Structured result) {
        return result.book().chapters().stream().map(StructurerTest::pairs).flatMap(List::stream).toList();
    }

    private static List<String> messages(Structured result) {
        return result.findings().stream().map(Finding::message).toList();
    }

    @Test
    void aChineseBookWithAFewEnglishParagraphsGetsOneFindingAndNoPairs() {
        Structured result = structure(EpubFiles.epub3()
                .metadata("<dc:title>长河</dc:title><dc:language>zh</dc:language>")
                .chapter("one.xhtml", "第一章", "<h2>第一章</h2>" + ZH.repeat(12) + EN)
                .chapter("two.xhtml", "第二章", "<h2>第二章</h2>" + ZH.repeat(10) + EN + ZH));
        List<Pair> pairs = pairs(result);
        assertEquals(25, pairs.size(), "every paragraph is published");
        assertEquals(0, pairs.stream().filter(p -> p.zh() != null && p.en() != null).count(), "nothing is paired");
        assertEquals(2, pairs.stream().filter(p -> p.zh() == null).count());
        assertEquals(List.of(), messages(result).stream().filter(m -> m.contains("partner")).toList());
        assertEquals(List.of("the body is in Chinese but for 2 paragraphs in English; its 25 paragraphs are published"
                + " without translations"), messages(result).stream().filter(m -> m.startsWith("the body")).toList());
        assertEquals(Shape.MONOLINGUAL, result.shape());
    }

    @Test
    void anEnglishBookWhoseBibliographyNamesChineseBooksPairsNoneOfThem() {
        Structured result = structure(EpubFiles.epub3()
                .metadata("<dc:title>The River</dc:title><dc:language>en</dc:language>")
                .chapter("one.xhtml", "Chapter 1", "<h2>Chapter 1</h2>" + EN.repeat(20))
                .chapter("books.xhtml", "Bibliography", "<h2>Bibliography</h2><p>太平御覧</p>"
                        + "<p>The oldest encyclopaedia quoted here, in a thousand chapters.</p><p>廣博物志</p>"
                        + "<p>A later work of the same kind, printed in the sixteenth century.</p>"));
        List<Pair> pairs = pairs(result);
        assertEquals(24, pairs.size());
        assertEquals(0, pairs.stream().filter(p -> p.zh() != null && p.en() != null).count(), "nothing is paired");
        assertTrue(messages(result).stream().noneMatch(m -> m.contains("partner")), messages(result).toString());
        Chapter bibliography = result.book().chapters().get(result.book().chapters().size() - 1);
        assertEquals("太平御覧", StructurerTest.pairs(bibliography).get(0).zh().text());
    }
}
