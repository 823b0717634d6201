package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/** A book without a title line takes its title from the file's name, in the name's own language(s). */
class FileNameTitleTest {
    /** Two pairs that open with a sentence, so no line of the text is taken for a title. */
    private static final List<DraftBlock> UNTITLED = List.of(new DraftBlock(1, List.of(
            "院子里的杏树开花了。",
            "The apricot tree in the yard is in flower.",
            "孩子们在树下读书。",
            "The children read under the tree.")));

    private static BilingualText bookTitle(String fileName) {
        Draft draft = new Draft("lessons/" + fileName, "UTF-8", UNTITLED);
        return Structurer.structure(List.of(draft)).book().metadata().title();
    }

    @Test
    void aChineseNameIsAChineseTitleOfItsVariety() {
        BilingualText simplified = bookTitle("静夜思.txt");
        assertEquals("静夜思", simplified.zh().text());
        assertNull(simplified.en());
        BilingualText spaced = bookTitle("第三课 春天.txt");
        assertEquals("第三课 春天", spaced.zh().text());
        assertNull(spaced.en());
        assertEquals(Lang.ZH_HANT, FileNameTitle.of("夜讀時光.txt").zh().lang());
    }

    @Test
    void anEnglishNameIsAnEnglishTitle() {
        BilingualText title = bookTitle("Spring Lessons.txt");
        assertNull(title.zh());
        assertEquals("Spring Lessons", title.en().text());
    }

    @Test
    void aNameInBothLanguagesGivesBothTitlesInEitherOrder() {
        BilingualText englishFirst = bookTitle("Lesson 3 春天.txt");
        assertEquals("春天", englishFirst.zh().text());
        assertEquals(Lang.ZH_HANS, englishFirst.zh().lang());
        assertEquals("Lesson 3", englishFirst.en().text());
        BilingualText chineseFirst = FileNameTitle.of("第三课 春天 - Lesson Three Spring.md");
        assertEquals("第三课 春天", chineseFirst.zh().text());
        assertEquals("Lesson Three Spring", chineseFirst.en().text());
    }

    @Test
    void aNameThatDoesNotSplitCleanlyStaysWhole() {
        assertEquals("iPhone使用说明", FileNameTitle.of("iPhone使用说明.txt").zh().text());
        assertNull(FileNameTitle.of("Python 入门.txt").en());
        assertNull(FileNameTitle.of("春天 Spring 夏天.txt").en());
    }

    @Test
    void twoParallelFilesNameEachSideOfTheTitle() {
        List<DraftBlock> chinese = List.of(new DraftBlock(1, List.of("院子里的杏树开花了。", "孩子们在树下读书。")));
        List<DraftBlock> english = List.of(new DraftBlock(1, List.of(
                "The apricot tree in the yard is in flower.", "The children read under the tree.")));
        BilingualText title = Structurer.structure(List.of(new Draft("春天.txt", "UTF-8", chinese),
                new Draft("Spring Days.txt", "UTF-8", english))).book().metadata().title();
        assertEquals("春天", title.zh().text());
        assertEquals("Spring Days", title.en().text());
        BilingualText named = FileNameTitle.ofParallel("春江/zh.txt", "春江/en.txt");
        assertEquals("春江", named.zh().text(), "no name gives a side: the folder names the book");
        assertNull(named.en());
        assertEquals("spring-river", FileNameTitle.ofParallel("books/spring-river/zh.txt", "books/spring-river/en.txt")
                .en().text());
        assertNull(FileNameTitle.ofParallel("春天.txt", "en.txt").en());
    }
}
