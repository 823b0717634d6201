package press.duet.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import press.duet.testing.ShapeTexts;
import press.duet.testing.TestTexts;

/**
 * Inputs for the fuzz tests: the test texts in several encodings (the seeds), mutated the way files go
 * wrong — bytes changed, tokens that matter to a reader inserted (line ends, NUL, escape sequences,
 * byte-order marks, Markdown and CSV syntax, headings, lone surrogates, cut multi-byte sequences),
 * runs cut out or repeated, a piece of another seed spliced in, cut short at any byte — and one time
 * in ten plain random bytes.
 */
final class FuzzInputs {
    private static final List<String> TEXTS = List.of(TestTexts.ARTICLE, TestTexts.BOOK, TestTexts.ENGLISH_FIRST,
            TestTexts.ENGLISH_ONLY_ARTICLE, ShapeTexts.BLOCKS, ShapeTexts.VERSE, ShapeTexts.MARKDOWN, ShapeTexts.TAB_LINES,
            ShapeTexts.CSV, ShapeTexts.PARALLEL_ZH, ShapeTexts.PARALLEL_EN, ShapeTexts.CLASSICAL, ShapeTexts.TITLE_LINES,
            FuzzInputs.RICH_MARKDOWN, FuzzInputs.RICH_HTML);
    /** Markdown with every kind the reader keeps, so that mutations land inside markup. */
    static final String RICH_MARKDOWN = """
            # 第一课 *你好*

            *你好*，我叫**李明**[^1]，`code` 和 ~~旧~~ <ruby>汉<rt>hàn</rt></ruby> <span lang="en">Li</span>。

            Hello, [Li Ming](https://example.org) <font>x</font> [bad](javascript:x).[^2]

            ![长城](wall.png "长城 / The Great Wall")
            图一：长城

            ---

            1. 第一
               - 里面
            2. 第二

            > 引用
            > > 更深

            床前明月光，\
            疑是地上霜。<br>

            | 中文 | English |
            |---|---|
            | 再见 | Goodbye |

            | a | b | c |
            |---|---|---|
            | 1 | 2 | 3 |

            <div>第二段。<b>粗</b></div>

            [^1]: 这是注释[^2]。
            [^2]: A note.
            [^3]: 没人引用。
            """;
    /** A saved article page with furniture, notes, a figure, a table and a lying charset, for the HTML reader. */
    static final String RICH_HTML = """
            <!DOCTYPE html><html lang="zh"><head><meta charset="gb2312"><title>春节 Spring Festival - 某网</title>
            <meta property="og:site_name" content="某网"><link rel="canonical" href="https://example.org/a.html">
            <meta name="author" content="李明"><script>alert(1)</script><style>p{}</style></head>
            <body><nav><a href="/">首页</a> &gt; <a href="/n">新闻</a></nav><div class="share">分享到</div>
            <article><h1>春节 <span lang="en">Spring Festival</span></h1><time datetime="2024-02-10">2024-02-10</time>
            <p>春节是<em>传统</em>节日。<sup><a href="#fn1">1</a></sup></p><p class="en">The <b>Spring</b> Festival.</p>
            <p>你好<br>Hello</p><blockquote><p>引用</p></blockquote><ol start="3"><li>一<ul><li>二</li></ul></li></ol>
            <figure><img data-src="page_files/a.png" srcset="b.png 2x"><figcaption>图 Figure</figcaption></figure>
            <table><tr><td>再见</td><td>Goodbye</td></tr></table><pre><code>x</code></pre><hr>
            <ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby><iframe src="x"></iframe>
            <ol class="footnotes"><li id="fn1">注释。<a href="#r1">↩</a></li></ol></article>
            <aside class="related"><ul><li><a href="/b">相关文章</a></li></ul></aside><footer>版权所有</footer></body></html>
            """;
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("Big5-HKSCS"), StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"));
    /** Byte strings that break readers when they land in the wrong place. */
    private static final List<byte[]> TOKENS = List.of(bytes("\r"), bytes("\n\n"), bytes("\t"), bytes("\u0000"),
            bytes("\u001b[31m"), bytes("#"), bytes("## "), bytes("```"), bytes("|"), bytes("\""), bytes(","),
            bytes("第一章"), bytes("Chapter 1"),
            bytes("[^1]"), bytes("[^1]: "), bytes("*"), bytes("**"), bytes("<em>"), bytes("</ruby>"), bytes("<rt>"),
            bytes("![a](b.png)"), bytes("|---|---|"), bytes("> "), bytes("- "), bytes("<div>"), bytes("\\\n"),
            bytes("<p>"), bytes("</p>"), bytes("<br>"), bytes("<a href=\"#fn1\">"), bytes("<img src=\"/etc/passwd\">"),
            bytes("<meta charset=\"big5\">"), bytes("<!--"), bytes("<![CDATA["), bytes("<table><tr><td>"),
            bytes("\uFEFF"), bytes("\u202E"), bytes("𠀀"), bytes("\uD800"),
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0x81, 0x30});

    private FuzzInputs() {
    }

    static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String text : TEXTS) {
            for (Charset charset : ENCODINGS) {
                if (charset.newEncoder().canEncode(text)) {
                    seeds.add(text.getBytes(charset));
                }
            }
        }
        return seeds;
    }

    /** One input: a mutated seed nine times in ten, else random bytes. */
    static byte[] next(List<byte[]> seeds, SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            return bytes;
        }
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        byte[] other = seeds.get(random.nextInt(seeds.size()));
        List<Byte> out = new ArrayList<>(seed.length + 64);
        for (byte b : seed) {
            out.add(b);
        }
        int moves = 1 + random.nextInt(8);
        for (int m = 0; m < moves; m++) {
            mutate(out, other, random);
        }
        byte[] bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = out.get(i);
        }
        return bytes;
    }

    private static void mutate(List<Byte> out, byte[] other, SplittableRandom random) {
        int at = out.isEmpty() ? 0 : random.nextInt(out.size());
        switch (random.nextInt(6)) {
            case 0 -> {
                if (!out.isEmpty()) {
                    out.set(at, (byte) random.nextInt(256));
                }
            }
            case 1 -> {
                byte[] token = TOKENS.get(random.nextInt(TOKENS.size()));
                for (int i = token.length - 1; i >= 0; i--) {
                    out.add(at, token[i]);
                }
            }
            case 2 -> {
                int length = random.nextInt(64);
                for (int i = 0; i < length && at < out.size(); i++) {
                    out.remove(at);
                }
            }
            case 3 -> {
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                int length = Math.min(other.length - from, random.nextInt(400));
                for (int i = length - 1; i >= 0; i--) {
                    out.add(at, other[from + i]);
                }
            }
            case 4 -> {
                while (out.size() > at) {
                    out.remove(out.size() - 1);
                }
            }
            default -> {
                int repeat = random.nextInt(50);
                byte b = out.isEmpty() ? (byte) '\n' : out.get(at);
                for (int i = 0; i < repeat; i++) {
                    out.add(at, b);
                }
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
