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
import press.duet.read.ReadOptions;
import press.duet.read.Source;
import press.duet.report.Finding;

/**
 * An old hand-made page (HTML 2.0, no closing {@code </P>}, no navigation elements): its language bar
 * of loose links is left out as furniture, the linked image at its head is a figure and not text glued
 * to the first paragraph, and every paragraph stays one paragraph.
 */
class LinkBarsTest {
    private static final String OLD_PAGE = """
            <!DOCTYPE html PUBLIC "-//IETF//DTD HTML 2.0//EN">
            <HTML><HEAD><TITLE>论园中的石头 - 园林札记</TITLE></HEAD>
            <BODY>
            <H3>论园中的石头</H3>
            <A HREF="/pictures/stone.html"><IMG SRC="/pictures/stone-small.jpg" ALT=" [a photograph of a stone] "></A>
            [
              <A HREF="/essays/stones.de.html">德文</A>
            | <A HREF="/essays/stones.en.html">英文</A>
            | <A HREF="/essays/stones.es.html">西班牙文</A>
            | <A HREF="/essays/stones.it.html">意大利文</A>
            ]
            <P>
            园中的石头不说话，却比花木更耐看。
            <P>
            造园的人常说，<A HREF="/essays/water.html">水</A>是园的血脉，石是园的骨头。
            <P>
            你可以<A HREF="/visit.html">来看</A>或者<A HREF="/write.html">来信</A>、<A HREF="/join.html">加入</A>我们。
            </BODY></HTML>
            """;

    private final List<Finding> findings = new ArrayList<>();

    private Draft read(ReadOptions options) {
        return Format.HTML.reader().read(Source.of("stones.html", OLD_PAGE.getBytes(StandardCharsets.UTF_8)), options,
                findings::add);
    }

    private static List<String> texts(Draft draft) {
        return draft.blocks().stream().filter(block -> !block.isPlaced()).map(block -> String.join(" ", block.lines())).toList();
    }

    @Test
    void aLooseBarOfLinksIsLeftOutAndTheLinkedImageIsAFigure() {
        Draft draft = read(ReadOptions.DEFAULTS);
        List<String> texts = texts(draft);
        assertEquals("论园中的石头", texts.get(0));
        assertEquals(List.of("园中的石头不说话，却比花木更耐看。", "造园的人常说，水是园的血脉，石是园的骨头。",
                "你可以来看或者来信、加入我们。"), texts.subList(1, texts.size()), texts.toString());
        assertEquals(1, draft.blocks().stream().filter(block -> block.kind() == DraftBlock.Kind.FIGURE).count(),
                draft.blocks().toString());
        assertTrue(findings.stream().anyMatch(finding -> finding.toString().contains("1 bar(s) of links")), findings.toString());
    }

    @Test
    void twoLinksOrLinksWithWordsBetweenAreNoBar() {
        assertTrue(LinkBars.is(org.jsoup.Jsoup.parseBodyFragment("[ <a href=a>德文</a> | <a href=b>英文</a> | <a href=c>日文</a> ]")
                .body().childNodes()));
        assertEquals(false, LinkBars.is(org.jsoup.Jsoup.parseBodyFragment("<a href=a>加入</a> / <a href=b>幫助</a>")
                .body().childNodes()));
        assertEquals(false, LinkBars.is(org.jsoup.Jsoup.parseBodyFragment("See <a href=a>A</a>, <a href=b>B</a> and <a href=c>C</a>.")
                .body().childNodes()));
    }

    @Test
    void theWholePageKeepsTheBar() {
        List<String> texts = texts(read(new ReadOptions(null, true)));
        assertTrue(texts.stream().anyMatch(text -> text.contains("德文") && text.contains("意大利文")), texts.toString());
        assertTrue(findings.stream().noneMatch(finding -> finding.toString().contains("bar(s) of links")), findings.toString());
    }
}
