package press.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RichContentTest {
    @Test
    void everyInlineProjectsToTheWordsItWraps() {
        Note note = new Note("1", List.of(Para.plain("这是注释。")));
        List<Inline> content = List.of(new Inline.Text("He read "),
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Span(Lang.ZH_HANS, List.of(new Inline.Text("静夜思"))))),
                new Inline.NoteRef(note), new Inline.Text(" by "),
                new Inline.Link("https://example.org/li-bai", List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("Li Bai"))))),
                new Inline.Text(", "), new Inline.Ruby("李白", "Lǐ Bái"), new Inline.LineBreak(), new Inline.Code("x^2"),
                new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(new Inline.Text("2"))));
        assertEquals("He read 静夜思 by Li Bai, 李白\nx^22", Inline.text(content));
        Para para = new Para(Para.Form.PARAGRAPH, content, new SourceLine("lesson.md", 3));
        assertFalse(para.isPlain());
        assertEquals("这是注释。", note.text());
    }

    @Test
    void aPlainSideKeepsItsTextAndItsLineBreaks() {
        Segment verse = new Segment(Lang.ZH_HANS, "春眠不觉晓\n处处闻啼鸟");
        assertEquals("春眠不觉晓\n处处闻啼鸟", verse.text());
        assertEquals(List.of(new Inline.Text("春眠不觉晓"), new Inline.LineBreak(), new Inline.Text("处处闻啼鸟")),
                verse.paras().get(0).content());
        assertTrue(verse.isPlain());
        Segment two = new Segment(Lang.EN, List.of(Para.plain("One."), Para.plain("Two.")));
        assertEquals("One.\nTwo.", two.text());
        assertEquals(new Segment(Lang.EN, "Spring"), new Segment(Lang.EN, "Spring"));
    }

    @Test
    void linksGoOnlyToTheWebMailOrTheBook() {
        for (String target : List.of("https://example.org", "http://x.cn/a?b=1", "mailto:a@b.org", "#note-1")) {
            assertEquals(target, new Inline.Link(target, List.of(new Inline.Text("x"))).target());
        }
        for (String target : List.of("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "#",
                "https://a.org/\u0000", "https://a.org/ b", "../other.html")) {
            assertThrows(IllegalArgumentException.class, () -> new Inline.Link(target, List.of()), target);
        }
    }

    @Test
    void listItemsAndOnlyListItemsHaveMarkers() {
        assertEquals("1.", Para.Form.listItem("1.", 1).marker());
        assertThrows(IllegalArgumentException.class, () -> new Para.Form(Para.Kind.PARAGRAPH, "•", 0));
        assertThrows(IllegalArgumentException.class, () -> new Para.Form(Para.Kind.LIST_ITEM, "", 1));
        assertThrows(IllegalArgumentException.class, () -> Para.Form.listItem("•", 0));
    }

    @Test
    void imagesAreValuesAndTheirBytesCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        Image image = new Image("a.png", "image/png", 2, 1, bytes);
        bytes[0] = 9;
        assertEquals(1, image.bytes()[0]);
        image.bytes()[1] = 9;
        assertEquals(2, image.bytes()[1]);
        assertEquals(image, new Image("a.png", "image/png", 2, 1, new byte[] {1, 2, 3}));
    }

    @Test
    void booksThatDifferOnlyInMarkupDifferInFingerprint() {
        Metadata metadata = new Metadata(new BilingualText(new Segment(Lang.ZH_HANS, "书"), null), List.of(), null, null,
                null, Lang.ZH_HANS, Lang.ZH_HANS);
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "章"), null);
        Pair plain = new Pair(null, new Segment(Lang.EN, "a word"));
        Pair emphasized = new Pair(null, new Segment(Lang.EN, List.of(new Para(Para.Form.PARAGRAPH,
                List.of(new Inline.Text("a "), new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("word")))),
                SourceLine.NONE))));
        assertEquals(plain.en().text(), emphasized.en().text());
        String one = new Book(metadata, List.of(new Chapter(title, List.of(plain)))).fingerprint();
        String other = new Book(metadata, List.of(new Chapter(title, List.of(emphasized)))).fingerprint();
        assertNotEquals(one, other);
        assertEquals(one, new Book(metadata, List.of(new Chapter(title, List.of(plain)))).fingerprint());
    }

    @Test
    void theFingerprintCountsEveryKindOfMarkupButNotWhereAParagraphWasRead() {
        Metadata metadata = new Metadata(new BilingualText(new Segment(Lang.ZH_HANS, "书"), null), List.of(), null, null,
                null, Lang.ZH_HANS, Lang.ZH_HANS);
        java.util.function.BiFunction<SourceLine, List<Inline>, String> fingerprint = (source, content) -> new Book(metadata,
                List.of(new Chapter(new BilingualText(new Segment(Lang.ZH_HANS, "章"), null),
                        List.of(new Pair(null, new Segment(Lang.EN, List.of(new Para(Para.Form.PARAGRAPH, content, source)))))))).fingerprint();
        Note note = new Note("1", List.of(Para.plain("A note.")));
        List<Inline> content = List.of(new Inline.Text("a "), new Inline.Link("https://example.org/a",
                List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("word"))))), new Inline.NoteRef(note));
        String here = fingerprint.apply(new SourceLine("lesson.md", 3), content);
        assertEquals(here, fingerprint.apply(new SourceLine("/elsewhere/lesson.md", 40), content));
        List<List<Inline>> others = List.of(
                List.of(new Inline.Text("a "), new Inline.Link("https://example.org/b",
                        List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("word"))))), new Inline.NoteRef(note)),
                List.of(new Inline.Text("a "), new Inline.Link("https://example.org/a",
                        List.of(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("word"))))), new Inline.NoteRef(note)),
                List.of(new Inline.Text("a "), new Inline.Link("https://example.org/a",
                        List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("word"))))),
                        new Inline.NoteRef(new Note("1", List.of(Para.plain("Another note."))))),
                List.of(new Inline.Text("a "), new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("word"))),
                        new Inline.NoteRef(note)),
                List.of(new Inline.Text("a"), new Inline.Text(" "), new Inline.Link("https://example.org/a",
                        List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("word"))))), new Inline.NoteRef(note)));
        for (List<Inline> other : others) {
            assertNotEquals(here, fingerprint.apply(SourceLine.NONE, other), other.toString());
        }
    }
}
