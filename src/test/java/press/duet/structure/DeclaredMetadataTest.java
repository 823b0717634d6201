package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Metadata;
import press.duet.model.Origin;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** What a format declares fills what the text's own head lines leave out, and never overrides them. */
class DeclaredMetadataTest {
    private static final Origin PAGE = new Origin("双语周刊", "https://example.org/a/1.html", null, List.of());

    private static Draft draft(List<String> lines, Declared declared) {
        return new Draft("page.html", "UTF-8", List.of(new DraftBlock(1, lines)), "text", declared);
    }

    private static final List<String> BODY = List.of("春天来了。", "Spring has come.", "花开了。", "The flowers are out.");

    @Test
    void aTextWithoutHeadLinesTakesTheDeclaredTitleAuthorsDateAndOrigin() {
        Declared declared = new Declared("春天 Spring Comes", List.of("李明"), List.of("Ann Lee"),
                LocalDate.of(2023, 3, 5), "zh-CN", null, PAGE);
        Metadata metadata = Structurer.structure(List.of(draft(BODY, declared))).book().metadata();
        assertEquals("春天", metadata.title().zh().text());
        assertEquals("Spring Comes", metadata.title().en().text());
        assertEquals(List.of("李明"), metadata.authors());
        assertEquals(List.of("Ann Lee"), metadata.translators());
        assertEquals(LocalDate.of(2023, 3, 5), metadata.date());
        assertEquals(PAGE, metadata.origin());
    }

    @Test
    void theTextsOwnHeadLinesComeBeforeWhatIsDeclared() {
        List<String> lines = new java.util.ArrayList<>(List.of("秋天", "Autumn", "2021-10-01"));
        lines.addAll(BODY);
        Declared declared = new Declared("Site front page", List.of(), List.of(), LocalDate.of(2023, 3, 5), null, null,
                Origin.NONE);
        Metadata metadata = Structurer.structure(List.of(draft(lines, declared))).book().metadata();
        assertEquals("秋天", metadata.title().zh().text());
        assertEquals(LocalDate.of(2021, 10, 1), metadata.date());
        assertEquals(Origin.NONE, metadata.origin());
    }

    @Test
    void aTextThatDeclaresNothingIsTitledByItsFileName() {
        Metadata metadata = Structurer.structure(List.of(draft(BODY, Declared.NONE))).book().metadata();
        assertEquals("page", metadata.title().en().text());
    }
}
