package press.duet.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import press.duet.report.DuetException;

/**
 * The invariant every fuzz target checks: any bytes in, either a result or one clear line out — a
 * {@link DuetException} whose message is one line and names the file — never another exception, and
 * never a hang beyond the time bound.
 */
final class FuzzInvariant {
    /** Far above what any input of the fuzzers' size takes (a few milliseconds): only a hang reaches it. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private FuzzInvariant() {
    }

    /** Runs the work; returns its result, or null when it refused the input as it should. */
    static <T> T holds(String source, Supplier<T> work) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try {
                return work.get();
            } catch (DuetException e) {
                String message = e.getMessage();
                assertFalse(message.contains("\n") || message.contains("\r"), () -> "not one line: " + message);
                assertTrue(message.startsWith(source), () -> "does not name the file: " + message);
                return null;
            }
        });
    }
}
