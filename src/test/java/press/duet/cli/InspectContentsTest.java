package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.ChapterContents;
import press.duet.Inspection;
import press.duet.model.BilingualText;
import press.duet.model.Figure;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Note;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.structure.Structurer;

/** {@code duet inspect} lists the notes, figures and links of each chapter, in its table and its JSON. */
class InspectContentsTest {
    private static DraftBlock paragraph(int line, Inline... content) {
        String text = Inline.text(List.of(content));
        return new DraftBlock(line, List.of(text), DraftBlock.Kind.PARAGRAPH, 0,
                new DraftBlock.Rich(List.of(List.of(content)), Para.Form.PARAGRAPH), null);
    }

    private static Inspection lesson() {
        Inline note = new Inline.NoteRef(new Note("1", List.of(Para.plain("李白是唐代诗人。"))));
        Inline link = new Inline.Link("https://example.org/li-bai", List.of(new Inline.Text("Li Bai")));
        List<DraftBlock> blocks = List.of(
                DraftBlock.heading(1, 1, "静夜思 Quiet Night Thoughts"),
                paragraph(3, new Inline.Text("这首诗是李白写的，很多人都会背。"), note),
                paragraph(5, new Inline.Text("This poem was written by "), link, new Inline.Text(", and many people know it by heart.")),
                DraftBlock.figure(7, new Figure(null, "moonlight on a bed", new BilingualText(
                        new Segment(Lang.ZH_HANS, "床前明月光"), new Segment(Lang.EN, "Moonlight before my bed")),
                        new SourceLine("poem.md", 7))));
        List<Draft> drafts = List.of(new Draft("poem.md", "UTF-8", blocks, "markdown"));
        return new Inspection(drafts, Structurer.structure(drafts));
    }

    @Test
    void findsTheNotesFiguresAndLinksOfEachChapterWithTheirLines() {
        List<ChapterContents> contents = lesson().contents();
        assertEquals(1, contents.size());
        ChapterContents chapter = contents.get(0);
        assertEquals(List.of(new ChapterContents.NoteFound("1", "李白是唐代诗人。", Lang.ZH_HANS, new SourceLine("poem.md", 3))),
                chapter.notes());
        assertEquals(List.of(new ChapterContents.LinkFound("https://example.org/li-bai", "Li Bai", new SourceLine("poem.md", 5))),
                chapter.links());
        assertEquals(1, chapter.figures().size());
        assertEquals("moonlight on a bed", chapter.figures().get(0).alt());
        assertEquals(7, chapter.figures().get(0).source().line());
    }

    @Test
    void theTableListsThemUnderTheirChapter() {
        String table = InspectCommand.table(lesson());
        assertTrue(table.contains("contents  1 note, 1 figure, 1 link"), table);
        assertTrue(table.contains("    note    poem.md:3        [1] 李白是唐代诗人。 (zh-Hans)"), table);
        assertTrue(table.contains("    figure  poem.md:7        moonlight on a bed — 床前明月光 / Moonlight before my bed (no image)"), table);
        assertTrue(table.contains("    link    poem.md:5        https://example.org/li-bai \"Li Bai\""), table);
    }

    @Test
    void theJsonCarriesThemInEachChapter() {
        String json = InspectCommand.json(lesson());
        assertTrue(json.contains("\"notes\": [{\"file\": \"poem.md\", \"line\": 3, \"label\": \"1\", \"lang\": \"zh-Hans\", "
                + "\"text\": \"李白是唐代诗人。\"}]"), json);
        assertTrue(json.contains("\"figures\": [{\"file\": \"poem.md\", \"line\": 7, \"alt\": \"moonlight on a bed\", "
                + "\"caption\": {\"zh\": \"床前明月光\", \"en\": \"Moonlight before my bed\"}, \"image\": false}]"), json);
        assertTrue(json.contains("\"links\": [{\"file\": \"poem.md\", \"line\": 5, \"target\": \"https://example.org/li-bai\", "
                + "\"text\": \"Li Bai\"}]"), json);
    }
}
