package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Metadata;
import press.duet.model.Origin;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;
import press.duet.testing.TwoEditions;

/**
 * Two editions as e-books give them: no title line in the text, a heading at each chapter, and the
 * package's metadata declared beside it. The book takes both titles (each from its own edition), the
 * author as both editions name him, and the translator the English edition names.
 */
class EditionMetadataTest {
    private static Draft edition(String name, String markdown, Declared declared) {
        String withoutTitleLine = markdown.substring(markdown.indexOf("## "));
        Draft read = Readers.read(Source.of(name, withoutTitleLine), null, Format.MARKDOWN, finding -> { });
        return new Draft(read.source(), read.encoding(), read.blocks(), read.format(), declared);
    }

    @Test
    void takesEachTitleFromItsOwnEditionAndTheTranslatorFromTheEnglish() {
        Declared zh = new Declared("春江", List.of("林秋"), List.of(), LocalDate.of(1985, 6, 1), "zh-CN", null, Origin.NONE);
        Declared en = new Declared("Spring River", List.of("Lin Qiu"), List.of("Mary Stone"), LocalDate.of(2001, 1, 1), "en",
                null, Origin.NONE);
        Structured result = Structurer.structure(List.of(edition("chunjiang.epub", TwoEditions.CHINESE, zh),
                edition("spring-river.epub", TwoEditions.ENGLISH, en)));
        Metadata metadata = result.book().metadata();
        assertEquals("春江", metadata.title().zh().text());
        assertEquals("Spring River", metadata.title().en().text());
        assertEquals(List.of("林秋", "Lin Qiu"), metadata.authors());
        assertEquals(List.of("Mary Stone"), metadata.translators());
        assertEquals(LocalDate.of(1985, 6, 1), metadata.date());
        assertEquals(6, result.chapterMatches().size());
    }

    @Test
    void theEnglishEditionsDeclaredTitleIsTakenWhenTheEnglishTextHasNoneAndTheOrderIsEnglishFirst() {
        Declared zh = new Declared("春江", List.of(), List.of(), null, "zh", null, Origin.NONE);
        Declared en = new Declared("Spring River", List.of(), List.of(), null, "en", null, Origin.NONE);
        Structured result = Structurer.structure(List.of(edition("b.epub", TwoEditions.ENGLISH, en),
                edition("a.epub", TwoEditions.CHINESE, zh)));
        assertEquals("春江", result.book().metadata().title().zh().text());
        assertEquals("Spring River", result.book().metadata().title().en().text());
    }
}
