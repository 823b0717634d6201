package press.duet.read.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import press.duet.testing.EpubFiles;

/** Notes kept in another document are copied to their references, and a notes document is known as such. */
class NotesElsewhereTest {
    private static Element body(String path, String bodyType, String content) {
        byte[] bytes = EpubFiles.xhtml(bodyType, content).getBytes(StandardCharsets.UTF_8);
        return EpubXml.first(EpubXml.parse("book.epub", path, bytes), "body").orElseThrow();
    }

    @Test
    void copiesANoteFromAnEndnotesDocumentToItsReferenceAndLeavesItsBacklinkBehind() {
        Map<String, Element> bodies = new LinkedHashMap<>();
        Element chapter = body("OEBPS/text/ch1.xhtml", "", "<p>子曰<a id=\"r1\" href=\"notes.xhtml#n1\" epub:type=\"noteref\">1</a>。</p>");
        bodies.put("OEBPS/text/ch1.xhtml", chapter);
        bodies.put("OEBPS/text/notes.xhtml", body("OEBPS/text/notes.xhtml", "", "<section><h2>注释</h2><ol>"
                + "<li id=\"n1\"><p>子：孔子，名丘，字仲尼，春秋时鲁国人。<a href=\"ch1.xhtml#r1\" epub:type=\"backlink\">↩</a></p></li></ol></section>"));
        Set<String> notes = NotesElsewhere.gather(bodies);
        assertEquals(Set.of("OEBPS/text/notes.xhtml"), notes);
        Element link = chapter.selectFirst("a");
        assertEquals("#n1", link.attr("href"));
        Element aside = chapter.getElementById("n1");
        assertEquals("aside", aside.tagName());
        assertEquals("footnote", aside.attr("epub:type"));
        assertEquals("子：孔子，名丘，字仲尼，春秋时鲁国人。", aside.text());
        assertNull(aside.selectFirst("a"), "the link back goes with the note");
    }

    @Test
    void takesALinkToANoteMarkedAsSuchAndKeepsAChapterThatHoldsMoreThanNotes() {
        Map<String, Element> bodies = new LinkedHashMap<>();
        Element one = body("OEBPS/one.xhtml", "", "<p>He came<a href=\"two.xhtml#fn\"><sup>*</sup></a> at last.</p>");
        bodies.put("OEBPS/one.xhtml", one);
        bodies.put("OEBPS/two.xhtml", body("OEBPS/two.xhtml", "", "<p>The second chapter is long and holds its own text,"
                + " which is not a note at all and stays where it is.</p><aside epub:type=\"footnote\" id=\"fn\">A note.</aside>"));
        bodies.put("OEBPS/three.xhtml", body("OEBPS/three.xhtml", "", "<p id=\"plain\">A plain paragraph.</p>"));
        one.appendElement("p").appendElement("a").attr("href", "three.xhtml#plain").text("see");
        assertEquals(Set.of(), NotesElsewhere.gather(bodies));
        assertEquals("#fn", one.selectFirst("a").attr("href"));
        assertEquals("noteref", one.selectFirst("a").attr("epub:type"));
        assertEquals("three.xhtml#plain", one.select("a").last().attr("href"), "a link to a paragraph is no note reference");
        assertTrue(NotesElsewhere.isNotesDocument(body("x.xhtml", "footnotes", "<p>1. A note.</p>")));
    }
}
