package press.duet.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A small mutation fuzzer run as a JUnit test: it feeds a target {@link FuzzInputs} made from the seeds
 * and stops at the first input that breaks the target's invariant, which it keeps under
 * {@code target/fuzz-findings/} (to be added as a regression test) and names with the seed and run
 * that give it again. The same seed gives the same inputs, so a CI run is reproducible.
 *
 * <p>System properties: {@code duet.fuzz.runs} (inputs per target, default 400: a few seconds),
 * {@code duet.fuzz.seconds} (a time budget per target, default none), {@code duet.fuzz.seed} (default
 * fixed; the long run in docs/RELIABILITY.md takes a new one each time).
 */
final class Fuzzer {
    private static final long DEFAULT_SEED = 20261201L;

    private Fuzzer() {
    }

    /** Fuzzes the target; returns the number of inputs it ran. */
    static long run(String target, int filesPerInput, Consumer<List<byte[]>> body) {
        long runs = Long.getLong("duet.fuzz.runs", 400);
        long seconds = Long.getLong("duet.fuzz.seconds", 0);
        long seed = Long.getLong("duet.fuzz.seed", DEFAULT_SEED);
        long deadline = seconds > 0 ? System.nanoTime() + seconds * 1_000_000_000L : Long.MAX_VALUE;
        List<byte[]> seeds = FuzzInputs.seeds();
        SplittableRandom random = new SplittableRandom(seed ^ target.hashCode());
        long done = 0;
        for (; (seconds > 0 || done < runs) && System.nanoTime() < deadline; done++) {
            int files = 1 + random.nextInt(filesPerInput);
            List<byte[]> input = new java.util.ArrayList<>();
            for (int i = 0; i < files; i++) {
                input.add(FuzzInputs.next(seeds, random));
            }
            try {
                body.accept(input);
            } catch (AssertionError | RuntimeException e) {
                Path kept = keep(target, done, input);
                throw new AssertionError(target + ": input " + done + " of seed " + seed + " (kept in " + kept
                        + ") breaks the invariant: " + e, e);
            }
        }
        System.out.printf("fuzz %s: %d inputs, seed %d%n", target, done, seed);
        return done;
    }

    private static Path keep(String target, long run, List<byte[]> input) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-findings"));
            Path first = null;
            for (int i = 0; i < input.size(); i++) {
                Path file = folder.resolve(target + "-" + run + "-" + i + ".bin");
                Files.write(file, input.get(i));
                first = first == null ? file : first;
            }
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
