package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChapterRoleTest {
    @ParameterizedTest
    @CsvSource({
        "序言, FRONT", "译者序, FRONT", "前言：写在前面, FRONT", "目录, FRONT", "目錄, FRONT", "出版说明, FRONT",
        "后记, BACK", "譯後記, BACK", "附录一 年表, BACK", "注释, BACK",
        "Preface, FRONT", "Translator's Preface, FRONT", "INTRODUCTION, FRONT", "Contents, FRONT",
        "A Note on the Translation, FRONT", "Acknowledgements, FRONT",
        "Afterword, BACK", "Appendix A, BACK", "Glossary, BACK", "Notes, BACK", "About the Author, BACK",
        "第一章 出发, BODY", "Chapter 1: Setting Out, BODY", "學而第一, BODY", "BOOK I. HSIO R., BODY",
        "Notes from Spring River, BODY", "秩序, BODY", "序曲, BODY"
    })
    void namesTheMatterByTheTitle(String title, ChapterRole role) {
        assertEquals(role, ChapterRole.of(title));
    }

    @ParameterizedTest
    @CsvSource({"The Preface to a Life", "前进", "Prefaces and Prologues of Others", "Index Cards and Other Stories"})
    void aTitleThatOnlyStartsLikeMatterIsTheBodys(String title) {
        assertEquals(ChapterRole.BODY, ChapterRole.of(title));
    }
}
