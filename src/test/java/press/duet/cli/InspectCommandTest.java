package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.PdfInspection;
import press.duet.testing.ShapeTexts;
import press.duet.testing.TestTexts;
import press.duet.testing.TwoEditions;

class InspectCommandTest {
    /** The seed's shape, in our own words: labelled title, English title, part 5, date, English-only body lines. */
    private static final String SEED_SHAPE = """
            中英对照:推进区域合作 共同建设美好家园 [5]

            Advancing Regional Cooperation and Building a Better Shared Home Together [5]

            Published on Jan 16, 2024
            Regional cooperation has grown steadily over the past decade, bringing roads, ports and power lines to places that once stood apart.
            Neighbours who trade with each other learn to solve problems together, and that habit is worth more than any single project.
            The coming years will test this habit, and the answer lies in more cooperation rather than less.
            """;

    @TempDir
    Path folder;

    private static CliRun duet(String... args) {
        return CliRun.duet(args);
    }

    @Test
    void showsTheSeedShapeTitlePartDateAndTheUnpairedEnglishBody() throws Exception {
        Path input = TestTexts.write(folder, "seed.txt", SEED_SHAPE);
        CliRun run = duet("inspect", input.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("title     推进区域合作 共同建设美好家园\n"), out);
        assertFalse(out.contains("中英对照:推进"), out);
        assertTrue(out.contains("          Advancing Regional Cooperation and Building a Better Shared Home Together\n"), out);
        assertTrue(out.contains("part      5\n"), out);
        assertTrue(out.contains("date      2024-01-16\n"), out);
        assertTrue(out.contains("shape     article\n"), out);
        assertTrue(out.contains("chapters  1\n"), out);
        assertTrue(out.contains("pairs     3 (0 with both languages, 3 unpaired paragraphs)"), out);
        assertTrue(out.contains("the body is in English only"), out);
    }

    @Test
    void printsJsonForScripts() throws Exception {
        Path input = TestTexts.write(folder, "seed.txt", SEED_SHAPE);
        CliRun run = duet("inspect", "--json", input.toString());
        assertEquals(0, run.exit(), run.err());
        String json = run.out();
        assertTrue(json.contains("\"title\": {\"zh\": \"推进区域合作 共同建设美好家园\", \"en\": \"Advancing Regional"), json);
        assertTrue(json.contains("\"part\": 5,"), json);
        assertTrue(json.contains("\"date\": \"2024-01-16\","), json);
        assertTrue(json.contains("\"encoding\": \"UTF-8\""), json);
        assertTrue(json.contains("\"unpaired\": 3,"), json);
        assertTrue(json.contains("{\"chapter\": 1, \"lang\": \"en\", \"text\": \"Neighbours who trade with each other"), json);
        assertTrue(json.startsWith("{") && json.strip().endsWith("}"), json);
    }

    @Test
    void showsTheDetectedEncodingOfABig5File() throws Exception {
        Path input = TestTexts.write(folder, "trad.txt", """
                第一章 山中的學校
                山裡的學校只有兩間教室，老師每天早上六點就到了。
                The school in the mountains has only two classrooms, and the teacher arrives at six every morning.
                """, Charset.forName("Big5"));
        CliRun run = duet("inspect", input.toString());
        assertTrue(run.out().contains("(Big5, text, "), run.out());
        assertTrue(run.out().contains("zh-Hant"), run.out());
    }

    @Test
    void listsDoubtfulAlignmentsSideBySide() throws Exception {
        // The second English paragraph is far too long for its Chinese partner: a misplaced translation.
        Path input = TestTexts.write(folder, "odd.txt", """
                河边有一座磨坊，磨坊的主人每天天一亮就开始干活，一直忙到太阳落山。
                By the river stands a mill whose owner starts work at first light and keeps busy until sunset.
                好。
                The miller's daughter, who had listened to all of this from behind the door, stepped out into the yard and announced that she would take the flour to the town market herself, whatever the weather, and that nobody was going to stop her.
                """);
        CliRun run = duet("inspect", input.toString());
        assertTrue(run.out().contains("doubtful  1 alignment\n"), run.out());
        assertTrue(run.out().contains("好。"), run.out());
        assertTrue(run.out().contains("| The miller's daughter"), run.out());
    }

    @Test
    void buildsTwoMonolingualFilesIntoOneAlignedBookThatPassesEpubCheck() throws Exception {
        Path zh = TestTexts.write(folder, "zh.txt", ShapeTexts.PARALLEL_ZH);
        Path en = TestTexts.write(folder, "en.txt", ShapeTexts.PARALLEL_EN);
        Path out = folder.resolve("out");
        CliRun run = duet("build", zh.toString(), en.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 chapter, 3 pairs (3 with both languages)"), run.out());
        assertTrue(EpubCheckResult.of(out.resolve("zh.epub")).problems().isEmpty());
    }

    @Test
    void reportsEachFilesShapeAndTheBooksWhenTheFilesDiffer() throws Exception {
        Path chapters = folder.resolve("chapters");
        java.nio.file.Files.createDirectories(chapters);
        TestTexts.write(chapters, "01.txt", """
                院子里的杏树开花了，花瓣落在石阶上。
                The apricot tree in the yard is in flower, and its petals fall on the stone steps.
                孩子们在树下读书，读到天黑才回家。
                The children read under the tree and go home only when it is dark.
                """);
        TestTexts.write(chapters, "02.txt", ShapeTexts.BLOCKS);
        CliRun run = duet("inspect", chapters.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.matches("(?s).*file      \\S*01\\.txt \\(UTF-8, text, alternating\\)\n.*"), out);
        assertTrue(out.matches("(?s).*file      \\S*02\\.txt \\(UTF-8, text, blocks\\)\n.*"), out);
        assertTrue(out.contains("shape     mixed (the 2 files differ; each file's shape is shown above)\n"), out);
        String json = duet("inspect", "--json", chapters.toString()).out();
        assertTrue(json.matches("(?s).*01\\.txt\", \"encoding\": \"UTF-8\", \"format\": \"text\", \"shape\": \"alternating\"}.*"), json);
        assertTrue(json.matches("(?s).*02\\.txt\", \"encoding\": \"UTF-8\", \"format\": \"text\", \"shape\": \"blocks\"}.*"), json);
        assertTrue(json.contains("\"shape\": \"mixed\","), json);
    }

    @Test
    void reportsTwoParallelFilesAsOneLanguageEachAndTheBookAsParallel() throws Exception {
        Path zh = TestTexts.write(folder, "zh.txt", ShapeTexts.PARALLEL_ZH);
        Path en = TestTexts.write(folder, "en.txt", ShapeTexts.PARALLEL_EN);
        String out = duet("inspect", zh.toString(), en.toString()).out();
        assertTrue(out.contains("zh.txt (UTF-8, text, monolingual)\n"), out);
        assertTrue(out.contains("en.txt (UTF-8, text, monolingual)\n"), out);
        assertTrue(out.contains("shape     parallel-files (the two files aligned with each other)\n"), out);
        String json = duet("inspect", "--json", zh.toString(), en.toString()).out();
        assertTrue(json.contains("\"shape\": \"monolingual\"}, {"), json);
        assertTrue(json.contains("\"shape\": \"parallel-files\","), json);
    }

    @Test
    void showsTheChaptersOfTwoEditionsSideBySideWithTheConfidenceOfEachMatch() throws Exception {
        Path zh = TestTexts.write(folder, "春江.md", TwoEditions.CHINESE);
        Path en = TestTexts.write(folder, "spring-river.md", TwoEditions.ENGLISH);
        CliRun run = duet("inspect", zh.toString(), en.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("chapter matching")).findFirst().orElseThrow());
        assertEquals("chapter matching  4 matched (1 of them split in one edition), 2 in one edition only", lines.get(header));
        List<String> rows = lines.subList(header + 2, header + 9);
        assertTrue(rows.get(0).matches("\\s+1  —\\s+Translator's Preface\\s+\\d+\\s+\\d\\.\\d\\d"), rows.get(0));
        assertTrue(rows.get(1).matches("\\s+2  第一章 出发\\s+\\d+  Chapter 1: Setting Out\\s+\\d+\\s+\\d\\.\\d\\d"), rows.get(1));
        assertTrue(rows.get(3).matches("\\s+4  第三章 河边\\s+\\d+  Chapter 3: By the River\\s+\\d+\\s+\\d\\.\\d\\d"), rows.get(3));
        assertTrue(rows.get(4).matches("\\s+Chapter 3 \\(continued\\)"), rows.get(4));
        assertTrue(rows.get(6).matches("\\s+6  后记\\s+\\d+  —\\s+\\d\\.\\d\\d"), rows.get(6));
        String json = duet("inspect", "--json", zh.toString(), en.toString()).out();
        assertTrue(json.contains("{\"zh\": [\"第三章 河边\"], \"en\": [\"Chapter 3: By the River\", \"Chapter 3 (continued)\"]"), json);
    }

    @Test
    void rejectsAnUnknownShapeInOneLine() throws Exception {
        Path input = TestTexts.write(folder, "a.txt", TestTexts.ARTICLE);
        CliRun run = duet("inspect", "--shape", "zigzag", input.toString());
        assertEquals(DuetCommand.EXIT_USAGE, run.exit());
        assertTrue(run.err().startsWith("duet: --shape: unknown shape 'zigzag'"), run.err());
        CliRun reported = duet("inspect", "--shape", "monolingual", input.toString());
        assertEquals(DuetCommand.EXIT_USAGE, reported.exit());
        CliRun mixed = duet("inspect", "--shape", "mixed", input.toString());
        assertEquals(DuetCommand.EXIT_USAGE, mixed.exit());
    }

    @Test
    void countsParagraphsByLanguageWithMixedOnesApart() throws Exception {
        Path input = TestTexts.write(folder, "mixed.txt", """
                我们用 Markdown 写书，再用 Duet 排成 EPUB 和 PDF。
                We write the book in Markdown and let Duet set it as an EPUB and a PDF.
                這是一本關於鐵路的書。
                This is a book about railways.
                """);
        CliRun run = duet("inspect", input.toString());
        assertTrue(run.out().contains("scripts   2 en, 1 mixed, 1 zh-Hant (paragraphs)"), run.out());
        CliRun json = duet("inspect", "--json", input.toString());
        assertTrue(json.out().contains("\"paragraphs\": {\"en\": 2, \"mixed\": 1, \"zh-Hant\": 1}"), json.out());
    }

    @Test
    void buildsMarkdownCsvAndBlockInputsIntoEpubsThatPassEpubCheckAndPdfs() throws Exception {
        Path markdown = TestTexts.write(folder, "rain.md", ShapeTexts.MARKDOWN);
        Path csv = TestTexts.write(folder, "phrases.csv", ShapeTexts.CSV);
        Path blocks = TestTexts.write(folder, "harbour.txt", ShapeTexts.BLOCKS);
        for (Path input : List.of(markdown, csv, blocks)) {
            Path out = folder.resolve("out-" + input.getFileName());
            CliRun run = duet("build", input.toString(), "-o", out.toString());
            assertEquals(0, run.exit(), run.err());
            String stem = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            assertTrue(EpubCheckResult.of(out.resolve(stem + ".epub")).problems().isEmpty(), input.toString());
            assertTrue(PdfInspection.pageCount(out.resolve(stem + ".pdf")) >= 1);
        }
        String text = PdfInspection.text(folder.resolve("out-harbour.txt").resolve("harbour.pdf"));
        assertTrue(text.contains("渡船每半小时开一班"), text);
    }

    @Test
    void takesTheMetadataAndShapeOptionsOfTheCommandLine() throws Exception {
        Path input = TestTexts.write(folder, "harbour.txt", ShapeTexts.BLOCKS);
        CliRun run = duet("inspect", "--json", "--title-zh", "港口", "--title-en", "The Harbour", "--author", "Lin Qiu",
                "--author", "Zhou Mu", "--date", "2025-05-01", "--part", "3", "--series", "Coast", "--shape", "blocks",
                input.toString());
        assertEquals(0, run.exit(), run.err());
        String json = run.out();
        assertTrue(json.contains("\"title\": {\"zh\": \"港口\", \"en\": \"The Harbour\"}"), json);
        assertTrue(json.contains("\"authors\": [\"Lin Qiu\", \"Zhou Mu\"]"), json);
        assertTrue(json.contains("\"date\": \"2025-05-01\""), json);
        assertTrue(json.contains("\"part\": 3,"), json);
        assertTrue(json.contains("\"series\": \"Coast\""), json);
        assertTrue(json.contains("\"shape\": \"blocks\""), json);
        CliRun bad = duet("inspect", "--date", "next week", input.toString());
        assertEquals(DuetCommand.EXIT_USAGE, bad.exit());
        assertTrue(bad.err().startsWith("duet: --date: 'next week' is not a date like 2024-01-16"), bad.err());
    }

    @Test
    void readsAForcedEncoding() throws Exception {
        Path input = TestTexts.write(folder, "gbk.txt", "第一段。\nThe first paragraph.\n", Charset.forName("GBK"));
        CliRun run = duet("inspect", "--encoding", "GBK", input.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("(GBK, text, "), run.out());
    }

    @Test
    void rejectsBytesNoEncodingDecodesInOneLineNamingTheOffset() throws Exception {
        Path input = folder.resolve("broken.txt");
        java.nio.file.Files.write(input, new byte[] {'o', 'k', '\n', 'x', (byte) 0xFF, 'y'});
        CliRun run = duet("inspect", input.toString());
        assertEquals(DuetCommand.EXIT_USER_ERROR, run.exit());
        assertEquals("duet: " + input + ": byte 4 (line 2) is not valid UTF-8; give the file's encoding with --encoding"
                + " (for example --encoding GB18030) or save it as UTF-8", run.err().strip());
    }
}
