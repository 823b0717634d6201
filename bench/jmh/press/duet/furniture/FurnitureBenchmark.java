package press.duet.furniture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The page-furniture pass on its own: a book of 48,000 lines with no furniture in it (long paragraphs in
 * both languages, a heading now and then), and the lines of the public real-text corpus, furniture and all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FurnitureBenchmark {
    private List<String> book;
    private List<String> pages;

    @Setup
    public void setUp() {
        Random random = new Random(11);
        book = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            int sentences = 1 + random.nextInt(4);
            if (i % 200 == 0) {
                book.add("第" + (i / 200 + 1) + "章 港口");
                book.add("Chapter " + (i / 200 + 1) + ". The Harbour");
            }
            book.add("港口的灯火在夜里亮起，渔船一艘接一艘地回来，码头上的人们等着它们。".repeat(sentences));
            book.add("The lights of the harbour come on at night, and the boats return one by one to the quay. ".repeat(sentences).strip());
            book.add("");
            book.add("");
        }
        pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/realtexts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                if (!file.getFileName().toString().equals("junk.txt")) {
                    pages.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Object bookWithoutFurniture() {
        return Furniture.find(book, line -> false, line -> false);
    }

    @Benchmark
    public Object realTextCorpusLines() {
        return Furniture.find(pages, line -> false, line -> false);
    }
}
