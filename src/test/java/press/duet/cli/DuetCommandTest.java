package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("blocker", "night.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // Written whole, then not movable into place (a folder has the edition's name): no file is left.
        Path taken = Files.createDirectories(folder.resolve("taken").resolve("night.pdf"));
        assertOneClearLine(duet("build", input.toString(), "-o", taken.getParent().toString(), "--format", "pdf"),
                taken + ": cannot write the file");
        try (Stream<Path> files = Files.list(taken.getParent())) {
            assertEquals(List.of("night.pdf"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * A build that fails in the middle of writing the PDF (its "disk" fills: a file-size limit on a
     * Duet process of its own) keeps both good editions of the build before byte for byte, and leaves
     * no temporary file.
     */
    @Test
    void keepsTheGoodOutputWhenALaterBuildFails() throws Exception {
        Path input = TestTexts.write(folder, "night.txt", TestTexts.ARTICLE);
        Path out = folder.resolve("out");
        assertEquals(0, duet("build", input.toString(), "-o", out.toString()).exit());
        byte[] goodEpub = Files.readAllBytes(out.resolve("night.epub"));
        byte[] goodPdf = Files.readAllBytes(out.resolve("night.pdf"));
        Files.writeString(input, press.duet.testing.StressTexts.book(3, 40, 60));
        Process failing = ChildDuet.start(folder.resolve("log"), 256, "build", input.toString(), "-o", out.toString(),
                "--format", "pdf");
        assertTrue(failing.waitFor(180, java.util.concurrent.TimeUnit.SECONDS));
        String err = Files.readString(folder.resolve("log"));
        assertEquals(DuetCommand.EXIT_USER_ERROR, failing.exitValue(), err);
        assertEquals(List.of("duet: " + out.resolve("night.pdf") + ": cannot write the file (file too large)"),
                err.lines().toList());
        assertArrayEquals(goodPdf, Files.readAllBytes(out.resolve("night.pdf")));
        assertArrayEquals(goodEpub, Files.readAllBytes(out.resolve("night.epub")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("night.epub", "night.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
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
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("70  internal error"), help.out());
        for (String command : new String[] {"inspect", "preview"}) {
            CliRun other = duet(command, "--help");
            assertTrue(other.out().contains("--debug") && other.out().contains("Exit codes:"), other.out());
        }
        CliRun version = duet("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("duet "), version.out());
    }
}
