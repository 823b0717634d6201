package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.TextDecoder;
import press.duet.read.TextReaderAccess;

/**
 * Chapters and paragraphs of classics and their old translations, on excerpts of real public-domain
 * texts: the 論語 with its chapter names (學而第一) and Legge's Analects as Project Gutenberg has it
 * (eBook #3330: licence frame, BOOK and CHAP. headings, verses indented and hard-wrapped, a page break
 * inside a verse).
 */
class ClassicsStructureTest {
    private static Draft draft(String name, String text) {
        String clean = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, name).text();
        return new Draft(name, "UTF-8", TextReaderAccess.blocks(clean));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ClassicsStructureTest.class.getResourceAsStream("/classics/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> englishParagraphs(String text) {
        HeadSplit split = HeadSplit.of(draft("en.txt", text));
        return split.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void dropsTheGutenbergFrameAndReportsIt() throws IOException {
        HeadSplit split = HeadSplit.of(draft("legge.txt", resource("legge-analects-excerpt.txt")));
        assertTrue(split.paragraphs().stream().noneMatch(p -> p.text().contains("Project Gutenberg License")));
        assertTrue(split.paragraphs().stream().noneMatch(p -> p.text().contains("Updated editions")));
        assertEquals(GutenbergFrame.HEADER, split.dropped().get(0).reason(), split.dropped().toString());
        assertEquals(1, split.dropped().get(0).place().line());
        assertTrue(split.dropped().stream().filter(d -> d.reason().equals(GutenbergFrame.HEADER))
                .allMatch(d -> d.place().line() <= 25), split.dropped().toString());
        assertTrue(split.dropped().stream().anyMatch(d -> d.reason().equals(GutenbergFrame.FOOTER)
                && d.text().toLowerCase(java.util.Locale.ROOT).contains("project gutenberg")), split.dropped().toString());
    }

    @Test
    void reflowsIndentedVersesAsParagraphsAndCutsTheHeadingFromTheFirstVerse() throws IOException {
        List<String> paragraphs = englishParagraphs(resource("legge-analects-excerpt.txt"));
        int chapter = paragraphs.indexOf("CHAPTER I.");
        assertTrue(chapter > 0, paragraphs.toString());
        assertEquals("1. The Master said, 'Is it not pleasant to learn with a constant perseverance and application?",
                paragraphs.get(chapter + 1));
        assertEquals("2. 'Is it not delightful to have friends coming from distant quarters?'", paragraphs.get(chapter + 2));
        assertEquals("CHAP. III.", paragraphs.get(paragraphs.indexOf("CHAP. III.")));
        assertTrue(paragraphs.contains("The Master said, 'Fine words and an insinuating appearance are seldom associated with true virtue.'"));
    }

    @Test
    void joinsAVerseThatAPageBreakCutOnlyWhenItContinuesASentence() {
        List<String> paragraphs = englishParagraphs("""
                        1. The first verse of this chapter runs on for a while and then it
                reaches the end of a printed page in the middle of its sentence, and

                goes on after the break, as the old editions have it.
                        2. The second verse ends its sentence before the break of the page.

                That sentence opens a new paragraph of its own, and it stays one.
                """);
        assertEquals(3, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs.get(0).endsWith("its sentence, and goes on after the break, as the old editions have it."));
    }

    @Test
    void joinsWordsBrokenAtTheLineEndAndKeepsCompounds() {
        List<String> paragraphs = englishParagraphs("""
                The individual and the state were the subject of the well-known essay
                that the writer of these pages gave to every single one of his indi-
                vidual readers of that time, and the terms of his argument were well-
                defined; his meaning was as well-known to them as the defined duties
                of a citizen, which he asked of all of them.
                """);
        assertEquals(1, paragraphs.size(), paragraphs.toString());
        String text = paragraphs.get(0);
        assertTrue(text.contains("his individual readers"), text);
        assertTrue(text.contains("were well-defined;"), text);
    }

    @Test
    void matchesTheChaptersOfTwoFilesByTheirNumbersAndKeepsTheTranslatorsNoteAlone() throws IOException {
        Structured result = Structurer.structure(List.of(draft("lunyu.txt", resource("lunyu-excerpt.txt")),
                draft("legge.txt", resource("legge-analects-excerpt.txt"))));
        Book book = result.book();
        List<String> titles = book.chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(3, titles.size(), titles.toString());
        assertTrue(titles.get(1).startsWith("學而第一 / BOOK I"), titles.toString());
        assertEquals("為政第二 / BOOK II. WEI CHANG.", titles.get(2));
        Chapter note = book.chapters().get(0);
        assertTrue(note.blocks().stream().map(Pair.class::cast).allMatch(p -> p.zh() == null), note.toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("has no counterpart in the other file")),
                result.findings().toString());
        List<Pair> first = StructurerTest.pairs(book.chapters().get(1));
        assertTrue(first.stream().anyMatch(p -> p.zh() != null && p.zh().text().equals("[1.2]")
                && p.en() != null && p.en().text().equals("CHAP. II.")), first.toString());
        for (Chapter chapter : book.chapters().subList(1, 3)) {
            List<Pair> pairs = StructurerTest.pairs(chapter);
            assertTrue(pairs.stream().anyMatch(p -> p.zh() != null && p.zh().text().startsWith("子曰")
                    && p.en() != null && p.en().text().contains("The Master said")), pairs.toString());
        }
    }

    @Test
    void takesChapterNamesWithoutTheirOrdinalInATextThatNamesItsChapters() {
        Structured result = Structurer.structure(List.of(draft("lunyu.txt", """
                學而第一

                子曰：「學而時習之，不亦說乎？」

                為政第二

                子曰：「為政以德，譬如北辰。」

                公冶長五

                子謂公冶長：「可妻也。」
                """)));
        List<String> titles = result.book().chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(List.of("學而第一", "為政第二", "公冶長五"), titles);
    }

    @Test
    void dropsACopiedListOfContentsRatherThanMakingEmptyChapters() {
        Structured result = Structurer.structure(List.of(draft("giles.txt", """
                Contents

                 Chapter I. Laying plans
                 Chapter II. Waging War
                 Chapter III. Attack by Stratagem

                Chapter I. LAYING PLANS

                1. Sun Tzu said: The art of war is of vital importance to the State.

                Chapter II. WAGING WAR

                1. Sun Tzu said: In the operations of war, where there are in the field a thousand swift chariots.
                """)));
        // The book makes its own contents: the copied list is dropped (and listed), never made empty chapters.
        List<String> titles = result.book().chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(List.of("Chapter I. LAYING PLANS", "Chapter II. WAGING WAR"), titles);
        assertEquals(List.of("Contents", "Chapter I. Laying plans", "Chapter II. Waging War", "Chapter III. Attack by Stratagem"),
                result.dropped().stream().map(d -> d.text()).toList());
        assertFalse(StructurerTest.pairs(result.book().chapters().get(0)).isEmpty());
    }

    @Test
    void pairsTheChaptersOfOneFileByTheirNumbersAroundAPrefaceInOneLanguage() {
        Structured result = Structurer.structure(List.of(draft("sunzi.txt", """
                Preface

                The translator thanks the reader for his patience with these notes on the text.

                始計第一

                孫子曰：兵者，國之大事，死生之地，存亡之道，不可不察也。

                作戰第二

                孫子曰：凡用兵之法，馳車千駟，革車千乘，帶甲十萬。

                Chapter I. LAYING PLANS

                Sun Tzu said: The art of war is of vital importance to the State.

                Chapter II. WAGING WAR

                Sun Tzu said: In the operations of war, where there are in the field a thousand swift chariots.
                """)));
        List<String> titles = result.book().chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(List.of("Preface", "始計第一 / Chapter I. LAYING PLANS", "作戰第二 / Chapter II. WAGING WAR"), titles);
        for (Chapter chapter : result.book().chapters().subList(1, 3)) {
            List<Pair> pairs = StructurerTest.pairs(chapter);
            assertEquals(1, pairs.size(), pairs.toString());
            assertTrue(pairs.get(0).isComplete());
        }
    }

    @Test
    void matchesSectionsGivenPageByPageInEachLanguageByTheirNumbers() {
        Structured result = Structurer.structure(List.of(draft("analects.txt", """
                學而第一
                BOOK I.  HSIO R.

                [1.1]

                【第一章】子曰、學而時習之、不亦說乎。
                【第二章】有子曰、其為人也孝弟、而好犯上者鮮矣、不好犯上、而好作亂者、未之有也。君子務本、本立、而道生、孝
                \tCHAPTER I. 1. The Master said, 'Is it not pleasant to learn with
                a constant perseverance and application?'
                \tCHAP. II. 1. The philosopher Yu said, 'They are few who, being
                filial and fraternal, are fond of offending against their superiors.'

                弟也者、其為仁之本與。
                【第三章】子曰、巧言令色、鮮矣仁。
                【第四章】曾子曰、吾日三省吾身、為人謀、而不忠乎。
                \t2. 'The superior man bends his attention to what is radical.'
                \tCHAP. III. The Master said, 'Fine words and an insinuating
                appearance are seldom associated with true virtue.'
                \tCHAP. IV. The philosopher Tsang said, 'I daily examine myself
                on three points.'
                """)));
        List<Chapter> chapters = result.book().chapters();
        assertEquals(1, chapters.size(), chapters.toString());
        assertEquals("學而第一 / BOOK I. HSIO R.", chapters.get(0).title().joined(" / "));
        List<String> sections = chapters.get(0).blocks().stream().filter(press.duet.model.Heading.class::isInstance)
                .map(b -> ((press.duet.model.Heading) b).text().joined(" / ")).toList();
        assertEquals(List.of("【第一章】 / CHAPTER I.", "【第二章】 / CHAP. II.", "【第三章】 / CHAP. III.", "【第四章】 / CHAP. IV."),
                sections);
        // The edition's marker [1.1] before the first section stays, alone; every saying pairs.
        List<Pair> pairs = StructurerTest.pairs(chapters.get(0));
        assertEquals("[1.1]", pairs.get(0).en() != null ? pairs.get(0).en().text() : pairs.get(0).zh().text());
        List<Pair> sayings = pairs.subList(1, pairs.size());
        assertEquals(4, sayings.size(), pairs.toString());
        assertTrue(sayings.stream().allMatch(Pair::isComplete), pairs.toString());
        assertTrue(sayings.get(1).zh().text().endsWith("孝弟也者、其為仁之本與。"), sayings.get(1).toString());
        assertTrue(sayings.get(1).en().text().contains("what is radical"), sayings.get(1).toString());
    }

    @Test
    void readsTitleCaseRomanHeadingsAsTheChaptersOfATranslation() {
        Structured result = Structurer.structure(List.of(draft("sunzi.txt", """
                始計第一

                孫子曰：兵者，國之大事，死生之地，存亡之道，不可不察也。

                作戰第二

                孫子曰：凡用兵之法，馳車千駟，革車千乘，帶甲十萬。
                """), draft("giles.txt", """
                I. Laying Plans

                1. Sun Tzu said: The art of war is of vital importance to the State.

                II. Waging War

                1. Sun Tzu said: In the operations of war, where there are in the field a thousand swift chariots.
                """)));
        List<String> titles = result.book().chapters().stream().map(c -> c.title().joined(" / ")).toList();
        assertEquals(List.of("始計第一 / I. Laying Plans", "作戰第二 / II. Waging War"), titles);
    }

    @Test
    void keepsTheLinesOfATranslatedPoemOfProseWidth() {
        List<String> paragraphs = englishParagraphs("""
                I wake, and moonbeams play around my bed,
                Glittering like hoar-frost to my wondering eyes;
                Up towards the glorious moon I raise my head,
                Then lay me down—and thoughts of home arise.
                """);
        assertEquals(1, paragraphs.size(), paragraphs.toString());
        assertEquals(4, paragraphs.get(0).split("\n").length, paragraphs.toString());
    }

    @Test
    void keepsASectionNumberOnTheFirstLineInTheTextAsTheOthersRatherThanAsTheTitle() {
        String text = String.join("\n", "一", "　　孟子見梁惠王。王曰：「叟！不遠千里而來，亦將有以利吾國乎？」",
                "Mencius went to see king Hui of Liang. The king said, 'Venerable sir, may I presume that you have counsels to profit my kingdom?'",
                "", "二", "　　孟子見梁惠王。王立於沼上，顧鴻雁麋鹿，曰：「賢者亦樂此乎？」",
                "Mencius, another day, saw King Hui of Liang. The king went and stood with him by a pond, looking at the geese and deer.",
                "", "三", "　　梁惠王曰：「寡人之於國也，盡心焉耳矣。」",
                "King Hui of Liang said, 'Small as my virtue is, in the government of my kingdom I do indeed exert my mind to the utmost.'");
        Structured structured = Structurer.structure(List.of(draft("mengzi.txt", text)));
        assertEquals("mengzi", structured.book().metadata().title().joined(" "), "the file's name, no numeral");
        List<String> units = PageUnits.units(structured);
        assertEquals(List.of("一 ⇔ ", "二 ⇔ ", "三 ⇔ "), List.of(units.get(0), units.get(2), units.get(4)), units.toString());
    }
}
