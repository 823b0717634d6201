package press.duet.lexicon;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loads the bundled CC-CEDICT lexicon (target: under 100 ms). {@code coldLoad} is the first load in a
 * fresh JVM, as a run of {@code duet} meets it: one shot per fork, no warm-up, ten forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LexiconLoadBenchmark {
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public Object coldLoad() {
        return Lexicon.load();
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @Fork(1)
    public Object warmLoad() {
        return Lexicon.load();
    }
}
