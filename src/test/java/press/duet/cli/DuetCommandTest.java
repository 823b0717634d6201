package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.PdfInspection;
import press.duet.testing.TestTexts;

class DuetCommandTest {
    @TempDir
    Path folder;

    private static CliRun duet(String... args) {
        return CliRun.duet(args);
    }

    private static void assertOneClearLine(CliRun run, String start) {
        assertEquals(DuetCommand.EXIT_USER_ERROR, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "expected one line, got: " + run.err());
        assertTrue(lines.get(0).startsWith("duet: " + start), lines.get(0));
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void buildsEpubAndPdfFromAnArticleAndPrintsASummary() throws Exception {
        Path input = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        Path out = folder.resolve("out");
        CliRun run = duet("build", input.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("published "), run.out());
        assertTrue(run.out().contains("1 chapter, 3 pairs (3 with both languages)"), run.out());
        assertTrue(EpubCheckResult.of(out.resolve("night.epub")).problems().isEmpty());
        String text = PdfInspection.text(out.resolve("night.pdf"));
        assertTrue(text.contains("城市里的夜读时光"), text);
    }

    @Test
    void writesOnlyTheFormatsAsked() throws Exception {
        Path input = TestTexts.write(folder, "seasons.txt", TestTexts.BOOK);
        Path out = folder.resolve("out");
        assertEquals(0, duet("build", input.toString(), "-o", out.toString(), "--format", "epub").exit());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("seasons.epub"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void readsAGb18030FileWhenTheEncodingIsGiven() throws Exception {
        Path input = TestTexts.write(folder, "gb.txt", TestTexts.BOOK, Charset.forName("GB18030"));
        Path out = folder.resolve("out");
        CliRun run = duet("build", input.toString(), "-o", out.toString(), "--encoding", "GB18030", "--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        assertTrue(PdfInspection.text(out.resolve("gb.pdf")).contains("春天来得很慢"));
    }

    @Test
    void rejectsAMissingInputInOneLine() {
        Path missing = folder.resolve("nowhere.txt");
        assertOneClearLine(duet("build", missing.toString(), "-o", folder.toString()), missing + ": no such file or folder");
    }

    @Test
    void rejectsAnEmptyFileInOneLine() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.txt"), "\n\n");
        assertOneClearLine(duet("build", empty.toString(), "-o", folder.toString()), empty + ": the file is empty");
    }

    @Test
    void rejectsAFolderWithoutTextInOneLine() throws Exception {
        Path inputs = Files.createDirectory(folder.resolve("inputs"));
        assertOneClearLine(duet("build", inputs.toString(), "-o", folder.toString()), inputs + ": the folder has no text files");
    }

    @Test
    void rejectsUndecodableBytesInOneLineNamingTheOffset() throws Exception {
        Path input = TestTexts.write(folder, "gbk.txt", "第一行\n第二行", Charset.forName("GBK"));
        assertOneClearLine(duet("build", input.toString(), "--encoding", "UTF-8", "-o", folder.toString()),
                input + ": byte 0 (line 1) is not valid UTF-8");
    }

    @Test
    void rejectsAnUnwritableOutputFolderInOneLineAndLeavesNoFile() throws Exception {
        Path input = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        Path blocker = Files.writeString(folder.resolve("blocker"), "a file where a folder should be");
        Path out = blocker.resolve("out");
        assertOneClearLine(duet("build", input.toString(), "-o", out.toString()), out.toString());
    }

    @Test
    void keepsTheGoodOutputWhenALaterBuildFails() throws Exception {
        Path input = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        Path out = folder.resolve("out");
        assertEquals(0, duet("build", input.toString(), "-o", out.toString()).exit());
        byte[] good = Files.readAllBytes(out.resolve("night.epub"));
        Files.write(input, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertEquals(DuetCommand.EXIT_USER_ERROR, duet("build", input.toString(), "-o", out.toString()).exit());
        assertEquals(List.of(good.length), List.of(Files.readAllBytes(out.resolve("night.epub")).length));
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void rejectsAnUnknownFormatAsAUsageError() throws Exception {
        Path input = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        CliRun run = duet("build", input.toString(), "--format", "docx");
        assertEquals(DuetCommand.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains("unknown format 'docx'"), run.err());
    }

    @Test
    void printsAStackTraceOnlyWithDebug() {
        Path missing = folder.resolve("nowhere.txt");
        CliRun run = duet("build", missing.toString(), "--debug");
        assertEquals(DuetCommand.EXIT_USER_ERROR, run.exit());
        assertTrue(run.err().contains("DuetException"), run.err());
    }

    @Test
    void answersHelpAndVersion() {
        CliRun help = duet("build", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--format"), help.out());
        CliRun version = duet("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("duet "), version.out());
    }
}
