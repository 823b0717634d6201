package press.duet.pdf;

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
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.SystemFonts;

/** Chooses a font and measures every character of a mixed Chinese paragraph, then sets its lines. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FontSelectionBenchmark {
    private FaceChooser chooser;
    private String paragraph;

    @Setup
    public void setUp() {
        chooser = new FaceChooser(FontSet.bundled(), new SystemFonts());
        StringBuilder text = new StringBuilder();
        while (text.length() < 400) {
            text.append("2026 年的冬天，Duet 把 EPUB 和 PDF 两种文件交给读者，“对照阅读”从此变得容易。");
        }
        paragraph = text.toString();
    }

    @Benchmark
    public SetText setParagraph() {
        return SetText.set(paragraph, FontRole.LATIN_REGULAR, true, 10.5f, 220, true, chooser, "benchmark");
    }
}
