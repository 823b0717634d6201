package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.model.Book;
import press.duet.model.Lang;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.ReaderTools;
import press.duet.testing.EveryKindBook;

/**
 * The Kindle path: calibre's {@code ebook-convert} turns the side-by-side and interleaved editions of
 * the example guide into Kindle's AZW3 and back into an EPUB, and the book read back must still have
 * its two columns (flexbox, and floats for KF8, which has no flexbox), Chinese as its language, both
 * titles with their separator in every contents entry, its embedded fonts, and, converted with
 * calibre's default font rescaling, the study theme's sizes.
 */
class KindleConversionTest {
    @TempDir
    static Path folder;

    private static final Map<String, Map<String, String>> BACK = new TreeMap<>();
    /** The study theme's interleaved edition with the English first, converted for its sizes alone. */
    private static Map<String, String> englishFirst;
    /** The book with every rich kind, side by side. */
    private static Map<String, String> rich;

    @BeforeAll
    static void convertToAzw3AndBack() throws Exception {
        ReaderTools.need(ReaderTools.onPath("ebook-convert"), "calibre's ebook-convert (Debian: calibre)");
        Book guide = Books.example();
        BACK.put("side-by-side", convert(guide, Layout.SIDE_BY_SIDE, null, "study", "side-by-side"));
        BACK.put("interleaved", convert(guide, Layout.INTERLEAVED, null, "default", "interleaved"));
        englishFirst = convert(guide, Layout.INTERLEAVED, Lang.EN, "study", "english-first");
        rich = convert(EveryKindBook.everyKind(), Layout.SIDE_BY_SIDE, null, "default", "rich");
    }

    /** Converts with calibre's defaults (no options), as {@code ebook-convert book.epub book.azw3} does. */
    private static Map<String, String> convert(Book book, Layout layout, Lang first, String theme, String name)
            throws Exception {
        List<String> options = List.of();
        Path epub = folder.resolve(name + ".epub");
        new EpubWriter().write(book, Theme.named(theme),
                EpubOptions.builder().modified(Instant.parse("2026-11-27T00:00:00Z")).layout(layout).first(first).build(),
                epub);
        Path azw3 = folder.resolve(name + ".azw3");
        Path back = folder.resolve(name + "-back.epub");
        long start = System.nanoTime();
        calibre(epub, azw3, options);
        calibre(azw3, back, options);
        System.out.printf("calibre: %s to AZW3 and back in %.1f s%n", name, (System.nanoTime() - start) / 1e9);
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(back.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                entries.put(entry.getName(), entry.getName().endsWith(".ttf")
                        ? java.util.Base64.getEncoder().encodeToString(bytes) : new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static void calibre(Path from, Path to, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ebook-convert", from.toString(), to.toString()));
        command.addAll(options);
        ReaderTools.Run run = ReaderTools.run(folder, 180, command);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(Files.size(to) > 0, run.output());
    }

    private static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    /** calibre writes each element's style as one rule for a class of its own: the rule for a class. */
    private static String rule(Map<String, String> book, String className) {
        Pattern pattern = Pattern.compile("(?m)^\\." + Pattern.quote(className) + " \\{([^}]*)\\}");
        for (Map.Entry<String, String> entry : book.entrySet()) {
            if (entry.getKey().endsWith(".css")) {
                Matcher m = pattern.matcher(entry.getValue());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return "";
    }

    /** The declarations of every class an element has, one after another. */
    private static String style(Map<String, String> book, Element element) {
        StringBuilder style = new StringBuilder();
        for (String className : element.classNames()) {
            style.append(rule(book, className));
        }
        return style.toString();
    }

    private static List<Element> pairs(Map<String, String> book) {
        List<Element> pairs = new ArrayList<>();
        book.forEach((name, text) -> {
            if (name.endsWith(".html") || name.endsWith(".xhtml")) {
                pairs.addAll(xml(text).select("div[id~=^c\\d+-p\\d+$]"));
            }
        });
        return pairs;
    }

    /**
     * Kindle shows a note as a pop-up when the reference points at a footnote aside in its own file:
     * both must survive the conversion, with the figures, ruby, emphasis and its dots, and the table.
     */
    @Test
    void richContentSurvivesTheRoundTrip() {
        List<Document> pages = new ArrayList<>();
        StringBuilder css = new StringBuilder();
        rich.forEach((name, text) -> {
            if (name.endsWith(".html") || name.endsWith(".xhtml")) {
                pages.add(xml(text));
            } else if (name.endsWith(".css")) {
                css.append(text);
            }
        });
        int refs = 0;
        for (Document page : pages) {
            for (Element ref : page.select("a[role=doc-noteref]")) {
                String target = ref.attr("href").substring(ref.attr("href").indexOf('#') + 1);
                Element note = page.getElementById(target);
                assertTrue(note != null && note.tagName().equals("aside") && note.attr("role").equals("doc-footnote"),
                        ref.outerHtml());
                refs++;
            }
        }
        assertEquals(5, refs, "three notes in chapter 1, two in chapter 2");
        List<String> text = pages.stream().map(Document::text).toList();
        assertTrue(pages.stream().anyMatch(page -> page.select("em").eachText().contains("静夜思")));
        assertTrue(pages.stream().anyMatch(page -> page.select("ruby rt").eachText().contains("yuè")));
        assertTrue(pages.stream().anyMatch(page -> page.select("th").eachText().contains("中文")), text.toString());
        assertTrue(css.toString().contains("text-emphasis-style: filled dot"), "the Chinese emphasis dots");
        List<String> alts = pages.stream().flatMap(page -> page.select("img").eachAttr("alt").stream()).sorted().toList();
        assertEquals(List.of("A WebP picture", "A drawing", "A photograph", "A vector drawing", "一轮明月 over the roofs",
                "富文本 · Rich Text — 测试"), alts, "the five figures' images and the cover, each with its alt text");
    }

    @Test
    void theSideBySideEditionKeepsItsColumns() {
        Map<String, String> book = BACK.get("side-by-side");
        List<Element> pairs = pairs(book);
        assertEquals(24, pairs.size(), "every pair of the guide comes back");
        for (Element pair : pairs) {
            String pairStyle = style(book, pair);
            assertTrue(pairStyle.contains("display: flex") && pairStyle.contains("flex-flow: row wrap"), pair.id() + ": " + pairStyle);
            Element first = pair.child(0);
            Element second = pair.child(1);
            String firstStyle = style(book, first);
            String secondStyle = style(book, second);
            assertTrue(firstStyle.contains("flex-basis: 15em") || firstStyle.contains("flex: 1 1 15em"), firstStyle);
            assertTrue(secondStyle.contains("flex: 1 1 20em"), secondStyle);
            // KF8 has no flexbox: the floats are what a Kindle shows as columns.
            assertTrue(firstStyle.contains("float: left") && firstStyle.contains("width: 48%"), firstStyle);
            assertTrue(secondStyle.contains("float: right"), secondStyle);
        }
    }

    @Test
    void theInterleavedEditionStaysInterleaved() {
        Map<String, String> book = BACK.get("interleaved");
        List<Element> pairs = pairs(book);
        assertEquals(24, pairs.size());
        for (Element pair : pairs) {
            assertFalse(style(book, pair).contains("display: flex"), pair.id());
            assertFalse(style(book, pair.child(1)).contains("float"), pair.id());
        }
    }

    @Test
    void theBookIsRecordedAsChinese() {
        for (Map<String, String> book : BACK.values()) {
            Document opf = xml(book.get("content.opf"));
            assertEquals(List.of("zh"), opf.select("dc|language").eachText());
        }
    }

    @Test
    void everyContentsEntryHasBothTitlesAndTheSeparator() {
        for (Map<String, String> book : BACK.values()) {
            List<String> entries = xml(book.get("toc.ncx")).select("navPoint > navLabel > text").eachText();
            List<String> chapters = entries.stream().filter(e -> e.startsWith("第")).toList();
            assertEquals(List.of("第一章 为什么要对照阅读 · Chapter 1 Why Read in Parallel",
                    "第二章 Duet 是怎样工作的 · Chapter 2 How Duet Works",
                    "第三章 准备你自己的文本 · Chapter 3 Preparing Your Own Text"), chapters, entries.toString());
        }
    }

    @Test
    void theEmbeddedFontsSurvive() throws IOException {
        for (Map.Entry<String, Map<String, String>> book : BACK.entrySet()) {
            String css = String.join("\n", book.getValue().entrySet().stream()
                    .filter(e -> e.getKey().endsWith(".css")).map(Map.Entry::getValue).toList());
            assertTrue(css.contains("font-family: \"Noto Serif SC\";") && css.contains("font-family: \"Literata\";"), css);
            String uuid = xml(book.getValue().get("content.opf")).select("dc|identifier[opf:scheme=uuid]").text();
            int chinese = 0;
            for (Map.Entry<String, String> entry : book.getValue().entrySet()) {
                if (entry.getKey().endsWith(".ttf")) {
                    byte[] bytes = java.util.Base64.getDecoder().decode(entry.getValue());
                    if (book.getValue().getOrDefault("META-INF/encryption.xml", "").contains(entry.getKey())) {
                        unmangle(bytes, uuid);
                    }
                    TrueTypeFont font = new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
                    if (font.getUnicodeCmapLookup().getGlyphId('读') != 0) {
                        chinese++;
                    }
                }
            }
            assertTrue(chinese >= 1, book.getKey() + ": no embedded font draws 读 after conversion");
        }
    }

    /**
     * calibre's EPUB output mangles embedded fonts the Adobe way: the first 1024 bytes XORed with the
     * 16 bytes of the book's UUID.
     */
    private static void unmangle(byte[] font, String uuid) {
        String hex = uuid.replace("urn:uuid:", "").replace("-", "");
        byte[] key = java.util.HexFormat.of().parseHex(hex);
        for (int i = 0; i < Math.min(1024, font.length); i++) {
            font[i] ^= key[i % key.length];
        }
    }

    /*
     * calibre's default rescaling moves every size to a step of its scale around the size that sets most
     * of the book's characters; the study theme's sizes are steps of that scale, so the ratio of the
     * second language to the first comes back as the theme sets it (0.92 em came back as 0.75).
     */
    @Test
    void theStudyThemesSizesSurviveADefaultConversionWithChineseFirst() {
        assertSecondToFirst("side-by-side", BACK.get("side-by-side"), 1 / 1.125, 1.125, 1.0);
    }

    @Test
    void theStudyThemesSizesSurviveADefaultConversionWithEnglishFirst() {
        assertSecondToFirst("english-first", englishFirst, 0.75, 1.0, 0.75);
    }

    /** The sizes of the first pair's sides, relative to the body's size, and their ratio. */
    private static void assertSecondToFirst(String edition, Map<String, String> book, double ratio, double first,
            double second) {
        Element pair = pairs(book).get(0);
        double firstSize = size(style(book, pair.child(0)));
        double secondSize = size(style(book, pair.child(1)));
        assertEquals(ratio, secondSize / firstSize, 0.005, edition + ": second language to first after conversion");
        assertEquals(first, firstSize, 0.005, edition + ": the first language's size");
        assertEquals(second, secondSize, 0.005, edition + ": the second language's size");
    }

    private static double size(String style) {
        Matcher m = Pattern.compile("font-size: ([0-9.]+)em").matcher(style);
        return m.find() ? Double.parseDouble(m.group(1)) : 1.0;
    }
}
