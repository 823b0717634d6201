package press.duet.epub;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
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
import press.duet.edition.Edition;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.model.Segment;

/** Writes one chapter of 60 pairs as XHTML, noting its characters for font subsetting. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class XhtmlBenchmark {
    private Chapter chapter;
    private Edition edition;
    private BookImages images;

    @Setup
    public void setUp() {
        List<Block> pairs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            pairs.add(new Pair(new Segment(Lang.ZH_HANS, "在城北的旧书店里，图书馆员讲起许多年前的一段往事，记忆像潮水一样来了又去。".repeat(3)),
                    new Segment(Lang.EN, "In the old bookshop north of the city, the librarian tells a story from many years ago. ".repeat(3))));
        }
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "第一章 书店"), new Segment(Lang.EN, "Chapter 1 The Bookshop"));
        chapter = new Chapter(title, pairs);
        Metadata metadata = new Metadata(title, List.of(), null, null, null, Lang.ZH_HANS, Lang.ZH_HANS, null, null, List.of());
        Book book = new Book(metadata, List.of(chapter));
        edition = Edition.of(metadata, EpubOptions.builder().build().edition());
        images = BookImages.of(book);
    }

    @Benchmark
    public int chapterPage() throws IOException {
        StringWriter out = new StringWriter(64 * 1024);
        TextInventory inventory = new TextInventory((role, cp) -> true);
        Page page = new Page(out, inventory, edition, List.of("styles/duet.css"), "../");
        ChapterPage.write(page, chapter, 1, images, new ArrayList<>());
        return out.getBuffer().length();
    }
}
