package press.duet.read.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A package or content document's bytes are read whatever they hold after a byte-order mark. */
class EpubXmlTest {
    private static byte[] withUtf8Mark(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    @Test
    void aByteOrderMarkBeforeTextWithoutAnyTagIsNoCrash() {
        // Found by the fuzzer: a mark followed by no '<' at all.
        Document document = EpubXml.parse("book.epub", "OEBPS/content.opf", withUtf8Mark("no markup here"));
        assertEquals("no markup here", document.text());
    }

    @Test
    void theEncodingDeclaredAfterAByteOrderMarkIsRead() {
        Document document = EpubXml.parse("book.epub", "OEBPS/content.opf",
                withUtf8Mark("<?xml version=\"1.0\" encoding=\"UTF-8\"?><package><title>論語</title></package>"));
        assertEquals("論語", document.select("title").text());
    }
}
