package press.duet.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.BuildRequest;
import press.duet.BuildResult;
import press.duet.Duet;
import press.duet.OutputFormat;
import press.duet.font.FontRole;
import press.duet.font.TrueTypeFace;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.EpubEntries;
import press.duet.testing.EpubTexts;
import press.duet.testing.TestTexts;

/** The fonts an EPUB embeds: every character its pages show, and hardly anything else. */
class EmbeddedFontsTest {
    private static final List<String> PAGES = List.of("OEBPS/cover.xhtml", "OEBPS/title.xhtml", "OEBPS/nav.xhtml",
            "OEBPS/text/ch001.xhtml", "OEBPS/text/ch002.xhtml", "OEBPS/colophon.xhtml", "OEBPS/licences.xhtml");

    @TempDir
    Path folder;

    private Path write(String text, Layout layout) {
        Path target = folder.resolve(layout.cliName() + ".epub");
        new EpubWriter().write(Books.of(text), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).layout(layout).build(), target);
        return target;
    }

    @Test
    void embedsEveryCharacterThePagesShowAndNotThousandsMore() throws IOException {
        for (Layout layout : List.of(Layout.INTERLEAVED, Layout.ZH, Layout.EN)) {
            Path epub = write(EpubTexts.MOUNTAIN_NOTES, layout);
            Map<FontRole, TrueTypeFont> embedded = embedded(epub);
            Map<FontRole, Set<Integer>> shown = new EnumMap<>(FontRole.class);
            List<String> lost = new ArrayList<>();
            for (String name : PAGES) {
                Document page = Jsoup.parse(EpubEntries.text(epub, name), "", Parser.xmlParser());
                NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
                    if (node instanceof TextNode text && !text.isBlank() && !inHead(text)) {
                        boolean chinese = language(text).startsWith("zh");
                        boolean heading = inHeading(text);
                        text.getWholeText().codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
                            FontRole role = chinese ? FontRole.CHINESE_REGULAR : FontRole.LATIN_REGULAR;
                            if (!TrueTypeFace.bundled(role).covers(cp)) {
                                role = chinese ? FontRole.LATIN_REGULAR : FontRole.CHINESE_REGULAR;
                            }
                            FontRole bold = role.isChinese() ? FontRole.CHINESE_BOLD : FontRole.LATIN_BOLD;
                            for (FontRole face : heading ? List.of(role, bold) : List.of(role)) {
                                shown.computeIfAbsent(face, f -> new TreeSet<>()).add(cp);
                                if (!maps(embedded.get(face), cp)) {
                                    lost.add(layout.cliName() + " " + name + ": " + Character.toString(cp) + " not in " + face);
                                }
                            }
                        });
                    }
                }, page);
            }
            assertEquals(List.of(), lost);
            for (Map.Entry<FontRole, TrueTypeFont> entry : embedded.entrySet()) {
                int glyphs = entry.getValue().getNumberOfGlyphs();
                int characters = shown.getOrDefault(entry.getKey(), Set.of()).size();
                // .notdef, the ten digits a theme may generate, and glyphs that composite glyphs are built of
                assertTrue(glyphs <= characters + 1 + 10 + 10,
                        layout.cliName() + " " + entry.getKey() + ": " + glyphs + " glyphs for " + characters + " characters");
                assertTrue(characters > 0, entry.getKey() + " is embedded but shows nothing");
            }
        }
    }

    @Test
    void embedsHanCharactersBeyondTheBasicPlaneThatClassicalTextsUse() throws IOException {
        String text = """
                第一章 碑上的字

                Chapter 1 The Characters on the Stone

                他在残碑上认出了“𠂇”与“𠃌”两个字，都是字典里很少见的古字。

                On the broken stone he made out two characters, 𠂇 and 𠃌, old forms that few dictionaries list.
                """;
        Path target = folder.resolve("stone.epub");
        List<String> warnings = new EpubWriter().write(Books.of(text), Theme.named("default"),
                EpubOptions.builder().modified(Instant.parse("2025-04-02T00:00:00Z")).build(), target);
        assertEquals(List.of(), warnings);
        assertEquals(List.of(), press.duet.testing.EpubCheckResult.of(target).problems());
        Map<FontRole, TrueTypeFont> embedded = embedded(target);
        for (int rare : new int[] {0x20087, 0x200CC}) {
            assertTrue(maps(embedded.get(FontRole.CHINESE_REGULAR), rare), Character.toString(rare) + " not embedded");
        }
    }

    @Test
    void keepsTheExampleBookUnderTwoMegabytesWithItsFontsEmbedded() throws IOException {
        BuildResult result = Duet.build(BuildRequest.builder().outputFolder(folder.resolve("example"))
                .formats(Set.of(OutputFormat.EPUB)).build());
        Path epub = result.outputs().get(0);
        long size = java.nio.file.Files.size(epub);
        assertTrue(size < 2_000_000, size + " bytes");
        // The guide has strong words in both languages and English emphasis (Chinese emphasis is dots, not a face).
        assertEquals(Set.of(FontRole.CHINESE_REGULAR, FontRole.CHINESE_BOLD, FontRole.LATIN_REGULAR, FontRole.LATIN_BOLD,
                FontRole.LATIN_ITALIC), embedded(epub).keySet());
    }

    @Test
    void reportsACharacterNoBundledFontHasWithWhereItOccurs() {
        Path target = folder.resolve("alchemy.epub");
        List<String> warnings = new EpubWriter().write(Books.of(EpubTexts.UNCOVERED_CHARACTER), Theme.named("default"),
                EpubOptions.builder().build(), target);
        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.get(0);
        assertTrue(warning.startsWith("U+1F701 "), warning);
        assertTrue(warning.contains("chapter 1, pair 1"), warning);
    }

    @Test
    void buildReportsTheEpubsMissingCharactersAmongItsWarnings() throws IOException {
        Path input = TestTexts.write(folder, "alchemy.txt", EpubTexts.UNCOVERED_CHARACTER);
        BuildResult result = Duet.build(BuildRequest.builder().input(input).outputFolder(folder.resolve("out"))
                .formats(Set.of(OutputFormat.EPUB)).build());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("U+1F701") && w.contains("EPUB")),
                result.warnings().toString());
    }

    private static Map<FontRole, TrueTypeFont> embedded(Path epub) throws IOException {
        Map<FontRole, TrueTypeFont> fonts = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            byte[] bytes = EpubEntries.bytes(epub, "OEBPS/fonts/" + role.bundledFile());
            if (bytes != null) {
                fonts.put(role, new TTFParser(true).parse(new RandomAccessReadBuffer(bytes)));
            }
        }
        return fonts;
    }

    private static boolean maps(TrueTypeFont font, int cp) {
        try {
            if (font == null) {
                return false;
            }
            CmapLookup cmap = font.getUnicodeCmapLookup();
            return cmap.getGlyphId(cp) != 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String language(TextNode text) {
        for (Element e = text.parentElement(); e != null; e = e.parent()) {
            if (e.hasAttr("lang")) {
                return e.attr("lang");
            }
        }
        return "";
    }

    private static boolean inHeading(TextNode text) {
        for (Element e = text.parentElement(); e != null; e = e.parent()) {
            if (e.tagName().matches("h[1-6]")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inHead(TextNode text) {
        for (Element e = text.parentElement(); e != null; e = e.parent()) {
            if (e.tagName().equals("head")) {
                return true;
            }
        }
        return false;
    }
}
