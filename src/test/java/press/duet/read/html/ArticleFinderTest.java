package press.duet.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import press.duet.read.html.Article.Reason;

class ArticleFinderTest {

    private static final String PAIRS = """
            <p>The river rose in the night, and by morning the lower town was under water.</p>
            <p>夜里河水上涨，到早上，下城已经泡在水里了。</p>
            <p>People carried what they could up the hill. Nobody spoke much.</p>
            <p>人们把能带的东西都搬上了山。谁也没多说话。</p>
            <p>By noon the rain stopped, and the children came out to look.</p>
            <p>到中午雨停了，孩子们都跑出来看。</p>
            """;

    private static final String FURNITURE = """
            <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
            <div class="share-bar">分享到：<a href="#">微博</a><a href="#">微信</a></div>
            <div class="related"><h3>相关文章</h3><ul><li><a href="/a">洪水之后的小城。</a></li>
              <li><a href="/b">The town after the flood.</a></li></ul></div>
            <div class="pages"><a href="/p">上一篇：春天</a> <a href="/n">下一篇：秋天</a></div>
            """;

    private static Document page(String body) {
        return Jsoup.parse("<html><head><title>t</title><style>p{}</style></head><body>" + body + "</body></html>");
    }

    private static Map<String, Reason> leftText(Article article) {
        return article.left().stream().collect(Collectors.toMap(
                l -> l.element().normalName() + "." + l.element().className(), Article.Left::reason, (a, b) -> a));
    }

    private static List<String> keptParagraphs(Article article) {
        return article.root().select("p").stream().filter(article::keeps).map(Element::text).toList();
    }

    @Test
    void findsAlternatingParagraphsAmidSiteFurniture() {
        Document page = page("""
                <header class="site"><a href="/">Daily</a><nav><a href="/a">News</a><a href="/b">Sport</a></nav></header>
                <div id="wrap"><div class="main"><h1>The flood 洪水</h1>
                <div class="article-body">""" + PAIRS + FURNITURE + """
                </div></div>
                <div class="sidebar"><h3>Most read</h3><p>Nothing here is the article, though it reads like one.</p></div></div>
                <footer>Copyright © 2020 Daily. All rights reserved.</footer>
                <script>var x = 1;</script>""");
        Article article = ArticleFinder.find(page);
        assertEquals("article-body", article.root().className());
        assertEquals(6, keptParagraphs(article).size());
        assertEquals("The flood 洪水", article.heading().orElseThrow().text());
        Map<String, Reason> left = leftText(article);
        assertEquals(Reason.BREADCRUMB, left.get("div.breadcrumb"));
        assertEquals(Reason.SHARE, left.get("div.share-bar"));
        assertEquals(Reason.RELATED, left.get("div.related"));
        assertEquals(Reason.LINK_LIST, left.get("div.pages"));
        assertEquals(Reason.SIDEBAR, left.get("div.sidebar"));
        assertEquals(Reason.HEADER, left.get("header.site"));
        assertEquals(Reason.FOOTER, left.get("footer."));
        assertEquals(Reason.SCRIPT, left.get("script."));
    }

    @Test
    void takesInTheTranslationBesideABlockInOneLanguage() {
        Document page = page("""
                <div class="nav"><a href="/">Home</a> <a href="/x">About</a></div>
                <div class="text"><div class="zh"><p>夜里河水上涨，到早上，下城已经泡在水里了。</p>
                <p>人们把能带的东西都搬上了山。谁也没多说话。</p><p>到中午雨停了。孩子们跑出来看。</p></div>
                <div class="en"><p>The river rose in the night, and by morning the lower town was under water.</p>
                <p>People carried what they could up the hill. Nobody spoke much.</p>
                <p>By noon the rain stopped. The children came out to look.</p></div></div>""");
        Article article = ArticleFinder.find(page);
        assertEquals("text", article.root().className());
        assertEquals(6, keptParagraphs(article).size());
    }

    @Test
    void takesInTheArticlesOtherSectionsBesideItsLongestOne() {
        // The long section holds more than half of the text; its siblings open with headings of its level.
        Document page = page("""
                <header><nav><a href="/">Home</a> <a href="/x">Articles</a></nav><h1>Why label languages?</h1></header>
                <div id="body"><section id="short"><h2>Question</h2><p>Why should a page say which language it is in?</p></section>
                <section id="long"><h2>Details</h2><p>Browsers choose fonts by language. Screen readers switch voices.</p>
                <p>Spelling checkers skip the other language. Search engines rank by it.</p>
                <p>Styles can set quotation marks per language. Hyphenation needs it too.</p>
                <p>Translation tools use it to protect text. Scripts can sort by it.</p></section>
                <section id="end"><h2>By the way</h2><p>Add the labels when you write the page. Later is harder.</p></section></div>
                <div class="box"><h3>Elsewhere</h3><p>Our other pages are worth a look. They are short.</p></div>""");
        Article article = ArticleFinder.find(page);
        assertEquals("body", article.root().id());
        assertEquals(6, keptParagraphs(article).size());
        // One section alone with a box beside it that opens with no heading of its level stays the root.
        Document alone = page("""
                <div id="main"><section id="long"><h2>Details</h2><p>Browsers choose fonts by language. Screen readers switch voices.</p>
                <p>Spelling checkers skip the other language. Search engines rank by it.</p></section>
                <div class="box"><h3>Elsewhere</h3><p>Our other pages are worth a look. They are short.</p></div></div>""");
        assertEquals("long", ArticleFinder.find(alone).root().id());
    }

    @Test
    void keepsAPageWrappedWholeInAForm() {
        Document page = page("<form id=\"aspnetForm\"><div class=\"menu\"><a href=\"/\">首页</a><a href=\"/b\">英语</a></div>"
                + "<div id=\"content\">" + PAIRS + "</div><input type=\"hidden\" value=\"x\"></form>");
        Article article = ArticleFinder.find(page);
        assertEquals("content", article.root().id());
        assertEquals(6, keptParagraphs(article).size());
    }

    @Test
    void findsATwoColumnTableOfPairs() {
        Document page = page("""
                <table class="layout"><tr><td class="left"><a href="/a">频道一</a><br><a href="/b">频道二</a></td><td>
                <table class="pairs">
                <tr><td>The river rose in the night.</td><td>夜里河水上涨。</td></tr>
                <tr><td>People carried what they could up the hill.</td><td>人们把能带的东西都搬上了山。</td></tr>
                <tr><td>Nobody spoke much.</td><td>谁也没多说话。</td></tr></table></td></tr></table>""");
        Article article = ArticleFinder.find(page);
        Element pairs = page.selectFirst("table.pairs");
        assertTrue(article.root() == pairs || pairs.children().contains(article.root()), article.root().outerHtml());
        assertFalse(article.keeps(page.selectFirst("td.left")));
    }

    @Test
    void leavesOutHiddenMarkupAndEmbeddedObjects() {
        Document page = page("<div id=\"story\">" + PAIRS
                + "<p style=\"display: none\">A hidden line the reader never sees.</p>"
                + "<div hidden><p>Also hidden.</p></div><iframe src=\"https://example.com/x\"></iframe></div>");
        Article article = ArticleFinder.find(page);
        assertEquals(6, keptParagraphs(article).size());
        Map<String, Reason> left = leftText(article);
        assertEquals(Reason.HIDDEN, left.get("p."));
        assertEquals(Reason.HIDDEN, left.get("div."));
        assertEquals(Reason.EMBED, left.get("iframe."));
    }

    @Test
    void everyElementOfTheBodyIsKeptOrInsideOneLeftOut() {
        Document page = page("<div id=\"top\"><a href=\"/\">A</a><a href=\"/b\">B</a></div><div id=\"story\">"
                + PAIRS + FURNITURE + "</div><div id=\"bottom\">Some words.</div>");
        Article article = ArticleFinder.find(page);
        for (Element e : page.body().getAllElements()) {
            boolean onRootPath = e == article.root() || article.root().parents().contains(e);
            assertTrue(onRootPath || article.keeps(e) || article.reasonFor(e).isPresent(), e.outerHtml());
        }
        assertSame(Reason.OUTSIDE_ARTICLE, article.reasonFor(page.getElementById("bottom")).orElseThrow());
    }

    @Test
    void aPageWithoutTextHasTheBodyAsRoot() {
        Document page = page("<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/b\">英语</a></div><script>x()</script>");
        Article article = ArticleFinder.find(page);
        assertSame(page.body(), article.root());
        assertTrue(keptParagraphs(article).isEmpty());
    }

    @Test
    void leavesOutACommentSectionWithMoreTextThanTheArticle() {
        StringBuilder comments = new StringBuilder("<div id=\"comment-box\"><h3 class=\"comment-title\">留言列表</h3>");
        for (int i = 1; i <= 12; i++) {
            comments.append("<ul class=\"comment-item\"><li class=\"comment-text\">第").append(i)
                    .append("楼：写得真好，谢谢分享。下次我们也想去看看。</li></ul>");
        }
        comments.append("</div>");
        Document page = page("<div id=\"story\">" + PAIRS + "</div>" + comments);
        Article article = ArticleFinder.find(page);
        assertEquals("story", article.root().id());
        assertEquals(Reason.COMMENTS, article.reasonFor(page.getElementById("comment-box")).orElseThrow());
    }

    @Test
    void aParagraphBesideAFewLinksIsNoLinkList() {
        Document page = page("<div id=\"story\">" + PAIRS + "<div class=\"programs\"><h2><a href=\"/p\">Our programs</a></h2>"
                + "<p>We work with many partners.</p><ul><li><a href=\"/a\">Arts and culture</a></li>"
                + "<li><a href=\"/b\">Open science</a></li><li><a href=\"/c\">Education</a></li></ul></div></div>");
        Article article = ArticleFinder.find(page);
        assertTrue(article.keeps(page.selectFirst("div.programs p")));
        assertEquals(Reason.LINK_LIST, article.reasonFor(page.selectFirst("div.programs ul")).orElseThrow());
    }

    @Test
    void findsTheArticleOfDeeplyNestedMarkupWithoutOverflowingTheStack() {
        String deep = "<div>".repeat(20_000) + PAIRS + "</div>".repeat(20_000);
        Document page = page("<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/b\">英语</a></div>" + deep);
        Article article = ArticleFinder.find(page);
        assertEquals(6, keptParagraphs(article).size());
        assertFalse(article.keeps(page.selectFirst("div.nav")));
    }
}
