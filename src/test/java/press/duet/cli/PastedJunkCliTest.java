package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubCheckResult;
import press.duet.testing.EpubEntries;
import press.duet.testing.TestTexts;

/**
 * A page copied from a browser (written for this test) with every kind of junk issue 12 names: the
 * site's name and menu, a breadcrumb, a view count, a share prompt, a watermark after each paragraph,
 * a scan prompt, source and editor lines, previous/next links, a "Related:" list and a copyright line.
 * The build leaves them out and says so in one line; inspect lists each with its place and reason;
 * --keep-furniture keeps them.
 */
class PastedJunkCliTest {
    private static final String WATERMARK = "文章源自河边周刊-https://www.riverside-weekly.example/a/77.html";
    private static final List<String> JUNK = List.of(
            "Home | News | Culture | Sign in",
            "You are here: Home > Culture > Festivals",
            "浏览 2,318 次",
            "Share this article",
            WATERMARK,
            "扫码关注河边周刊公众号",
            "来源：河边周刊 责任编辑：王明",
            "上一篇：秋天的市场",
            "下一篇：冬天的桥",
            "Related:",
            "The Bridge in Winter",
            "A Market in Autumn",
            "Copyright © 2023 Riverside Weekly. All rights reserved.");
    private static final List<String> ARTICLE = List.of(
            "Every autumn the town hangs paper lanterns along the river, and families walk there after supper.",
            "每年秋天，小镇都会沿着河岸挂起纸灯笼，人们吃过晚饭就到那里散步。",
            "The oldest lanterns are made by a family who has kept the craft for four generations.",
            "最老的灯笼出自一个家庭之手，他们把这门手艺传了四代。",
            "When the lights go out at midnight, the children float small paper boats down the water.",
            "午夜灯熄的时候，孩子们把小纸船放进水里。");
    private static final String PAGE = String.join("\n",
            JUNK.get(0), JUNK.get(1),
            "The Lantern Night by the River", "河边的灯笼夜",
            JUNK.get(2), JUNK.get(3),
            ARTICLE.get(0), ARTICLE.get(1), WATERMARK,
            ARTICLE.get(2), ARTICLE.get(3), WATERMARK,
            ARTICLE.get(4), ARTICLE.get(5), WATERMARK,
            JUNK.get(5), JUNK.get(6), JUNK.get(7), JUNK.get(8), JUNK.get(9), JUNK.get(10), JUNK.get(11), JUNK.get(12));
    private static final Pattern LEFT_OUT = Pattern.compile("left out (\\d+) lines of page furniture");

    @TempDir
    Path folder;

    @Test
    void leavesEveryKindOutAndSaysSoInOneLine() throws Exception {
        Path page = TestTexts.write(folder, "lanterns.txt", PAGE);
        Path out = folder.resolve("out");
        CliRun run = CliRun.duet("build", page.toString(), "-o", out.toString(), "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        List<String> told = (run.out() + run.err()).lines().filter(l -> LEFT_OUT.matcher(l).find()).toList();
        assertEquals(1, told.size(), run.out() + run.err());
        Matcher count = LEFT_OUT.matcher(told.get(0));
        assertTrue(count.find());
        // The three watermarks are three lines.
        assertEquals(JUNK.size() + 2, Integer.parseInt(count.group(1)), told.get(0));
        Path epub = out.resolve("lanterns.epub");
        assertEquals(List.of(), EpubCheckResult.of(epub).problems());
        String text = published(epub);
        for (String junk : JUNK) {
            assertFalse(text.contains(escaped(junk)), "published: " + junk);
        }
        for (String paragraph : ARTICLE) {
            assertTrue(text.contains(escaped(paragraph)), "missing: " + paragraph);
        }
    }

    @Test
    void inspectListsEachDroppedLineWithItsPlaceAndReason() throws Exception {
        Path page = TestTexts.write(folder, "lanterns.txt", PAGE);
        CliRun run = CliRun.duet("inspect", page.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("dropped")).findFirst().orElseThrow());
        List<String> listed = lines.subList(header + 1, header + 1 + JUNK.size() + 2);
        String[] pageLines = PAGE.split("\n");
        for (int i = 0; i < pageLines.length; i++) {
            String line = pageLines[i];
            if (JUNK.contains(line)) {
                String place = "lanterns.txt:" + (i + 1) + " ";
                assertTrue(listed.stream().anyMatch(l -> l.contains(place) && l.contains(": ")),
                        "line " + (i + 1) + " (" + line + ") not listed in\n" + String.join("\n", listed));
            }
        }
        assertTrue(listed.stream().anyMatch(l -> l.contains("watermark repeated through the text")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("share or scan prompt")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("previous or next article link")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("related-articles list")), String.join("\n", listed));
        assertTrue(listed.stream().anyMatch(l -> l.contains("copyright, licence, imprint or reprint notice")), String.join("\n", listed));
    }

    @Test
    void keepsThemAllWhenAsked() throws Exception {
        Path page = TestTexts.write(folder, "lanterns.txt", PAGE);
        Path out = folder.resolve("kept");
        CliRun run = CliRun.duet("build", page.toString(), "-o", out.toString(), "--format", "epub", "--keep-furniture");
        assertEquals(0, run.exit(), run.err());
        assertFalse(LEFT_OUT.matcher(run.out() + run.err()).find(), run.out() + run.err());
        String text = published(out.resolve("lanterns.epub"));
        for (String junk : List.of("Share this article", "扫码关注河边周刊公众号", "上一篇：秋天的市场", "A Market in Autumn")) {
            assertTrue(text.contains(escaped(junk)), "left out although kept: " + junk);
        }
    }

    private static String published(Path epub) {
        assertTrue(Files.exists(epub), epub.toString());
        StringBuilder text = new StringBuilder();
        for (String name : EpubEntries.names(epub)) {
            if (name.endsWith(".xhtml") && !name.endsWith("nav.xhtml")) {
                text.append(EpubEntries.text(epub, name));
            }
        }
        return text.toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
