package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.ReadOptions;
import press.duet.read.Source;
import press.duet.report.Finding;

/**
 * A hand-made page's foot after a horizontal rule (contact, copyright and translator lines straight in
 * the body) is left out as the site's footer; a last section after a section break, closing with the
 * author's copyright line, is the article's.
 */
class PageFootTest {
    private static final String ARTICLE = """
            <P>
            老街的茶馆开了六十年，门前的石阶被茶客的鞋底磨得发亮。
            <P>
            每天清早，掌柜先烧一壶水，再把竹椅一张张摆到檐下。
            <P>
            常来的客人说，这里的茶不算最好，可是坐下来就不想走。
            """;

    private final List<Finding> findings = new ArrayList<>();

    private List<String> texts(String body) {
        String page = "<!DOCTYPE html PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><HTML><HEAD><TITLE>老街茶馆</TITLE></HEAD><BODY>"
                + "<H3>老街茶馆</H3>" + body + "</BODY></HTML>";
        Draft draft = Format.HTML.reader().read(Source.of("teahouse.html", page.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.DEFAULTS, findings::add);
        return draft.blocks().stream().filter(block -> !block.isPlaced()).map(block -> String.join(" ", block.lines())).toList();
    }

    @Test
    void theLinesAfterTheRuleWithContactAndCopyrightAreTheFooter() {
        List<String> texts = texts(ARTICLE + """
                <HR>
                <H4><A HREF="/essays/index.html">其他文章</A></H4>
                <HR>
                <P>返回 <A HREF="/index.html">首頁</A>。
                <P>意見請寄到 <A HREF="mailto:editor@example.org">editor@example.org</A>。
                <P>Copyright (C) 1999 老街書社
                <P>本文可以全文轉載，但需保留此聲明。
                """);
        assertEquals(List.of("老街茶馆", "老街的茶馆开了六十年，门前的石阶被茶客的鞋底磨得发亮。", "每天清早，掌柜先烧一壶水，再把竹椅一张张摆到檐下。",
                "常来的客人说，这里的茶不算最好，可是坐下来就不想走。"), texts);
    }

    @Test
    void aLastSectionOfProseEndingWithACopyrightLineStays() {
        List<String> texts = texts(ARTICLE + """
                <HR>
                <P>后来茶馆换了新掌柜，竹椅也换成了木凳。
                <P>老客人们还是每天来，坐在原来的位置上，听新掌柜讲他从<A HREF="/south.html">南方</A>带回来的故事。
                <P>Copyright (C) 1999 老街書社
                """);
        assertTrue(texts.contains("后来茶馆换了新掌柜，竹椅也换成了木凳。"), texts.toString());
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("老客人们还是每天来")), texts.toString());
    }

    @Test
    void aRuleWithNoNoticeAfterItIsASectionBreak() {
        List<String> texts = texts(ARTICLE + """
                <HR>
                <P>参见 <A HREF="/a.html">上一篇</A>。
                """);
        assertTrue(texts.contains("参见 上一篇。"), texts.toString());
    }
}
