package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.report.DuetException;

class TextDecoderTest {
    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = "春天 Spring".getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        assertEquals("春天 Spring", TextDecoder.decode(plain, null, "a.txt").text());
        assertEquals("春天 Spring", TextDecoder.decode(marked, null, "a.txt").text());
    }

    @Test
    void readsUtf16ByItsByteOrderMark() {
        byte[] little = "\uFEFF夏天 Summer".getBytes(StandardCharsets.UTF_16LE);
        byte[] big = "\uFEFF夏天 Summer".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("夏天 Summer", TextDecoder.decode(little, null, "a.txt").text());
        assertEquals("夏天 Summer", TextDecoder.decode(big, null, "a.txt").text());
        assertEquals("UTF-16LE", TextDecoder.decode(little, null, "a.txt").encoding());
    }

    @Test
    void readsAForcedEncoding() {
        byte[] gbk = "秋天的风".getBytes(Charset.forName("GB18030"));
        assertEquals("秋天的风", TextDecoder.decode(gbk, Charset.forName("GB18030"), "a.txt").text());
    }

    @Test
    void rejectsGbkBytesForcedAsUtf8NamingTheFileTheOffsetAndTheLine() {
        byte[] head = "line one\nline two: ".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "冬天".getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[head.length + gbk.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(gbk, 0, bytes, head.length, gbk.length);
        DuetException e = assertThrows(DuetException.class, () -> TextDecoder.decode(bytes, StandardCharsets.UTF_8, "winter.txt"));
        assertTrue(e.getMessage().startsWith("winter.txt: byte " + head.length + " (line 2) is not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding"), e.getMessage());
    }

    @Test
    void normalisesLineEndingsAndRemovesInvisibleJunk() {
        byte[] bytes = "a\r\nb\rc\u200B\u0007d".getBytes(StandardCharsets.UTF_8);
        assertEquals("a\nb\ncd", TextDecoder.decode(bytes, null, "a.txt").text());
    }

    @Test
    void keepsFullWidthPunctuationAsItIs() {
        byte[] bytes = "你好，世界！（测试）".getBytes(StandardCharsets.UTF_8);
        assertEquals("你好，世界！（测试）", TextDecoder.decode(bytes, null, "a.txt").text());
    }

    /** Clean's first pass, which finds where there is something to clean, must miss no character. */
    @Test
    void findsEveryCharacterToCleanAsTheFullPassDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            // A leading CR makes clean go through every character after it.
            assertEquals(new TextCleaner().clean("\r" + text, 1).substring(1), new TextCleaner().clean(text, 1), () -> String.format("U+%04X", (int) text.charAt(1)));
        }
    }

    /**
     * What clean takes as plain text without looking closer holds no control or format character (the
     * zero-width ones are format characters) and neither of the non-characters U+FFFE and U+FFFF.
     */
    @Test
    void takesNoInvisibleCharacterForPlainText() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (TextCleaner.isPlainPrintable(c)) {
                int type = Character.getType(c);
                assertTrue(type != Character.CONTROL && type != Character.FORMAT && c != '\uFFFE' && c != '\uFFFF',
                        String.format("U+%04X", (int) c));
            }
        }
    }

    @Test
    void readsUtf8LineByLineIntoTheLinesOfTheCleanedWholeText() {
        List<String> texts = List.of("", "one line", "ends with LF\n", "a\r\nb\r\n", "lone\rcarriage\rreturns",
                "ends with CR\r", "\r\n", "\n\n\n", "mixed\r\n\rends\n\r", "分\u2028隔\u2029符\u0085号",
                "零\u200B宽\uFEFF字\u00AD符\r\n下一行", "tab\tseparated\r\nrow\tline", "\uFEFF开头的 BOM\n第二行");
        for (String text : texts) {
            List<String> expected = List.of(new TextCleaner().clean(text, 1).split("\n", -1));
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(expected, TextDecoder.decode(utf8, null, "a.txt").lines(), () -> "UTF-8: " + text.replace("\r", "\\r"));
            byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            assertEquals(expected, TextDecoder.decode(utf16, null, "a.txt").lines(), () -> "UTF-16: " + text.replace("\r", "\\r"));
        }
    }
}
