package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import press.duet.testing.EpubEntries;
import press.duet.testing.TestTexts;

/**
 * Duet as a hostile but realistic user tries it: every case of issue 16 and a generated mix of bad
 * bytes, odd characters and extreme sizes. A refused case must exit with the code of the table, print
 * exactly one line on standard error that names the file (and place), no stack trace, and leave the
 * output folder as it was: the previous good editions byte for byte, no new or temporary file.
 */
class HostileInputTest {
    private static final byte[] GOOD_EPUB = "the good EPUB of an earlier build".getBytes(StandardCharsets.UTF_8);
    private static final byte[] GOOD_PDF = "the good PDF of an earlier build".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;
    private Path out;
    private Path book;

    @BeforeEach
    void prepare() throws Exception {
        out = Files.createDirectories(folder.resolve("out"));
        Files.write(out.resolve("book.epub"), GOOD_EPUB);
        Files.write(out.resolve("book.pdf"), GOOD_PDF);
        book = TestTexts.write(folder, "book.txt", TestTexts.ARTICLE);
    }

    /** A refused case: the command line after "build", with BOOK and DIR standing for the input and a file in the folder. */
    record Refused(String name, int exit, String errorStart, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Arguments refused(String name, int exit, String errorStart, String... args) {
        return Arguments.of(new Refused(name, exit, errorStart, List.of(args)));
    }

    static Stream<Arguments> refusedCases() {
        int usage = DuetCommand.EXIT_USAGE;
        int io = DuetCommand.EXIT_USER_ERROR;
        return Stream.of(
                refused("font size NaN", usage, "--font-size: NaN", "BOOK", "--font-size", "NaN"),
                refused("font size infinite", usage, "--font-size: Infinity", "BOOK", "--font-size", "Infinity"),
                refused("font size negative", usage, "--font-size: -3.0", "BOOK", "--font-size", "-3"),
                refused("font size huge", usage, "--font-size: 1.0E9", "BOOK", "--font-size", "1e9"),
                refused("format comma", usage, "--format: no format given", "BOOK", "--format", ","),
                refused("format empty", usage, "--format: no format given", "BOOK", "--format", ""),
                refused("format unknown", usage, "--format: unknown format 'docx'", "BOOK", "--format", "docx"),
                refused("layout unknown", usage, "--layout: unknown layout", "BOOK", "--layout", "spiral"),
                refused("paper unknown", usage, "--paper: ", "BOOK", "--paper", "A3"),
                refused("notes unknown", usage, "--notes: unknown choice 'margin'", "BOOK", "--notes", "margin"),
                refused("first unknown", usage, "--first: unknown language", "BOOK", "--first", "fr"),
                refused("shape unknown", usage, "--shape: unknown shape", "BOOK", "--shape", "zigzag"),
                refused("encoding unknown", usage, "--encoding: unknown encoding 'klingon'", "BOOK", "--encoding", "klingon"),
                refused("fonts choice unknown", usage, "--embed-fonts: unknown choice", "BOOK", "--embed-fonts", "all"),
                refused("date not a date", usage, "--date: 'soon'", "BOOK", "--date", "soon"),
                refused("part zero", usage, "--part: 0", "BOOK", "--part", "0"),
                refused("part not a number", usage, "Invalid value for option '--part'", "BOOK", "--part", "three"),
                refused("author empty", usage, "--author: the value is empty", "BOOK", "--author", ""),
                refused("title blank", usage, "--title-zh: the value is empty", "BOOK", "--title-zh", "  "),
                refused("unknown option", usage, "Unknown option: '--colour'", "BOOK", "--colour", "red"),
                refused("missing input", io, "DIR/nowhere.txt: no such file or folder", "DIR/nowhere.txt"),
                refused("empty folder", io, "DIR/empty: the folder has no text files", "DIR/empty"),
                refused("fifo named", io, "DIR/pipe.txt: not a regular file", "DIR/pipe.txt"),
                refused("bad bytes forced", io, "DIR/gbk.txt: byte 0 (line 1) is not valid UTF-8", "DIR/gbk.txt", "--encoding", "UTF-8"),
                refused("undetectable bytes", io, "DIR/noise.txt: byte ", "DIR/noise.txt"),
                refused("korean in a legacy encoding", io, "DIR/korean.txt: byte ", "DIR/korean.txt"),
                refused("empty file", io, "DIR/blank.txt: the file is empty", "DIR/blank.txt"),
                refused("title only", io, "DIR/title.txt: nothing to publish", "DIR/title.txt"),
                refused("five thousand empty headings", io, "DIR/headings.md: nothing to publish", "DIR/headings.md"),
                refused("truncated PNG cover", io, "DIR/cut.png: the cover image is damaged", "BOOK", "--cover", "DIR/cut.png"),
                refused("truncated JPEG cover", io, "DIR/cut.jpg: the cover image is damaged", "BOOK", "--cover", "DIR/cut.jpg"),
                refused("text named as a cover", io, "DIR/fake.png: the cover must be a PNG or JPEG", "BOOK", "--cover", "DIR/fake.png"),
                refused("truncated font", io, "DIR/cut.ttf: the font cannot be used: the file is cut short", "BOOK", "--font-zh", "DIR/cut.ttf"),
                refused("text named as a font", io, "DIR/fake.ttf: the font cannot be used: not a TrueType", "BOOK", "--font-en", "DIR/fake.ttf"),
                refused("folder as a font", io, "DIR/fonts.ttf: a folder, not a font file", "BOOK", "--font-en", "DIR/fonts.ttf"),
                refused("broken style sheet", io, "DIR/broken.css:1:", "BOOK", "--style", "DIR/broken.css"),
                refused("style sheet not UTF-8", io, "DIR/latin1.css: byte ", "BOOK", "--style", "DIR/latin1.css"),
                refused("folder as a style sheet", io, "DIR/empty: a folder, not a CSS file", "BOOK", "--style", "DIR/empty"),
                refused("output is a file", io, "DIR/book.txt: the output path is a file", "BOOK", "-o", "DIR/book.txt"),
                refused("name with a line break", io, "DIR/two\\nlines.txt: the file is empty", "DIR/two\nlines.txt"));
    }

    private void writeInputs() throws Exception {
        Files.createDirectories(folder.resolve("empty"));
        Files.createDirectories(folder.resolve("fonts.ttf"));
        new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start().waitFor();
        TestTexts.write(folder, "gbk.txt", "第一行\n第二行", Charset.forName("GBK"));
        byte[] noise = new byte[4000];
        new Random(16).nextBytes(noise);
        Files.write(folder.resolve("noise.txt"), noise);
        TestTexts.write(folder, "korean.txt", "대한민국의 수도는 서울이다. 한강이 도시를 가로질러 흐른다.\n".repeat(20), Charset.forName("EUC-KR"));
        Files.writeString(folder.resolve("blank.txt"), "\n \n\t\n");
        Files.writeString(folder.resolve("title.txt"), "城市里的夜读时光\n");
        Files.writeString(folder.resolve("headings.md"), "## 第几章\n\n".repeat(5000));
        Files.writeString(folder.resolve("two\nlines.txt"), "\n");
        Files.write(folder.resolve("cut.png"), cut(image("png"), 0.6));
        Files.write(folder.resolve("cut.jpg"), cut(image("jpg"), 0.6));
        Files.writeString(folder.resolve("fake.png"), "not an image");
        byte[] font = Files.readAllBytes(Path.of("fonts").resolve(firstFont()));
        Files.write(folder.resolve("cut.ttf"), cut(font, 0.5));
        Files.writeString(folder.resolve("fake.ttf"), "not a font, only text in a file with a font's name");
        Files.writeString(folder.resolve("broken.css"), "body { color: red; } }}} p { color: ; }\n@@@ {");
        Files.write(folder.resolve("latin1.css"), "p { content: \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String firstFont() throws Exception {
        try (Stream<Path> fonts = Files.list(Path.of("fonts"))) {
            return fonts.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttf") || n.endsWith(".otf"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    private static byte[] image(String format) throws Exception {
        var image = new java.awt.image.BufferedImage(400, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 400, 600, java.awt.Color.BLUE));
        g.fillRect(0, 0, 400, 600);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    private static byte[] cut(byte[] bytes, double share) {
        return java.util.Arrays.copyOf(bytes, (int) (bytes.length * share));
    }

    private List<String> args(List<String> template) {
        List<String> args = new ArrayList<>(List.of("build"));
        for (String arg : template) {
            args.add(arg.replace("BOOK", book.toString()).replace("DIR", folder.toString()));
        }
        if (!args.contains("-o")) {
            args.addAll(List.of("-o", out.toString()));
        }
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCases")
    void refusesInOneLineAndLeavesTheOutputAsItWas(Refused hostile) throws Exception {
        writeInputs();
        CliRun run = CliRun.duet(args(hostile.args()).toArray(String[]::new));
        assertEquals(hostile.exit(), run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "expected one line: " + run.err());
        String expected = "duet: " + hostile.errorStart().replace("DIR", folder.toString());
        assertTrue(lines.get(0).startsWith(expected), lines.get(0) + "\n does not start with\n" + expected);
        assertNoStackTrace(run);
        assertOutputAsItWas();
    }

    private void assertOutputAsItWas() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("book.epub", "book.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertArrayEquals(GOOD_EPUB, Files.readAllBytes(out.resolve("book.epub")));
        assertArrayEquals(GOOD_PDF, Files.readAllBytes(out.resolve("book.pdf")));
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("Error:"), run.err());
    }

    private CliRun build(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("build", input.toString(), "-o", folder.resolve("new").toString(), "--format", "epub"));
        args.addAll(List.of(more));
        CliRun run = CliRun.duet(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        assertNoStackTrace(run);
        return run;
    }

    private String publishedText(String stem) {
        Path epub = folder.resolve("new").resolve(stem + ".epub");
        StringBuilder text = new StringBuilder();
        for (String name : EpubEntries.names(epub)) {
            if (name.endsWith(".xhtml")) {
                text.append(EpubEntries.text(epub, name));
            }
        }
        return text.toString();
    }

    @Test
    void countsControlCharactersAndEscapeSequencesInOneWarningWithTheFirstPlace() throws Exception {
        Path input = TestTexts.write(folder, "ansi.txt", TestTexts.ARTICLE.replace("城市", "\u001b[31m城市\u001b[0m")
                .replace("。", "\u0000。"));
        CliRun run = build(input);
        List<String> warnings = run.err().lines().filter(l -> l.contains("control character")).toList();
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).startsWith("warning: " + input + ":1: removed "), warnings.get(0));
        String text = publishedText("ansi");
        assertFalse(text.contains("[31m") || text.contains("[0m"), "an escape sequence was published");
        assertTrue(text.contains("城市里的夜读时光"));
    }

    @Test
    void readsTheSameFileGivenTwiceOnceWithAWarning() throws Exception {
        CliRun once = build(book);
        CliRun twice = CliRun.duet("build", book.toString(), book.toString(), "-o", folder.resolve("new").toString(), "--format", "epub");
        assertEquals(0, twice.exit(), twice.err());
        assertTrue(twice.err().contains(book + ": the same file is named twice"), twice.err());
        assertEquals(once.out().replaceAll(" in [0-9.]+ s", ""), twice.out().replaceAll(" in [0-9.]+ s", ""));
    }

    @Test
    void skipsLinksOutOfTheFolderAndSpecialFilesUnlessLinksAreToBeFollowed() throws Exception {
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        TestTexts.write(inputs, "1.txt", TestTexts.ARTICLE);
        Path secret = Files.writeString(folder.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(inputs.resolve("2.txt"), secret);
        new ProcessBuilder("mkfifo", inputs.resolve("3.txt").toString()).start().waitFor();
        CliRun run = build(inputs);
        assertTrue(run.err().contains(inputs.resolve("2.txt") + ": skipped: the link leads outside the folder"), run.err());
        assertTrue(run.err().contains(inputs.resolve("3.txt") + ": skipped: not a regular file"), run.err());
        assertFalse(publishedText("1").contains("root:x:0"), "a linked file outside the folder was published");
        build(inputs, "--follow-links");
        assertTrue(publishedText("1").contains("root:x:0"), "--follow-links did not follow the link");
    }

    @Test
    void warnsAboutScriptsThePdfCannotShapeWithTheFirstPlace() throws Exception {
        Path input = TestTexts.write(folder, "arabic.txt", TestTexts.ARTICLE + "\nمرحبا بالعالم\n\nשלום עולם\n");
        CliRun run = CliRun.duet("build", input.toString(), "-o", folder.resolve("new").toString(), "--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("warning: .*arabic.txt:\\d+: the PDF cannot shape Arabic .*")), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("warning: .*arabic.txt:\\d+: the PDF cannot shape Hebrew .*")), run.err());
    }

    @Test
    void readsUtf32WithAByteOrderMarkAndCp950AsWindowsWritesIt() throws Exception {
        String text = TestTexts.ARTICLE + "\n罕見字 𠀀 與 €\n";
        Path utf32 = folder.resolve("utf32.txt");
        Files.write(utf32, ("\uFEFF" + text).getBytes(Charset.forName("UTF-32LE")));
        build(utf32);
        assertTrue(publishedText("utf32").contains("罕見字 𠀀 與 €"), "UTF-32 text was not read whole");
        Path cp950 = folder.resolve("cp950.txt");
        Files.write(cp950, TestTexts.ARTICLE.replace("城市", "城市€").getBytes(Charset.forName("x-windows-950")));
        build(cp950, "--encoding", "CP950");
        assertTrue(publishedText("cp950").contains("城市€"));
    }

    /**
     * A Hong Kong file in Big5-HKSCS, plain and hard-wrapped, with no encoding given: detected as such
     * and published without mojibake (before, GB18030 mojibake, or the wrapped one refused as bad UTF-8).
     */
    @Test
    void publishesARealCantoneseTextInBig5HkscsAsItsUtf8Original() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/press/duet/read/hong-kong-wikimania.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path plain = Files.write(folder.resolve("hk.txt"), text.getBytes(Charset.forName("Big5-HKSCS")));
        build(plain);
        assertTrue(publishedText("hk").contains("係一個實質嘅城市，同時亦係中華人民共和國兩個特別行政區嘅其中之一"),
                publishedText("hk"));
        Path wrapped = Files.write(folder.resolve("hk-wrapped.txt"), press.duet.read.RealTextEncodingsTestAccess
                .hardWrapped(text).getBytes(Charset.forName("Big5-HKSCS")));
        CliRun inspect = CliRun.duet("inspect", wrapped.toString());
        assertEquals(0, inspect.exit(), inspect.err());
        assertTrue(inspect.out().contains("(Big5-HKSCS, text"), inspect.out());
        build(wrapped);
        assertTrue(publishedText("hk-wrapped").contains("成為咗世界上第四人口最密集嘅地方"), publishedText("hk-wrapped"));
    }

    /** The temporary name is short: an input name of 241 characters (the .epub name fits in 255) builds. */
    @Test
    void buildsABookWhoseNameIsNearlyAsLongAsTheFileSystemAllows() throws Exception {
        String stem = "长".repeat(10) + "n".repeat(211); // 10 × 3 bytes + 211 = 241 bytes
        Path input = TestTexts.write(folder, stem + ".txt", TestTexts.ARTICLE);
        CliRun run = CliRun.duet("build", input.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(out.resolve(stem + ".epub")) && Files.exists(out.resolve(stem + ".pdf")));
    }

    /** A generated mix: bad bytes, odd characters, extreme sizes. A book or one line, never more. */
    @Test
    void aGeneratedMixOfHostileTextsGivesABookOrOneClearLine() throws Exception {
        Random random = new Random(1616);
        List<byte[]> inputs = new ArrayList<>();
        inputs.add(("一" + "很长的一行没有换行".repeat(20_000) + "\nA very long line " + "without a break ".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        inputs.add(("\u202E倒序\u202C文字\n\nReversed text\n\n" + "e\u0301\u0302\u0303".repeat(500) + "\n\n👩‍👩‍👧‍👦 家庭\n\nFamily 😀\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(("\n".repeat(100_000) + "第一章\n\n内容。\n\nContent.\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 8; i++) {
            byte[] base = TestTexts.BOOK.getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : Charset.forName("GB18030"));
            for (int k = 0; k < 1 + random.nextInt(20); k++) {
                base[random.nextInt(base.length)] = (byte) random.nextInt(256);
            }
            inputs.add(base);
        }
        for (int i = 0; i < inputs.size(); i++) {
            Path input = Files.write(folder.resolve("mix-" + i + ".txt"), inputs.get(i));
            CliRun run = CliRun.duet("build", input.toString(), "-o", out.toString(), "--format", "epub");
            assertNoStackTrace(run);
            if (run.exit() != 0) {
                assertEquals(DuetCommand.EXIT_USER_ERROR, run.exit(), run.err());
                List<String> lines = run.err().lines().toList();
                assertEquals(1, lines.size(), run.err());
                assertTrue(lines.get(0).startsWith("duet: " + input), lines.get(0));
                assertFalse(Files.exists(out.resolve("mix-" + i + ".epub")));
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "a temporary file was left");
        }
    }
}
