package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.TextDecoder;
import press.duet.read.TextReaderAccess;

/**
 * Whatever the mix of languages, headings, separators and blank lines, every line of the input ends
 * up somewhere in the book: structuring may pair, join or title, but never drops text without listing
 * it (a line it takes for page furniture is in {@link Structured#dropped()}).
 */
class NothingDroppedTest {
    private static final String[] LINES = {
            "河边有一座磨坊，主人每天天一亮就开始干活。", "There is a mill by the river whose owner starts work at first light.",
            "孩子们在院子里放风筝。", "The children fly kites in the courtyard.",
            "第二章 归来", "Chapter 2 The Return", "* * *", "2024",
            "这一段很长，讲的是一个人怎样在城市里找到自己的位置，又怎样慢慢地学会和孤独相处，最后回到了故乡。",
            "A long paragraph about how a person finds a place in the city, slowly learns to live with loneliness and at last goes home.",
            "窗前一片月光，", "像是地上的霜。", "Moonlight lies before my window,", "like a frost upon the ground;",
            "我们用 Markdown 写书。", "He read 静夜思 aloud twice.", "這是一本關於鐵路的書。", "好。", "Yes.",
            "第一节 出发", "CHAPTER I", "卷一", "Part Two", "雨天", "Rainy Days", "中英对照：城市笔记 [3]", "City Notes [3]",
            "Published on Jan 5, 2025", "作者：林秋", "春天来了。Spring has come at last, my friend.", "孩子们 | The children are here."};

    @Test
    void keepsEveryLineOfRandomlyMixedTexts() {
        check(null, 42);
    }

    @Test
    void keepsEveryLineWhenTheShapeIsForced() {
        check(Shape.BLOCKS, 7);
        check(Shape.ALTERNATING, 8);
    }

    @Test
    void keepsEveryLineOfTwoRandomFilesAlignedAsTranslations() throws Exception {
        Random random = new Random(9);
        for (int round = 0; round < 300; round++) {
            List<String> used = new ArrayList<>();
            String a = randomText(random, used, 1 + random.nextInt(12));
            String b = randomText(random, used, 1 + random.nextInt(12));
            Draft first = draft("a.txt", a);
            Draft second = draft("b.txt", b);
            Structured result = Structurer.structure(List.of(first, second), StructureOptions.builder().pairFiles(true).build());
            String book = flatten(result.book()) + result.findings().toString().replaceAll("\\s+", "") + dropped(result);
            for (String line : used) {
                assertKept(book, line, a + "\n---\n" + b);
            }
        }
    }

    @Test
    void keepsEveryLineOfRandomMarkdownAndTables(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> used = new ArrayList<>();
            StringBuilder markdown = new StringBuilder();
            StringBuilder table = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(15); i < n; i++) {
                String line = LINES[random.nextInt(LINES.length)];
                if (line.startsWith("*")) {
                    continue; // a thematic break in Markdown: a rule, not text
                }
                used.add(line);
                markdown.append(random.nextInt(4) == 0 ? "#".repeat(1 + random.nextInt(3)) + " " : "")
                        .append(line).append(random.nextBoolean() ? "\n\n" : "\n");
                String other = LINES[random.nextInt(LINES.length)];
                used.add(other);
                table.append(line).append('\t').append(other).append('\n');
            }
            for (String[] file : new String[][] {{"t.md", markdown.toString()}, {"t.tsv", table.toString()}}) {
                if (file[1].isBlank()) {
                    continue;
                }
                java.nio.file.Path path = java.nio.file.Files.writeString(folder.resolve(file[0]), file[1]);
                Structured result = Structurer.structure(List.of(press.duet.read.Readers.read(path, null, null)));
                String book = flatten(result.book()) + dropped(result);
                for (String line : used.subList(0, used.size())) {
                    boolean inThisFile = file[1].contains(line);
                    if (inThisFile) {
                        assertKept(book, line, file[1]);
                    }
                }
            }
        }
    }

    /**
     * The line's text is in the book; a line holding both languages may have become a pair, so each
     * language's stretch is looked for on its own. Head lines (a byline, a date line) become metadata,
     * and a title loses its label and part number, so those are not looked for.
     */
    private static void assertKept(String book, String line, String input) {
        if (line.startsWith("作者") || line.startsWith("Published") || line.contains("[")) {
            return;
        }
        for (press.duet.text.LanguageRun run : press.duet.text.LanguageIdentifier.runs(line)) {
            String part = run.of(line).replaceAll("[\\s|]+", "");
            assertTrue(part.isEmpty() || book.contains(part), "lost \"" + line + "\" from:\n" + input);
        }
    }

    private static String randomText(Random random, List<String> used, int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String line = LINES[random.nextInt(LINES.length)];
            used.add(line);
            text.append(line).append(random.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        return text.toString();
    }

    private static Draft draft(String name, String text) {
        String clean = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, name).text();
        return new Draft(name, "UTF-8", TextReaderAccess.blocks(clean));
    }

    private static void check(Shape shape, long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 600; round++) {
            StringBuilder text = new StringBuilder();
            List<String> used = new ArrayList<>();
            int lines = 1 + random.nextInt(25);
            for (int i = 0; i < lines; i++) {
                String line = LINES[random.nextInt(LINES.length)];
                used.add(line);
                text.append(line).append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            Structured result = Structurer.structure(List.of(draft("t.txt", text.toString())),
                    StructureOptions.builder().shape(shape).build());
            String book = flatten(result.book()) + dropped(result);
            for (String line : used) {
                assertKept(book, line, text.toString());
            }
        }
    }

    /** The lines left out as page furniture, which are listed (never silently lost), without white space. */
    private static String dropped(Structured result) {
        StringBuilder all = new StringBuilder();
        result.dropped().forEach(d -> all.append(d.text().replaceAll("\\s+", "")));
        return all.toString();
    }

    /** Every text of the book without white space, so that joined and re-flowed lines still match. */
    private static String flatten(Book book) {
        StringBuilder all = new StringBuilder();
        append(all, book.metadata().title());
        for (Chapter chapter : book.chapters()) {
            append(all, chapter.title());
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Pair pair -> append(all, pair.asText());
                    case Heading heading -> append(all, heading.text());
                    case press.duet.model.Figure figure -> {
                        all.append(figure.alt());
                        figure.captionText().ifPresent(caption -> append(all, caption));
                    }
                    case press.duet.model.Table table -> table.rows().forEach(
                            row -> row.cells().forEach(cell -> all.append(cell.text()).append('\u0001')));
                    case press.duet.model.SectionBreak ignored -> {
                    }
                }
            }
        }
        return all.toString().replaceAll("\\s+", "");
    }

    private static void append(StringBuilder all, BilingualText text) {
        all.append(text.zh() == null ? "" : text.zh().text()).append('\u0001')
                .append(text.en() == null ? "" : text.en().text()).append('\u0001');
    }
}
