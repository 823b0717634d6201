package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.Format;
import press.duet.read.Source;
import press.duet.report.Finding;

/**
 * Pages far beyond any article: ten megabytes of HTML, and markup nested tens of thousands deep, are
 * read whole without running out of stack, every paragraph kept (no timing: bench/ measures speed).
 */
class HugePagesTest {
    private final List<Finding> findings = new ArrayList<>();

    private Draft read(String html) {
        return Format.HTML.reader().read(Source.of("huge.html", html.getBytes(StandardCharsets.UTF_8)), press.duet.read.ReadOptions.DEFAULTS, findings::add);
    }

    @Test
    void readsATenMegabytePageKeepingEveryParagraph() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>长文</title></head><body>"
                + "<nav><a href=\"/\">首页</a></nav><article><h1>长文 A Long Page</h1>\n");
        int pairs = 0;
        while (html.length() < 10_000_000) {
            pairs++;
            html.append("<div class=\"pair\"><p>第").append(pairs).append("段：河水从山上流下来，经过村庄和田野，一直流到海里。</p>\n")
                    .append("<p>Paragraph ").append(pairs).append(": the river runs down from the hills, past villages and fields,"
                            + " all the way to the sea.</p><script>track(").append(pairs).append(")</script></div>\n");
        }
        html.append("</article></body></html>");
        assertTrue(html.toString().getBytes(StandardCharsets.UTF_8).length >= 10_000_000);
        Draft draft = read(html.toString());
        long paragraphs = draft.blocks().stream().filter(b -> b.kind() == DraftBlock.Kind.PARAGRAPH).count();
        assertEquals(2L * pairs, paragraphs);
        assertEquals("长文 A Long Page", draft.blocks().get(0).lines().get(0));
        assertTrue(draft.dropped().stream().anyMatch(d -> d.text().equals("首页") && d.reason().equals("navigation")), draft.dropped().toString());
    }

    @Test
    void readsMarkupNestedFiftyThousandDeep() {
        int depth = 50_000;
        String html = "<html><body>" + "<div><span>".repeat(depth) + "深处的一段话。Words at the bottom." + "</span></div>".repeat(depth)
                + "<p>最后一段。</p></body></html>";
        Draft draft = read(html);
        List<String> lines = draft.blocks().stream().flatMap(b -> b.lines().stream()).toList();
        assertEquals("深处的一段话。Words at the bottom.", lines.get(0));
        // The last paragraph is the article's or, where the finder took the deep text for the article, left out with its reason.
        assertTrue(lines.contains("最后一段。") || draft.dropped().stream().anyMatch(d -> d.text().equals("最后一段。")), draft.dropped().toString());
    }
}
