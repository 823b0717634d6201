package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.ReadOptions;
import press.duet.read.Source;
import press.duet.report.Finding;

/**
 * A translated page that left some paragraphs in the original's language (pages written for this
 * test): it is the Chinese file of a pair, not a mixed-language text, and each copy is published once.
 */
class UntranslatedCopiesTest {
    private static final String ENGLISH = """
            <html lang="en"><head><title>Garden Tools</title></head><body><main>
            <h1>Garden Tools</h1>
            <p>This guide helps new gardeners choose their first tools without spending too much money.</p>
            <p>More guides are listed in the box beside this page; read them once you know the basics.</p>
            <h2>Spades and forks</h2>
            <p>A spade cuts and lifts the soil, while a fork loosens it without turning it over.</p>
            <p>Choose a handle that reaches your waist, so that you do not bend too far when digging.</p>
            <p><strong>Read more...</strong></p>
            <p>For beginners</p>
            <ul><li><a href="/a">Choosing a spade for heavy clay</a></li></ul>
            <p>For clubs</p>
            <ul><li><a href="/b">Sharing tools between allotments</a></li></ul>
            <h2>Watering</h2>
            <p>Water early in the morning, when less of it is lost to the sun and the wind.</p>
            <p>A watering can with a fine rose does not wash the seeds out of the soil.</p>
            <p><strong>Read more...</strong></p>
            <p>For beginners</p>
            <ul><li><a href="/c">Watering seedlings in dry weeks</a></li></ul>
            </main></body></html>
            """;
    private static final String CHINESE = """
            <html lang="zh-hans"><head><title>园艺工具</title></head><body><main>
            <h1>园艺工具</h1>
            <p>这份指南帮助刚开始种花的人挑选第一批工具，又不必花太多钱。</p>
            <p>More guides are listed in the box beside this page; read them once you know the basics.</p>
            <h2>铁锹和叉子</h2>
            <p>铁锹用来切开并翻起泥土，叉子则只把泥土弄松而不翻转。</p>
            <p>选一个长到腰部的把手，这样挖土时就不必弯腰太多。</p>
            <p><strong>阅读更多...</strong></p>
            <p>给初学者</p>
            <ul><li><a href="/a">Choosing a spade for heavy clay</a></li></ul>
            <p>给俱乐部</p>
            <ul><li><a href="/b">Sharing tools between allotments</a></li></ul>
            <h2>浇水</h2>
            <p>清晨浇水，这时被太阳和风带走的水比较少。</p>
            <p>带细喷头的水壶不会把种子从土里冲出来。</p>
            <p><strong>阅读更多...</strong></p>
            <p>给初学者</p>
            <ul><li><a href="/c">Watering seedlings in dry weeks</a></li></ul>
            </main></body></html>
            """;

    private static Draft page(String name, String html) {
        return Format.HTML.reader().read(Source.of(name, html.getBytes(StandardCharsets.UTF_8)), ReadOptions.DEFAULTS,
                finding -> { });
    }

    private static List<Pair> pairs(Structured structured) {
        List<Pair> pairs = new ArrayList<>();
        for (Chapter chapter : structured.book().chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Pair pair) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    @Test
    void readsATranslationWithUntranslatedParagraphsAsTheChineseFileOfAPair() {
        Structured structured = Structurer.structure(List.of(page("tools.zh.html", CHINESE), page("tools.en.html", ENGLISH)));
        assertEquals(Shape.PARALLEL_FILES, structured.shape());
    }

    @Test
    void publishesEachUntranslatedCopyOnceOnTheEnglishSide() {
        Structured structured = Structurer.structure(List.of(page("tools.zh.html", CHINESE), page("tools.en.html", ENGLISH)));
        List<Pair> pairs = pairs(structured);
        for (String copied : List.of("More guides are listed in the box beside this page; read them once you know the basics.",
                "Choosing a spade for heavy clay", "Sharing tools between allotments", "Watering seedlings in dry weeks")) {
            List<Pair> holding = pairs.stream().filter(p -> p.en() != null && p.en().text().equals(copied)).toList();
            assertEquals(1, holding.size(), copied);
            assertEquals(null, holding.get(0).zh(), copied);
            assertTrue(pairs.stream().noneMatch(p -> p.zh() != null && p.zh().text().contains(copied)), copied);
        }
        assertTrue(pairs.stream().anyMatch(p -> p.zh() != null && p.zh().text().equals("给俱乐部")
                && p.en() != null && p.en().text().equals("For clubs")));
        List<Finding> findings = structured.findings();
        assertTrue(findings.stream().anyMatch(f -> f.message().startsWith("4 paragraph(s) of the translation are copies")),
                findings.toString());
    }

    @Test
    void keepsTwoPagesInTheSameLanguageApartThoughTheyShareParagraphs() {
        String otherEnglish = ENGLISH.replace("A spade cuts", "A heavy spade cuts").replace("Garden Tools", "Garden Tools, Part Two");
        Structured structured = Structurer.structure(List.of(page("one.html", ENGLISH), page("two.html", otherEnglish)));
        assertTrue(structured.shape() != Shape.PARALLEL_FILES, structured.shape().toString());
    }
}
