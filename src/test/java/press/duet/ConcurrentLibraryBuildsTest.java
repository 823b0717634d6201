package press.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.epub.EpubOptions;
import press.duet.pdf.PdfOptions;
import press.duet.style.Layout;
import press.duet.testing.StressTexts;
import press.duet.testing.TestTexts;

/**
 * Several different builds running at once in one JVM, as a server using Duet as a library runs them,
 * give each the same EPUB and PDF bytes as that build run alone: nothing the builds share (the bundled
 * fonts, parsed once per JVM) is changed by any one of them.
 */
class ConcurrentLibraryBuildsTest {
    @TempDir
    Path folder;

    private record Job(String name, String text, Layout layout, boolean handout) {
    }

    private static final List<Job> JOBS = List.of(
            new Job("stress", StressTexts.book(31, 3, 14), Layout.SIDE_BY_SIDE, false),
            new Job("seasons", TestTexts.BOOK, Layout.FACING, false),
            new Job("teahouse", TestTexts.ENGLISH_FIRST, Layout.INTERLEAVED, true),
            new Job("chinese-only", StressTexts.book(32, 2, 10), Layout.ZH, false));

    private BuildRequest request(Job job, Path out) throws Exception {
        Path input = Files.createDirectories(folder.resolve("in")).resolve(job.name() + ".txt");
        if (!Files.exists(input)) {
            Files.writeString(input, job.text());
        }
        return BuildRequest.builder().input(input).outputFolder(out)
                .epub(EpubOptions.builder().layout(job.layout()).build())
                .pdf(PdfOptions.builder().layout(job.layout()).handout(job.handout()).build())
                .build();
    }

    @Test
    void buildsRunningAtOnceGiveTheBytesEachGivesAlone() throws Exception {
        List<byte[]> alone = new ArrayList<>();
        for (Job job : JOBS) {
            Path out = folder.resolve("alone-" + job.name());
            Duet.build(request(job, out));
            alone.addAll(editions(out, job));
        }
        for (int i = 0; i < alone.size(); i++) {
            for (int j = i + 1; j < alone.size(); j++) {
                assertFalse(Arrays.equals(alone.get(i), alone.get(j)), "two jobs gave the same file: the test needs different books");
            }
        }
        // Twice, so that builds also overlap with ones that started before them in another order.
        for (int round = 1; round <= 2; round++) {
            CyclicBarrier start = new CyclicBarrier(JOBS.size());
            ExecutorService threads = Executors.newFixedThreadPool(JOBS.size());
            List<Future<List<byte[]>>> together = new ArrayList<>();
            try {
                for (Job job : JOBS) {
                    Path out = folder.resolve("round-" + round + "-" + job.name());
                    BuildRequest request = request(job, out);
                    together.add(threads.submit(() -> {
                        start.await();
                        Duet.build(request);
                        return editions(out, job);
                    }));
                }
                List<byte[]> made = new ArrayList<>();
                for (Future<List<byte[]>> future : together) {
                    made.addAll(future.get());
                }
                assertEquals(alone.size(), made.size());
                for (int i = 0; i < alone.size(); i++) {
                    assertArrayEquals(alone.get(i), made.get(i), "round " + round + ", " + JOBS.get(i / 2).name()
                            + (i % 2 == 0 ? " EPUB" : " PDF"));
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static List<byte[]> editions(Path out, Job job) throws Exception {
        return List.of(Files.readAllBytes(out.resolve(job.name() + ".epub")), Files.readAllBytes(out.resolve(job.name() + ".pdf")));
    }
}
