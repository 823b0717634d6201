package press.duet.text;

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

/** Breaks a 600-character Chinese paragraph and a 120-word English one into 20-em lines. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LineBreakerBenchmark {
    private int[] chinese;
    private float[] chineseWidths;
    private int[] english;
    private float[] englishWidths;

    @Setup
    public void setUp() {
        StringBuilder zh = new StringBuilder();
        while (zh.length() < 600) {
            zh.append("在雨后的石板路上，邮递员仔细修补一张褪色的地图，仿佛时间也放慢了脚步。");
        }
        chinese = zh.toString().codePoints().toArray();
        chineseWidths = new float[chinese.length];
        java.util.Arrays.fill(chineseWidths, 10.5f);
        StringBuilder en = new StringBuilder();
        while (en.length() < 700) {
            en.append("On the stone path after the rain, the postman patiently mends a faded map. ");
        }
        english = en.toString().codePoints().toArray();
        englishWidths = new float[english.length];
        for (int i = 0; i < english.length; i++) {
            englishWidths[i] = english[i] == ' ' ? 2.6f : 5.2f;
        }
    }

    @Benchmark
    public LineBreaker.Result chineseParagraph() {
        return LineBreaker.breakLines(chinese, chineseWidths, 10.5f, 210, true);
    }

    @Benchmark
    public LineBreaker.Result englishParagraph() {
        return LineBreaker.breakLines(english, englishWidths, 10.5f, 210, true);
    }
}
