package press.duet.read.html;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What finding the article costs beside parsing the page: a 2 MB page (a site's menu, breadcrumbs and
 * sidebar, 18,000 alternating Chinese and English paragraphs with a share bar every hundred, 300 comments
 * and a footer), and a page of 4,000 paragraphs nested 2,000 divs deep.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ArticleFinderBenchmark {
    private static final String[] CHINESE = {"春天来了，公园里的花都开了，孩子们在草地上跑来跑去。",
        "他每天早上六点起床，先喝一杯茶，然后去学校上课。", "这座城市的历史很长，老街上还有许多百年前的房子。"};
    private static final String[] ENGLISH = {"Spring has come; the flowers in the park are all open and children run on the grass.",
        "He gets up at six every morning, drinks a cup of tea and then goes to school.",
        "The city has a long history, and many houses on the old street are a hundred years old."};

    private String html;
    private Document page;
    private Document deepPage;

    @Setup
    public void setUp() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><title>双语阅读</title><script>var a = 1;</script>"
                + "<style>p { margin: 0 }</style></head><body><div id=\"header\"><ul class=\"nav\">");
        for (int i = 0; i < 200; i++) {
            out.append("<li><a href=\"/c/").append(i).append("\">栏目").append(i).append("</a></li>");
        }
        out.append("</ul></div><div class=\"breadcrumb\"><a href=\"/\">首页</a> &gt; 双语阅读</div><div class=\"wrap\">"
                + "<div class=\"main\"><h1>春天 Spring</h1><div class=\"article-content\">");
        for (int pair = 0; pair < 9000; pair++) {
            out.append("<p>").append(CHINESE[pair % 3]).append("</p><p>").append(ENGLISH[pair % 3]).append("</p>\n");
            if (pair % 100 == 99) {
                out.append("<div class=\"share-bar\">分享到：<a href=\"#\">微博</a><a href=\"#\">微信</a></div>");
            }
        }
        out.append("</div><div id=\"comments\">");
        for (int i = 0; i < 300; i++) {
            out.append("<div class=\"comment\"><span class=\"user\">读者").append(i).append("</span><p>写得真好，谢谢分享。</p></div>");
        }
        out.append("</div></div><div class=\"sidebar\">");
        for (int i = 0; i < 300; i++) {
            out.append("<p><a href=\"/a/").append(i).append("\">推荐文章 ").append(i).append("</a></p>");
        }
        out.append("</div></div><div class=\"footer\">Copyright © 2020 版权所有</div></body></html>");
        html = out.toString();
        System.out.println("The large page: " + html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes");
        page = Jsoup.parse(html);
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(2000));
        for (int pair = 0; pair < 2000; pair++) {
            deep.append("<p>").append(CHINESE[pair % 3]).append("</p><p>").append(ENGLISH[pair % 3]).append("</p>");
        }
        deepPage = Jsoup.parse(deep.append("</div>".repeat(2000)).append("</body></html>").toString());
    }

    @Benchmark
    public Document parseTheLargePage() {
        return Jsoup.parse(html);
    }

    @Benchmark
    public Article findTheArticleOfTheLargePage() {
        return ArticleFinder.find(page);
    }

    @Benchmark
    public Article findTheArticleOfTheDeepPage() {
        return ArticleFinder.find(deepPage);
    }
}
