package press.duet.read;

import java.util.concurrent.TimeUnit;
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
 * Reads 4,000 paragraphs (2,000 pairs, a heading every hundred) as plain text, as Markdown without
 * markup, and as Markdown with markup on a fifth of the paragraphs (emphasis, strong, a link, code) and a
 * footnote every ten pairs: what the rich reader costs over the plain one (issue 11's speed target).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class MarkdownReaderBenchmark {
    private static final String[] CHINESE = {"春天来了，公园里的花都开了，孩子们在草地上跑来跑去。",
        "他每天早上六点起床，先喝一杯茶，然后去学校上课。", "这座城市的历史很长，老街上还有许多百年前的房子。"};
    private static final String[] ENGLISH = {"Spring has come; the flowers in the park are all open and children run on the grass.",
        "He gets up at six every morning, drinks a cup of tea and then goes to school.",
        "The city has a long history, and many houses on the old street are a hundred years old."};

    private Source text;
    private Source plainMarkdown;
    private Source richMarkdown;

    @Setup
    public void setUp() {
        StringBuilder plain = new StringBuilder();
        StringBuilder rich = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (int pair = 0; pair < 2000; pair++) {
            if (pair % 100 == 0) {
                String heading = "第" + (pair / 100 + 1) + "章 Chapter " + (pair / 100 + 1);
                plain.append(heading).append("\n\n");
                rich.append("## ").append(heading).append("\n\n");
            }
            String zh = CHINESE[pair % CHINESE.length];
            String en = ENGLISH[pair % ENGLISH.length];
            plain.append(zh).append("\n\n").append(en).append("\n\n");
            boolean marked = pair % 5 == 0;
            String note = pair % 10 == 0 ? "[^n" + pair + "]" : "";
            rich.append(marked ? "*" + zh.substring(0, 2) + "*" + zh.substring(2, 6) + "**" + zh.substring(6, 9) + "**" + zh.substring(9) : zh)
                    .append(note).append("\n\n")
                    .append(marked ? "[" + en.substring(0, 6) + "](https://example.org/" + pair + ") `" + en.substring(6, 10) + "`" + en.substring(10) : en)
                    .append("\n\n");
            if (!note.isEmpty()) {
                notes.append(note).append(": 注释 ").append(pair).append("。\n\n");
            }
        }
        text = Source.of("corpus.txt", plain.toString());
        plainMarkdown = Source.of("corpus.md", plain.toString());
        richMarkdown = Source.of("corpus.md", rich.append(notes).toString());
    }

    @Benchmark
    public Draft plainText() {
        return Readers.read(text, null, Format.TEXT, finding -> { });
    }

    @Benchmark
    public Draft markdownWithoutMarkup() {
        return Readers.read(plainMarkdown, null, Format.MARKDOWN, finding -> { });
    }

    @Benchmark
    public Draft markdownWithMarkup() {
        return Readers.read(richMarkdown, null, Format.MARKDOWN, finding -> { });
    }
}
