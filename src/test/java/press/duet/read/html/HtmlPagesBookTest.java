package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.BuildRequest;
import press.duet.BuildResult;
import press.duet.Duet;
import press.duet.OutputFormat;
import press.duet.epub.EpubOptions;
import press.duet.image.TestImages;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Pair;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.PdfInspection;

/**
 * Saved pages of every bilingual shape (alternating either way, br-split, language-marked, a two-column
 * table, a Chinese block then the English, one language only, GB2312 and Big5) through the whole
 * pipeline: the right pairs, title and date, the figures, EPUBCheck 0/0/0 with nothing of the page's
 * scripts, styles or remote references, and a PDF with the text.
 */
class HtmlPagesBookTest {
    @TempDir
    Path folder;

    private Path page(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = HtmlPagesBookTest.class.getResourceAsStream(name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private BuildResult build(Path input) {
        return Duet.build(BuildRequest.builder().input(input).outputFolder(folder.resolve("out-" + input.getFileName()))
                .formats(Set.of(OutputFormat.EPUB, OutputFormat.PDF))
                .epub(EpubOptions.builder().modified(Instant.parse("2026-12-01T00:00:00Z")).build()).build());
    }

    private static List<Pair> pairs(Book book) {
        List<Pair> pairs = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Pair pair) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    private static List<String> sides(Book book) {
        return pairs(book).stream().map(p -> (p.zh() == null ? "-" : p.zh().text()) + " = " + (p.en() == null ? "-" : p.en().text())).toList();
    }

    /**
     * Builds the page and checks both outputs: valid, clean of the page's markup, and holding every
     * pair's text; the title holds {@code title} (an English-first title line in both languages, "The
     * Night Market 夜市", the structure stage keeps whole on its English side).
     */
    private BuildResult check(String name, String title, List<String> expectedPairs) throws IOException {
        BuildResult result = build(page(name));
        Book book = result.book();
        assertEquals(expectedPairs, sides(book), name);
        assertTrue(book.metadata().title().joined(" ").contains(title), name + ": " + book.metadata().title().joined(" "));
        Path epub = result.outputs().stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        Path pdf = result.outputs().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        EpubCheckResult check = EpubCheckResult.of(epub);
        assertTrue(check.problems().isEmpty(), name + ": " + check);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            zip.stream().filter(e -> e.getName().endsWith(".xhtml")).forEach(entry -> {
                try (InputStream in = zip.getInputStream(entry)) {
                    String xhtml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertFalse(xhtml.contains("<script"), entry.getName());
                    assertFalse(xhtml.contains("analytics") || xhtml.contains("site.css") || xhtml.contains("搜索"), entry.getName());
                    assertFalse(xhtml.matches("(?s).*(src|href)=\"https?://[^\"]*\\.(js|css|png|gif)\".*"), entry.getName());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        // The note numbers the PDF sets in the text are left out of the comparison.
        String pdfText = PdfInspection.text(pdf).replaceAll("[\\s0-9]+", "");
        for (Pair pair : pairs(book)) {
            if (pair.zh() != null) {
                assertTrue(pdfText.contains(pair.zh().text().replaceAll("[\\s0-9]+", "")), name + " PDF lacks " + pair.zh().text());
            }
        }
        return result;
    }

    @Test
    void alternatingParagraphsChineseFirstWithNotesAndAFigureSavedBesideThePage() throws IOException {
        Files.createDirectories(folder.resolve("alternating-zh-first_files"));
        Files.write(folder.resolve("alternating-zh-first_files/tree.png"), TestImages.raster("png", 40, 30));
        BuildResult result = check("alternating-zh-first.html", "城市里的树 Trees in the City", List.of(
                "每到春天，街道两旁的梧桐树就长出新叶。 = Every spring, the plane trees along the streets put out new leaves.",
                "树荫让夏天的步行变得凉快。 = Their shade makes walking in summer cooler.",
                "老人们常在树下下棋。 = Old people often play chess under the trees.",
                "孩子们在落叶里奔跑。 = Children run through the fallen leaves."));
        Book book = result.book();
        assertEquals(LocalDate.of(2025, 4, 18), book.metadata().date());
        assertEquals(List.of("陈静"), book.metadata().authors());
        assertEquals("双语学习网", book.metadata().origin().site());
        assertEquals("https://bilingual.example.org/articles/trees-3.html", book.metadata().origin().url());
        List<Figure> figures = book.chapters().stream().flatMap(c -> c.blocks().stream()).filter(b -> b instanceof Figure)
                .map(b -> (Figure) b).toList();
        assertEquals(1, figures.size());
        assertEquals("40x30", figures.get(0).picture().map(i -> i.width() + "x" + i.height()).orElse("none"));
        assertEquals("梧桐树", figures.get(0).caption().zh().text());
        assertEquals("A plane tree", figures.get(0).caption().en().text());
        Path epub = result.outputs().stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        String url = "https://bilingual.example.org/articles/trees-3.html";
        assertTrue(EpubEntries.text(epub, "OEBPS/colophon.xhtml").contains("原文：双语学习网 · " + url));
        assertTrue(EpubEntries.text(epub, "OEBPS/content.opf").contains("<dc:source>" + url + "</dc:source>"));
        Path pdf = result.outputs().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getDocumentInformation().getSubject().endsWith("双语学习网 · " + url));
        }
    }

    @Test
    void alternatingParagraphsEnglishFirst() throws IOException {
        Book book = check("alternating-en-first.html", "The Night Market", List.of(
                "太阳落山的时候，夜市就开张了。 = The night market opens when the sun goes down.",
                "摊位上卖面条、烤鱿鱼和甜茶。 = Stalls sell noodles, grilled squid and sweet tea.",
                "一家人在灯火之间慢慢地走。 = Families walk slowly between the lamps.",
                "到了半夜，街道又安静下来。 = By midnight the street is quiet again.")).book();
        assertEquals(LocalDate.of(2024, 11, 2), book.metadata().date());
        assertEquals(List.of("Tom Reed"), book.metadata().authors());
    }

    @Test
    void aHeadingGroupIsOneHeadingInEitherLanguage() throws IOException {
        // A headline over its translation in <hgroup> is the title pair; a section's number over its name
        // in one language is one section heading; neither part is a paragraph of the text.
        Path page = folder.resolve("hgroup.html");
        Files.writeString(page, """
                <!doctype html><html><head><meta charset="utf-8"><title>渡口</title></head><body><article>
                <hgroup><h1>渡口的早晨</h1><p>Morning at the Ferry</p></hgroup>
                <p>天刚亮，第一班渡轮就离开了码头。</p><p>At first light the first ferry leaves the pier.</p>
                <hgroup><h2>Part Two</h2><p>The Crossing</p></hgroup>
                <p>船上的乘客大多是去市场的农民。</p><p>Most passengers on board are farmers going to market.</p>
                </article></body></html>
                """);
        Book book = build(page).book();
        assertEquals("渡口的早晨 / Morning at the Ferry", book.metadata().title().joined(" / "));
        assertEquals(List.of("天刚亮，第一班渡轮就离开了码头。 = At first light the first ferry leaves the pier.",
                "船上的乘客大多是去市场的农民。 = Most passengers on board are farmers going to market."), sides(book));
        assertTrue(book.chapters().stream().anyMatch(c -> c.title().joined(" / ").contains("Part Two: The Crossing")),
                book.chapters().stream().map(c -> c.title().joined(" / ")).toList().toString());
    }

    @Test
    void aPostsChineseThenItsEnglishUnderAnEnglishTitleWithSectionsAndSignOffs() throws IOException {
        // A blog post as a Drupal site saves it: the Chinese title above the article, the date and the
        // author field in the post's header beside the body, the Chinese block with a section heading,
        // the English title as a heading, the English block with its heading; paragraphs parted by two
        // br, a rule of dashes, and each block signed off with the office's name over the date (after a
        // blank line in Chinese, on the lines right under the last paragraph in English).
        Path page = folder.resolve("post.html");
        Files.writeString(page, """
                <!doctype html><html><head><meta charset="utf-8"><title>茶園的早晨 | 山城日報</title></head><body>
                <div id="content"><h1 id="page-title">茶園的早晨</h1>
                <article class="node node-blog"><header><p class="submitted"> 2012-04-09 </p></header>
                <div class="field field-name-field-author"><div class="field-item">林美華</div></div>
                <div class="field field-name-body"><p>天還沒亮，採茶的人就已經上山了，她們背著竹簍，沿著小路慢慢地走。<br />
                <br />
                霧氣在山谷裡流動，遠處的村莊只露出幾個屋頂，像是浮在白色的海上。</p>
                <h3>午後</h3>
                <p>到了中午，茶葉被送到工廠，工人們把它們攤開在竹篩上，等待萎凋。<br />
                <br />
                山城日報 編輯部<br />
                2012/ 4/ 9</p>
                <h3>The Morning in the Tea Garden</h3>
                <p>---<br />
                Before dawn the pickers are already on the hill, baskets on their backs, walking slowly along the path.<br />
                <br />
                Mist drifts through the valley, and the distant village shows only a few roofs, as if floating on a white sea.</p>
                <h3>Afternoon</h3>
                <p>By noon the leaves reach the factory, where workers spread them on bamboo trays to wither.<br />
                Hill Town Daily Desk<br />
                2012/ 4/ 9</p>
                </div></article></div></body></html>
                """);
        BuildResult result = build(page);
        Book book = result.book();
        assertEquals("茶園的早晨 / The Morning in the Tea Garden", book.metadata().title().joined(" / "));
        assertEquals(LocalDate.of(2012, 4, 9), book.metadata().date());
        assertEquals(List.of("林美華"), book.metadata().authors());
        assertEquals(List.of(
                "天還沒亮，採茶的人就已經上山了，她們背著竹簍，沿著小路慢慢地走。 = Before dawn the pickers are already on the hill, baskets on their backs, walking slowly along the path.",
                "霧氣在山谷裡流動，遠處的村莊只露出幾個屋頂，像是浮在白色的海上。 = Mist drifts through the valley, and the distant village shows only a few roofs, as if floating on a white sea.",
                "到了中午，茶葉被送到工廠，工人們把它們攤開在竹篩上，等待萎凋。 = By noon the leaves reach the factory, where workers spread them on bamboo trays to wither."),
                sides(book));
        // The section heading is paired with its translation, as a chapter's title or a heading in one.
        assertTrue(book.chapters().stream().anyMatch(c -> c.title().joined(" / ").equals("午後 / Afternoon")
                || c.blocks().stream().anyMatch(b -> b instanceof press.duet.model.Heading h && h.text().joined(" / ").equals("午後 / Afternoon"))),
                book.chapters().toString());
        assertTrue(book.chapters().stream().allMatch(c -> c.blocks().stream().noneMatch(press.duet.model.SectionBreak.class::isInstance)));
        var dropped = press.duet.structure.Structurer.structure(List.of(press.duet.read.Readers.read(page, null, null))).dropped();
        assertTrue(dropped.stream().anyMatch(d -> d.text().equals("山城日報 編輯部") && d.reason().startsWith("sign-off")),
                dropped.toString());
    }

    @Test
    void bothLanguagesInOneParagraphSplitByBreaks() throws IOException {
        check("br-split.html", "学做饺子 Making Dumplings", List.of(
                "先把面粉和水揉成面团。 = First knead flour and water into a dough.",
                "再把肉和白菜剁碎做馅。 = Then chop meat and cabbage for the filling.",
                "包好的饺子放进开水里煮。 = Put the wrapped dumplings into boiling water.",
                "饺子浮起来就熟了。 = When they float, they are done."));
    }

    @Test
    void languageMarkedContainers() throws IOException {
        check("lang-marked.html", "海边来信 Letters from the Coast", List.of(
                "海风一直吹到傍晚。 = The sea wind blew until evening.",
                "渔船陆续回到港口。 = One by one the fishing boats came back to the harbour.",
                "码头上堆满了鱼筐。 = Baskets of fish piled up on the quay.",
                "灯塔亮了。 = The lighthouse came on."));
    }

    @Test
    void aTitlePairSetInBoldAboveItsDateLinesAndAKeywordMarkedInsideASentence() throws IOException {
        // No h1: the title is the bold pair at the article's head, its date the two date lines under it; a
        // bold line between paragraphs is still a section's heading, and a word the site marks with a
        // furniture-like class inside a sentence (a keyword link, a tag) is the sentence's.
        Book book = check("bold-title.html", "港务长林海的一封信 A Letter from the Harbour Master", List.of(
                "今年夏天，渡轮每天早上七点出发。 = The ferry will leave at seven every morning this summer.",
                "船票可以在码头售票处或船上购买。 = Tickets can be bought at the pier office or on the boat.",
                "风大的时候，第一班可能会取消。 = When the wind is strong, the first crossing may be cancelled.",
                "出发前请查看公告栏。 = Please check the notice board before you set out.")).book();
        assertEquals(LocalDate.of(2022, 5, 14), book.metadata().date());
        assertEquals(List.of("港务长林海的一封信 / A Letter from the Harbour Master", "恶劣天气 / Bad weather"),
                book.chapters().stream().map(c -> c.title().joined(" / ")).toList());
    }

    @Test
    void aTwoColumnTable() throws IOException {
        check("two-column-table.html", "常用问候语 Common Greetings", List.of(
                "早上好！ = Good morning!", "好久不见。 = Long time no see.", "最近怎么样？ = How have you been?",
                "祝你一路顺风。 = Have a good journey."));
    }

    @Test
    void aBlockOfChineseThenTheEnglish() throws IOException {
        check("blocks.html", "图书馆的一天 A Day at the Library", List.of(
                "图书馆早上八点开门。 = The library opens at eight in the morning.",
                "学生们排队借书。 = Students queue to borrow books.",
                "午饭后阅览室里很安静。 = After lunch the reading room is very quiet."));
    }

    @Test
    void aPageInOneLanguageWithTheLabelAndPartNumber() throws IOException {
        Book book = check("one-language.html", "山中的小路", List.of(
                "山中有一条小路，一直通到山顶。 = -", "路边开着许多野花。 = -", "走到半山腰，可以看见远处的湖。 = -")).book();
        assertEquals(1, book.metadata().part());
        assertEquals(LocalDate.of(2023, 6, 10), book.metadata().date());
    }

    @Test
    void pagesInGb2312AndBig5() throws IOException {
        check("gb2312.html", "秋天的稻田 Rice Fields in Autumn", List.of(
                "秋天到了，稻田变成了金黄色。 = Autumn has come and the rice fields have turned golden.",
                "农民们忙着收割稻子。 = The farmers are busy harvesting the rice."));
        Book big5 = check("big5.html", "老街的茶館 The Teahouse on the Old Street", List.of(
                "老街的盡頭有一間茶館。 = At the end of the old street there is a teahouse.",
                "每天下午，鄰居們都來這裡聊天。 = Every afternoon the neighbours come here to talk.")).book();
        assertEquals(press.duet.model.Lang.ZH_HANT, big5.metadata().chinese());
    }
}
