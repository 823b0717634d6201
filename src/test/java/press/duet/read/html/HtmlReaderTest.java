package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.Format;
import press.duet.read.Source;
import press.duet.report.DuetException;
import press.duet.report.Finding;

/** Web pages read whole: their encoding whatever they declare, their metadata, and pages with no article. */
class HtmlReaderTest {
    private static final String BODY = "<h1>春晓 Spring Dawn</h1><p>春眠不觉晓，处处闻啼鸟。</p><p>I slept in spring, not knowing of the dawn.</p>"
            + "<p>繁體的臺灣話。</p>";
    private final List<Finding> findings = new ArrayList<>();

    private Draft read(String name, byte[] bytes) {
        return Format.HTML.reader().read(Source.of(name, bytes), press.duet.read.ReadOptions.DEFAULTS, findings::add);
    }

    private static byte[] page(String meta, String body, Charset charset) {
        return ("<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body>" + body + "</body></html>").getBytes(charset);
    }

    private static List<String> lines(Draft draft) {
        return draft.blocks().stream().map(DraftBlock::lines).flatMap(List::stream).toList();
    }

    @Test
    void readsTheHtmlEndingsAsPages() {
        for (String name : List.of("a.html", "b.HTM", "c.xhtml", "d.shtml")) {
            assertEquals(Format.HTML, Format.byName(name).orElseThrow(), name);
        }
    }

    @Test
    void decodesEachDeclaredEncodingAndEveryPageWithoutOne() {
        List<String> expected = List.of("春晓 Spring Dawn", "春眠不觉晓，处处闻啼鸟。", "I slept in spring, not knowing of the dawn.", "繁體的臺灣話。");
        record Case(String meta, Charset charset, String named) {
        }
        List<Case> cases = List.of(
                new Case("<meta charset=\"gb2312\">", Charset.forName("GB18030"), "GB18030"),
                new Case("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">", Charset.forName("GBK"), "GB18030"),
                new Case("<meta charset=big5>", Charset.forName("Big5"), "x-windows-950"),
                new Case("<meta charset=\"utf-8\">", StandardCharsets.UTF_8, "UTF-8"),
                new Case("", Charset.forName("GB18030"), "GB18030"));
        for (Case c : cases) {
            String body = c.charset().name().equals("Big5")
                    ? BODY.replace("春眠不觉晓，处处闻啼鸟。", "春眠不覺曉，處處聞啼鳥。").replace("春晓", "春曉") : BODY;
            Draft draft = read("page.html", page(c.meta(), body, c.charset()));
            assertEquals(c.named(), draft.encoding(), c.meta());
            List<String> want = c.charset().name().equals("Big5")
                    ? List.of("春曉 Spring Dawn", "春眠不覺曉，處處聞啼鳥。", expected.get(2), expected.get(3)) : expected;
            assertEquals(want, lines(draft), c.meta());
        }
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void aBig5PageKeepsItsFullwidthSolidusApartFromTheBoxDiagonal() {
        byte[] head = "<!DOCTYPE html><html><head><meta charset=big5><title>t</title></head><body><p>".getBytes(StandardCharsets.US_ASCII);
        byte[] text = "加入和／或幫助，斜線╱。".getBytes(Charset.forName("x-windows-950"));
        byte[] tail = "</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] page = new byte[head.length + text.length + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        System.arraycopy(text, 0, page, head.length, text.length);
        System.arraycopy(tail, 0, page, head.length + text.length, tail.length);
        assertEquals(List.of("加入和／或幫助，斜線╱。"), lines(read("solidus.html", page)));
    }

    @Test
    void aPageThatDeclaresOneEncodingButIsInAnotherIsReadInTheOneItIsIn() {
        Draft resaved = read("resaved.html", page("<meta charset=\"gb2312\">", BODY, StandardCharsets.UTF_8));
        assertEquals("UTF-8", resaved.encoding());
        assertEquals("春眠不觉晓，处处闻啼鸟。", lines(resaved).get(1));
        Draft legacy = read("legacy.html", page("<meta charset=\"utf-8\">", BODY, Charset.forName("GB18030")));
        assertEquals("GB18030", legacy.encoding());
        assertEquals("春眠不觉晓，处处闻啼鸟。", lines(legacy).get(1));
        Draft western = read("western.html", page("<meta charset=\"iso-8859-1\">", BODY, Charset.forName("GB18030")));
        assertEquals("春眠不觉晓，处处闻啼鸟。", lines(western).get(1));
        assertEquals(List.of("resaved.html: the page declares gb2312 but is written in UTF-8; it is read as UTF-8",
                "legacy.html: the page declares utf-8 but is written in GB18030; it is read as GB18030",
                "western.html: the page declares iso-8859-1 but is written in GB18030; it is read as GB18030"),
                findings.stream().map(Finding::toString).toList());
    }

    @Test
    void refusesBytesThatAreTextInNoEncodingInOneLine() {
        byte[] bytes = page("<meta charset=\"utf-8\">", "<p>x</p>", StandardCharsets.US_ASCII);
        byte[] broken = new byte[bytes.length + 6];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        for (int i = 0; i < 6; i++) {
            broken[bytes.length + i] = (byte) (0x80 + i * 7);
        }
        DuetException e = assertThrows(DuetException.class, () -> read("broken.html", broken));
        assertTrue(e.getMessage().startsWith("broken.html: "), e.getMessage());
        assertTrue(e.getMessage().indexOf('\n') < 0);
    }

    @Test
    void takesWhatThePageDeclaresAboutItsArticle() {
        String head = """
                <meta property="og:site_name" content="双语周刊">
                <meta property="og:title" content="春晓 | 双语周刊">
                <meta name="author" content="Li Wei, 王芳">
                <meta property="article:published_time" content="2024-03-05T08:00:00+08:00">
                <link rel="canonical" href="https://example.org/2024/chunxiao.html">""";
        Draft draft = read("p.html", page(head, "<p>正文。</p><p>Text.</p>", StandardCharsets.UTF_8));
        assertEquals("春晓", draft.declared().title());
        assertEquals(List.of("Li Wei", "王芳"), draft.declared().authors());
        assertEquals(LocalDate.of(2024, 3, 5), draft.declared().date());
        assertEquals("双语周刊", draft.declared().origin().site());
        assertEquals("https://example.org/2024/chunxiao.html", draft.declared().origin().url());
        Draft titled = read("q.html", page("<title>中英对照：春晓 [5] - 双语网 - Bilingual</title>",
                "<article><time datetime=\"2023-12-01\">12月1日</time><p>正文。</p></article>", StandardCharsets.UTF_8));
        assertEquals("中英对照：春晓 [5]", titled.declared().title());
        assertEquals(LocalDate.of(2023, 12, 1), titled.declared().date());
        assertNull(titled.declared().origin().url());
        Draft h1 = read("r.html", page("<meta property=\"og:title\" content=\"Other\">", BODY, StandardCharsets.UTF_8));
        assertEquals("春晓 Spring Dawn", h1.declared().title());
    }

    @Test
    void aBilingualArticlesTitleInBothLanguagesKeepsBothAndAOneLanguagePageDropsTheSiteName() {
        String bilingual = "<p>春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。</p><p>I slept in spring, not knowing of the dawn, and birds sang everywhere.</p>";
        Draft both = read("a.html", ("<html><head><title>春晓 | Spring Dawn</title></head><body>" + bilingual + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("春晓 | Spring Dawn", both.declared().title());
        Draft chinese = read("b.html", "<html><head><title>春晓 | China Weekly</title></head><body><p>春眠不觉晓，处处闻啼鸟。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("春晓", chinese.declared().title());
    }

    @Test
    void refusesAPageWithNoArticleTextNamingTheFile() {
        for (String body : List.of("<script>app()</script>", "<nav><a href=\"/\">首页</a></nav><form><input></form>", "")) {
            DuetException e = assertThrows(DuetException.class, () -> read("front.html", page("", body, StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().startsWith("front.html: the page holds no article text"), e.getMessage());
        }
    }

    @Test
    void readsMalformedMarkupAsABrowserDoes() {
        Draft draft = read("bad.html", "<p>第一段<p>Second <b>bold <i>both</b> italic</i><div>未闭合".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("第一段", "Second bold both italic", "未闭合"), lines(draft));
    }
}
