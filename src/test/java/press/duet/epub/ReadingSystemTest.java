package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubTexts;
import press.duet.testing.ReaderTools;

/**
 * Opens the EPUB of every layout in epub.js, paginated, in headless Chromium at a phone's size
 * (390 × 844) and a tablet's (1024 × 768, one page), and judges what its pages show: no text column
 * narrower than 15 em of its font; no chapter title split from its translation or from the first pair;
 * at most a quarter of any page blank except a chapter's last; the side-by-side layout side by side
 * wherever the page holds two columns of that measure, and one above the other where it does not.
 * The books are the example guide (written for the project) and a text with a commentary longer than a
 * page; a control (the layout Duet had before, with a media query) must fail the same measurements.
 * The first page of each is kept in {@code target/reader-screenshots}.
 */
class ReadingSystemTest {
    private static final Path SCREENSHOTS = Path.of("target", "reader-screenshots");
    private static final double NARROWEST_EM = 15;
    private static final double MOST_BLANK = 0.25;

    /**
     * The control: the side-by-side book with the layout Duet had before, columns switched on by a media
     * query and every pair kept whole. The measurements must find its faults, or they prove nothing.
     */
    private static final String CONTROL = "control-media-query";
    private static final String MEDIA_QUERY_LAYOUT = """
            @media (min-width: 36em) {
              .duet-side-by-side .pair { display: flex; }
              .duet-side-by-side .pair > p { flex: 1 1 0; min-width: 0; margin: 0 0.75em 0 0; }
            }
            .pair { break-inside: avoid; }
            """;

    @TempDir
    static Path folder;

    private static ReaderTools.Run pages;

    @BeforeAll
    static void renderEveryLayout() throws Exception {
        ReaderTools.needBrowserTools();
        Book guide = Books.example();
        Book commentary = pairingLoneParagraphs(Books.of(EpubTexts.LONG_COMMENTARY));
        Map<String, Path> books = new LinkedHashMap<>();
        for (Layout layout : List.of(Layout.INTERLEAVED, Layout.SIDE_BY_SIDE, Layout.ZH, Layout.EN)) {
            books.put(layout.cliName(), write(guide, layout, layout.cliName()));
        }
        books.put("commentary-interleaved", write(commentary, Layout.INTERLEAVED, "commentary-interleaved"));
        books.put("commentary-side-by-side", write(commentary, Layout.SIDE_BY_SIDE, "commentary-side-by-side"));
        books.put(CONTROL, withLayoutCss(books.get("side-by-side"), MEDIA_QUERY_LAYOUT));
        List<String> command = new ArrayList<>(List.of("node", "paginate.mjs", folder.resolve("shots").toString()));
        books.forEach((name, epub) -> command.add(name + "=" + epub));
        long start = System.nanoTime();
        pages = ReaderTools.run(ReaderTools.NODE_FOLDER, 300, command);
        System.out.printf("epub.js paginated %d books at two sizes in %.1f s%n", books.size(),
                (System.nanoTime() - start) / 1e9);
        assertEquals(0, pages.exitCode(), pages.output());
        Files.createDirectories(SCREENSHOTS);
        try (var shots = Files.list(folder.resolve("shots"))) {
            for (Path shot : shots.toList()) {
                Files.copy(shot, SCREENSHOTS.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The book with each Chinese paragraph that stands alone paired with a lone English one right after
     * it: the aligner rightly doubts a line whose translation is forty times as long, but this test is
     * about how such a pair is laid out.
     */
    private static Book pairingLoneParagraphs(Book book) {
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : chapter.blocks()) {
                if (block instanceof Pair pair && pair.zh() == null && !blocks.isEmpty()
                        && blocks.get(blocks.size() - 1) instanceof Pair before && before.en() == null) {
                    blocks.set(blocks.size() - 1, new Pair(before.zh(), pair.en(), 1.0));
                } else {
                    blocks.add(block);
                }
            }
            chapters.add(new Chapter(chapter.title(), blocks));
        }
        return new Book(book.metadata(), chapters);
    }

    private static Path write(Book book, Layout layout, String name) {
        Path epub = folder.resolve(name + ".epub");
        new EpubWriter().write(book, Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).layout(layout).build(), epub);
        return epub;
    }

    /** A copy of the book with another layout style sheet. */
    private static Path withLayoutCss(Path epub, String css) throws IOException {
        Path copy = folder.resolve("control.epub");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(epub));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("OEBPS/styles/layout.css")) {
                    bytes = css.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    /** The rows of one kind for Duet's own books, the control left out. */
    private static List<String[]> rows(String kind) {
        return pages.rows(kind).stream().filter(row -> !row[1].equals(CONTROL)).toList();
    }

    @Test
    void theMeasurementsFindTheFaultsOfAMediaQueryLayout() {
        double narrowest = pages.rows("column").stream().filter(row -> row[1].equals(CONTROL) && row[2].equals("phone"))
                .mapToDouble(row -> Double.parseDouble(row[4])).min().orElseThrow();
        assertTrue(narrowest < NARROWEST_EM, "the control's phone columns measured " + narrowest + " em");
        double blankest = pages.rows("blank").stream().filter(row -> row[1].equals(CONTROL) && row[6].equals("0"))
                .mapToDouble(row -> Double.parseDouble(row[5])).max().orElseThrow();
        assertTrue(blankest > MOST_BLANK, "the control's blankest page measured " + blankest);
    }

    @Test
    void everyBookIsPaginatedAtBothSizes() {
        List<String[]> counts = rows("pages");
        assertEquals(6 * 2, counts.stream().map(row -> row[1] + " " + row[2]).distinct().count(), pages.output());
        assertTrue(counts.stream().allMatch(row -> Integer.parseInt(row[4]) >= 1), pages.output());
        for (String[] row : counts) {
            if (row[1].startsWith("commentary") && row[2].equals("phone") && row[3].equals("1")) {
                assertTrue(Integer.parseInt(row[4]) >= 3, "the commentary should run over several phone pages: "
                        + String.join(" ", row));
            }
        }
    }

    @Test
    void noTextColumnIsNarrowerThanFifteenEms() {
        for (String[] row : rows("column")) {
            assertTrue(Double.parseDouble(row[4]) >= NARROWEST_EM, "a column of " + row[4] + " em in " + where(row));
        }
    }

    @Test
    void chapterTitlesStayWithTheirTranslationAndTheFirstPair() {
        for (String[] row : rows("title")) {
            assertEquals(1, row[4].split(",").length, "the title is split over pages " + row[4] + " in " + where(row));
            assertEquals(row[4], row[5], "the title and the first pair fall on different pages in " + where(row));
        }
    }

    @Test
    void atMostAQuarterOfAnyPageIsBlankOutsideChapterEnds() {
        int judged = 0;
        for (String[] row : rows("blank")) {
            double blank = Double.parseDouble(row[5]);
            // A figure is kept whole: the page before it may end early, by less than the figure's height.
            boolean waitsForAFigure = blank < Double.parseDouble(row[7]);
            if (row[6].equals("0") && !waitsForAFigure) {
                judged++;
                assertTrue(blank <= MOST_BLANK, "page " + row[4] + " is " + row[5] + " blank in " + where(row));
            }
        }
        assertTrue(judged >= 10, "too few pages to judge:\n" + pages.output());
    }

    @Test
    void sideBySideWhereverThePageHoldsTwoColumns() {
        boolean sawBoth = false;
        boolean sawStacked = false;
        for (String[] row : rows("pairs")) {
            int sideBySide = Integer.parseInt(row[4]);
            int stacked = Integer.parseInt(row[5]);
            boolean room = row[6].equals("1");
            if (row[1].endsWith("side-by-side")) {
                if (room) {
                    assertEquals(0, stacked, "pairs one above the other on a page with room for two columns in " + where(row));
                    sawBoth |= sideBySide > 0;
                } else {
                    assertEquals(0, sideBySide, "columns on a page too narrow for two in " + where(row));
                    sawStacked |= stacked > 0;
                }
            } else {
                assertEquals(0, sideBySide, "side by side in a layout that is not in " + where(row));
            }
        }
        assertTrue(sawBoth, "no page showed the side-by-side layout in columns");
        assertTrue(sawStacked, "no page was too narrow for columns (the phone should be)");
    }

    private static String where(String[] row) {
        return row[1] + " at " + row[2] + " size, chapter " + row[3];
    }
}
