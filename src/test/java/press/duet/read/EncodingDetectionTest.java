package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.report.DuetException;

class EncodingDetectionTest {
    /** Our own text, long enough for a statistical detector and with characters that differ by variety. */
    private static final String SIMPLIFIED = """
            第一章 山中的学校

            山里的学校只有两间教室，老师每天早上六点就到了。孩子们从很远的村子走来，路上要经过一条小河。
            The school in the mountains has only two classrooms, and the teacher arrives at six every morning.
            下雨的时候，河水会涨起来，老师就站在桥边，一个一个地把学生接过去。
            When it rains the river rises, and the teacher stands by the bridge to bring the pupils across one by one.
            """;
    private static final String TRADITIONAL = """
            第一章 山中的學校

            山裡的學校只有兩間教室，老師每天早上六點就到了。孩子們從很遠的村子走來，路上要經過一條小河。
            The school in the mountains has only two classrooms, and the teacher arrives at six every morning.
            下雨的時候，河水會漲起來，老師就站在橋邊，一個一個地把學生接過去。
            When it rains the river rises, and the teacher stands by the bridge to bring the pupils across one by one.
            """;

    @TempDir
    Path folder;

    private Draft readFile(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return Readers.read(file, null, Format.TEXT);
    }

    private static String text(Draft draft) {
        return String.join("\n", draft.blocks().stream().flatMap(b -> b.lines().stream()).toList());
    }

    @Test
    void detectsAGb18030FileTheTestWrites() throws Exception {
        Draft draft = readFile("gb.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", draft.encoding());
        assertTrue(text(draft).contains("老师就站在桥边"), text(draft));
    }

    @Test
    void detectsAGbkFileAsGb18030ItsSuperset() throws Exception {
        Draft draft = readFile("gbk.txt", SIMPLIFIED.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", draft.encoding());
        assertTrue(text(draft).contains("孩子们从很远的村子走来"));
    }

    @Test
    void detectsABig5FileTheTestWrites() throws Exception {
        Draft draft = readFile("big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals("Big5", draft.encoding());
        assertTrue(text(draft).contains("老師就站在橋邊"), text(draft));
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        byte[] plain = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[plain.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withMark, 3, plain.length);
        assertEquals("UTF-8", readFile("a.txt", plain).encoding());
        Draft marked = readFile("b.txt", withMark);
        assertEquals("UTF-8", marked.encoding());
        assertEquals("第一章 山中的学校", marked.blocks().get(0).lines().get(0));
    }

    @Test
    void readsUtf16WithByteOrderMarkInBothByteOrders() throws Exception {
        Draft big = readFile("be.txt", ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16BE));
        Draft little = readFile("le.txt", ("\uFEFF" + TRADITIONAL).getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16BE", big.encoding());
        assertEquals("UTF-16LE", little.encoding());
        assertEquals("第一章 山中的學校", little.blocks().get(0).lines().get(0));
    }

    @Test
    void honoursAForcedEncodingOverDetection() throws Exception {
        Path file = folder.resolve("forced.txt");
        Files.write(file, TRADITIONAL.getBytes(Charset.forName("Big5")));
        DuetException e = assertThrows(DuetException.class,
                () -> Readers.read(file, StandardCharsets.UTF_8, Format.TEXT));
        assertTrue(e.getMessage().contains("is not valid UTF-8"), e.getMessage());
    }

    @Test
    void rejectsBytesNoEncodingDecodesNamingTheFileAndTheOffset() throws Exception {
        byte[] head = "good line\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = 'x';
        bytes[head.length + 1] = (byte) 0xFF;
        bytes[head.length + 2] = 'y';
        Path file = folder.resolve("broken.txt");
        Files.write(file, bytes);
        DuetException e = assertThrows(DuetException.class, () -> Readers.read(file, null, Format.TEXT));
        assertTrue(e.getMessage().startsWith(file + ": byte 11 (line 2) is not valid UTF-8"), e.getMessage());
    }

    @Test
    void stripsZeroWidthJoinersAndDirectionMarksButKeepsFullWidthPunctuation() {
        byte[] bytes = "你\u200D好\u200E，\u200C世界！\r\n（完）\u3000".getBytes(StandardCharsets.UTF_8);
        assertEquals("你好，世界！\n（完）\u3000", TextDecoder.decode(bytes, null, "a.txt").text());
    }

    @Test
    void detectsGb18030WithFourByteCharactersBeyondGbk() throws Exception {
        // 㐀 (U+3400) and 𠀀 (U+20000) exist only in GB18030's four-byte range, not in GBK.
        String text = SIMPLIFIED + "\n罕见的字：㐀、𠀀。\nRare characters: two of them.\n";
        byte[] bytes = text.getBytes(Charset.forName("GB18030"));
        Draft draft = readFile("rare.txt", bytes);
        assertEquals("GB18030", draft.encoding());
        assertTrue(text(draft).contains("罕见的字：㐀、𠀀。"), text(draft));
    }

    @Test
    void tellsShortGbkTextFromBig5WhereTheDetectorHasTooLittleToGoOn() throws Exception {
        assertEquals("第一行\n第二行", text(readFile("short-gb.txt", "第一行\n第二行".getBytes(Charset.forName("GBK")))));
        assertEquals("秋天的風", text(readFile("short-big5.txt", "秋天的風".getBytes(Charset.forName("Big5")))));
        assertEquals("秋天的风", text(readFile("short-gb2.txt", "秋天的风".getBytes(Charset.forName("GB18030")))));
    }

    @Test
    void refusesToGuessAWindows1252FileRatherThanProduceMojibake() throws Exception {
        byte[] bytes = "He said \u201cwait\u201d and left.\n".getBytes(Charset.forName("windows-1252"));
        Path file = folder.resolve("quotes.txt");
        Files.write(file, bytes);
        DuetException e = assertThrows(DuetException.class, () -> Readers.read(file, null, Format.TEXT));
        assertTrue(e.getMessage().startsWith(file + ": byte 8 (line 1) is not valid UTF-8"), e.getMessage());
        assertEquals("He said \u201cwait\u201d and left.", text(Readers.read(file, Charset.forName("windows-1252"), Format.TEXT)));
    }
    @Test
    void keepsTheHalfWidthIdeographicCommaOfABig5FileWhichWindowsBig5ReadsAsASmallComma() throws Exception {
        // Big5 and CP950 decode these bytes differently (､ U+FF64 and ﹑ U+FE51): the file is Big5, and
        // half-width ideographic punctuation is a real text's, not mojibake's.
        String text = TRADITIONAL + "\n夫子溫､良､恭､儉､讓以得之。\n";
        Draft draft = readFile("halfwidth.txt", text.getBytes(Charset.forName("Big5")));
        assertEquals("Big5", draft.encoding());
        assertTrue(text(draft).contains("夫子溫､良､恭､儉､讓以得之。"), text(draft));
    }

    @Test
    void readsAHongKongCharacterThatWindowsBig5HasOnlyAsPrivateUse() throws Exception {
        // 鼈 is in HKSCS; CP950 decodes its bytes without error, into its user-defined (private-use) area.
        // In a long text one such character costs too little of the score to decide it on its own.
        String text = TRADITIONAL.repeat(40) + "\n數罟不入洿池，魚鼈不可勝食也。\n";
        Draft draft = readFile("hkscs.txt", text.getBytes(Charset.forName("Big5-HKSCS")));
        assertEquals("Big5-HKSCS", draft.encoding());
        assertTrue(text(draft).contains("魚鼈不可勝食也"), text(draft));
    }

    /** Our own English, with no Chinese at all but the typographic quotes and dashes a page copy has. */
    private static final String TYPOGRAPHIC_ENGLISH = """
            The Harbour School’s New Library

            It’s the town’s first library in forty years — and the children chose its name.
            “We wanted somewhere quiet,” the head teacher said, “and they wanted somewhere with windows.”
            """;

    @Test
    void readsEnglishWithCurlyQuotesInBig5AsBig5NotAsGb18030Symbols() throws Exception {
        // GB18030 decodes these bytes without error too, but its ’ is ˇ and its “ is ¨: no sentence holds those.
        Draft draft = readFile("quotes-big5.txt", TYPOGRAPHIC_ENGLISH.getBytes(Charset.forName("Big5")));
        assertEquals("Big5", draft.encoding());
        assertTrue(text(draft).contains("It’s the town’s first library in forty years — and"), text(draft));
        assertTrue(text(draft).contains("“We wanted somewhere quiet,”"), text(draft));
    }

    @Test
    void readsEnglishWithCurlyQuotesInGb18030AsGb18030NotAsBig5Symbols() throws Exception {
        // Big5 reads GB18030's ’ as ＊ and its “ as ※.
        Draft draft = readFile("quotes-gb.txt", TYPOGRAPHIC_ENGLISH.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", draft.encoding());
        assertTrue(text(draft).contains("The Harbour School’s New Library"), text(draft));
    }

    @Test
    void readsOneCurlyApostropheInAWindowsBig5TitleRight() throws Exception {
        Draft draft = readFile("title-950.txt", "Remarks at the Opening of the Harbour School’s Library\n"
                .getBytes(Charset.forName("x-windows-950")));
        assertTrue(text(draft).contains("Harbour School’s Library"), text(draft));
    }

    @Test
    void readsTheFullWidthSlashOfAWindowsBig5FileAsASlashNotABoxDiagonal() throws Exception {
        // Windows writes ／ as A1FE, which Java's Big5 reads as the box-drawing ╱ (U+2571) without an
        // error; in a long text one slash moves the score too little to decide the encoding on its own.
        String text = TRADITIONAL.repeat(40) + "\n圖／本報記者 文／編輯部\n";
        Draft draft = readFile("slash-950.txt", text.getBytes(Charset.forName("x-windows-950")));
        assertTrue(text(draft).contains("圖／本報記者 文／編輯部"), text(draft));
    }

    @Test
    void readsTheFullWidthSlashOfABig5FileAsASlashNotADivisionSlash() throws Exception {
        // Java's Big5 writes ／ as A241, which Windows' Big5 reads as the division slash ∕ (U+2215).
        String text = TRADITIONAL.repeat(40) + "\n圖／本報記者 文／編輯部\n";
        Draft draft = readFile("slash-big5.txt", text.getBytes(Charset.forName("Big5")));
        assertTrue(text(draft).contains("圖／本報記者 文／編輯部"), text(draft));
    }
}
