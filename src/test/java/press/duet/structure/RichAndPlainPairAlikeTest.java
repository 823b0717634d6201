package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Inline;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.testing.ShapeTexts;

/**
 * Markup never changes a decision: every text is structured twice, as it is and with markup laid
 * over most of its lines (emphasis, strong inside it, links, code, ruby, note references, placed so
 * that many straddle the point where a line holding both languages is cut), and the two books must
 * have the same chapters, headings and pairs, plain text for plain text, with the same confidence.
 * The texts are the committed real-text corpus (every shape: alternating either way, blocks, two
 * files, lines holding both languages, verse) and the generated table shapes.
 */
class RichAndPlainPairAlikeTest {
    static Stream<Path> realTexts() throws IOException, URISyntaxException {
        Path corpus = Path.of(RichAndPlainPairAlikeTest.class.getResource("/realtexts").toURI());
        try (Stream<Path> folders = Files.list(corpus)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("meta.properties"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realTexts")
    void aRealTextPairsAlikeWithAndWithoutMarkup(Path folder) throws IOException {
        Properties meta = new Properties();
        try (var reader = Files.newBufferedReader(folder.resolve("meta.properties"))) {
            meta.load(reader);
        }
        List<Draft> plain = new ArrayList<>();
        for (String name : meta.getProperty("files").split(",")) {
            plain.add(Readers.read(folder.resolve(name.strip()), null, null));
        }
        assertPairAlike(plain);
    }

    @Test
    void tablesPairAlikeWithAndWithoutMarkup() {
        for (String table : List.of(ShapeTexts.TAB_LINES, ShapeTexts.CSV)) {
            boolean csv = table == ShapeTexts.CSV;
            Draft draft = Readers.read(press.duet.read.Source.of(csv ? "pairs.csv" : "pairs.tsv", table), null, Format.TABLE,
                    finding -> { });
            assertPairAlike(List.of(draft));
        }
    }

    @Test
    void markupStraddlingTheCutOfALineInTwoLanguagesGoesToBothSides() {
        String line = "春天来了，花都开了。Spring has come and the flowers are out.";
        int cut = line.indexOf('S');
        List<Inline> content = List.of(new Inline.Text(line.substring(0, cut - 3)),
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text(line.substring(cut - 3, cut + 6)))),
                new Inline.NoteRef(new press.duet.model.Note("1", List.of(Para.plain("注。")))),
                new Inline.Text(line.substring(cut + 6)));
        DraftBlock block = new DraftBlock(1, List.of(line), DraftBlock.Kind.PARAGRAPH, 0,
                new DraftBlock.Rich(List.of(content), Para.Form.PARAGRAPH), null);
        Book book = Structurer.structure(List.of(new Draft("one.md", "UTF-8", List.of(block), "markdown"))).book();
        Pair pair = (Pair) book.chapters().get(0).blocks().get(0);
        assertEquals("春天来了，花都开了。", pair.zh().text());
        assertEquals("Spring has come and the flowers are out.", pair.en().text());
        assertEquals(List.of(new Inline.Text("春天来了，花都"),
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("开了。")))), pair.zh().paras().get(0).content());
        List<Inline> en = pair.en().paras().get(0).content();
        assertEquals(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("Spring"))), en.get(0));
        assertTrue(en.get(1) instanceof Inline.NoteRef, en.toString());
        assertEquals(new press.duet.model.SourceLine("one.md", 1), pair.en().paras().get(0).source());
    }

    private static void assertPairAlike(List<Draft> plain) {
        List<Draft> rich = plain.stream().map(RichAndPlainPairAlikeTest::withMarkup).toList();
        Book plainBook = Structurer.structure(plain).book();
        Book richBook = Structurer.structure(rich).book();
        assertEquals(dump(plainBook), dump(richBook));
        int[] counts = new int[2];
        for (Chapter chapter : richBook.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Pair pair) {
                    Stream.of(pair.zh(), pair.en()).filter(java.util.Objects::nonNull)
                            .forEach(side -> count(side, counts));
                }
            }
        }
        assertTrue(counts[0] > 0, "the markup reaches the book: " + counts[0] + " styled runs");
        assertTrue(counts[1] > 0, "the notes reach the book: " + counts[1]);
    }

    private static void count(Segment side, int[] counts) {
        for (Para para : side.paras()) {
            assertEquals(Inline.text(para.content()), para.text());
            count(para.content(), counts);
        }
    }

    private static void count(List<Inline> content, int[] counts) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Styled styled -> {
                    counts[0]++;
                    count(styled.content(), counts);
                }
                case Inline.Link link -> count(link.content(), counts);
                case Inline.NoteRef note -> counts[1]++;
                default -> {
                }
            }
        }
    }

    /** Every chapter title, heading and pair as plain text, with each pair's confidence. */
    private static String dump(Book book) {
        StringBuilder out = new StringBuilder();
        for (Chapter chapter : book.chapters()) {
            out.append("# ").append(chapter.title().joined(" | ")).append('\n');
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Pair pair -> out.append(side(pair.zh())).append(" <> ").append(side(pair.en()))
                            .append(String.format(java.util.Locale.ROOT, " %.6f%n", pair.confidence()));
                    case Heading heading -> out.append("## ").append(heading.text().joined(" | ")).append('\n');
                    default -> out.append(block).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String side(Segment side) {
        return side == null ? "-" : side.paras().size() + ":" + side.text();
    }

    /** The draft with markup on most lines of its text blocks. */
    static Draft withMarkup(Draft draft) {
        List<DraftBlock> blocks = new ArrayList<>();
        int[] seed = {0};
        for (DraftBlock block : draft.blocks()) {
            if (block.isPlaced()) {
                blocks.add(block);
                continue;
            }
            List<List<Inline>> lines = block.lines().stream().map(line -> decorated(line, seed[0]++)).toList();
            blocks.add(new DraftBlock(block.line(), block.lines(), block.kind(), block.level(),
                    new DraftBlock.Rich(lines, Para.Form.PARAGRAPH), null));
        }
        return new Draft(draft.source(), draft.encoding(), blocks, draft.format());
    }

    /**
     * A line with markup whose text is the line: one line in five left plain; the others get an
     * emphasis over its second fifth to its middle with strong inside, a link or code after it, a
     * note at the end of two in three, ruby on a first character now and then.
     */
    static List<Inline> decorated(String line, int seed) {
        int n = line.length();
        Inline note = new Inline.NoteRef(new press.duet.model.Note(String.valueOf(seed), List.of(Para.plain("Note " + seed))));
        if (n < 6 || seed % 5 == 4) {
            return seed % 3 == 1 ? List.of(new Inline.Text(line)) : List.of(new Inline.Text(line), note);
        }
        int a = n / 5;
        int b = n / 2;
        int c = b + (n - b) / 3;
        int d = b + 2 * (n - b) / 3;
        List<Inline> out = new ArrayList<>();
        if (seed % 7 == 3) {
            out.add(new Inline.Ruby(line.substring(0, 1), "zhù"));
            out.add(new Inline.Text(line.substring(1, a)));
        } else {
            out.add(new Inline.Text(line.substring(0, a)));
        }
        int m = (a + b) / 2;
        out.add(new Inline.Styled(Inline.Style.EMPHASIS, List.of(
                new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text(line.substring(a, m)))),
                new Inline.Text(line.substring(m, b)))));
        if (b < c) {
            out.add(new Inline.Text(line.substring(b, c)));
        }
        if (c < d) {
            out.add(seed % 2 == 0 ? new Inline.Link("https://example.org/" + seed, List.of(new Inline.Text(line.substring(c, d))))
                    : new Inline.Code(line.substring(c, d)));
        }
        if (d < n) {
            out.add(new Inline.Text(line.substring(d)));
        }
        if (seed % 3 != 1) {
            out.add(note);
        }
        return out;
    }
}
