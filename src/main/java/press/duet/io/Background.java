package press.duet.io;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work done on a second thread while the calling one goes on: on a two-core machine the cover can be
 * drawn and the fonts parsed while the text is read and written. Each task runs on a daemon thread of
 * its own, so an abandoned one never keeps the program alive.
 *
 * <pre>{@code
 * Background<byte[]> cover = Background.start("cover", () -> CoverImage.png(...));
 * ... write the chapters ...
 * byte[] png = cover.join();
 * }</pre>
 *
 * @param <T> what the work makes
 */
public final class Background<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {
    }

    /** Starts the work on a new daemon thread named {@code duet-NAME}. */
    public static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> task = new Background<>();
        Thread thread = new Thread(() -> {
            try {
                task.result.complete(work.get());
            } catch (Throwable e) {
                task.result.completeExceptionally(e);
            }
        }, "duet-" + name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Starts work that makes nothing to wait for, such as warming a cache. */
    public static Background<Void> run(String name, Runnable work) {
        return start(name, () -> {
            work.run();
            return null;
        });
    }

    /** Work already done: for a caller that has the value at hand but takes a pending one. */
    public static <T> Background<T> completed(T value) {
        Background<T> task = new Background<>();
        task.result.complete(value);
        return task;
    }

    /** Waits for the work; what it threw is thrown here, as it was. */
    public T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
