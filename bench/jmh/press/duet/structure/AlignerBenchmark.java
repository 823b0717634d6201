package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** Aligns two monolingual texts of 10,000 paragraphs each (the target: under a second). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class AlignerBenchmark {
    private List<String> chinese;
    private List<String> english;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        chinese = new ArrayList<>();
        english = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int sentences = 1 + random.nextInt(5);
            chinese.add("港口的灯火在夜里亮起，渔船一艘接一艘地回来。".repeat(sentences));
            english.add("The lights of the harbour come on at night and the boats return one by one. ".repeat(sentences).strip());
        }
    }

    @Benchmark
    public Object alignTenThousandParagraphs() {
        return Aligner.align(chinese, english);
    }
}
