package press.duet.font;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;

/**
 * Where the six-letter tags of embedded font subsets ("ABCDEF+NotoSerifSC-Regular") come from: the
 * book whose PDF this thread is writing, so the same book gives the same bytes, also while other builds
 * in the JVM write their PDFs with the same bundled fonts. OpenPDF draws a subset's tag from its font's
 * random source as the document is closed; each font gets one such source when it is loaded, never
 * again, and the source asks the writing thread's book for that font's sequence.
 *
 * <pre>{@code
 * SubsetTags.install(font, "CHINESE_REGULAR");          // once, as the font is loaded
 * SubsetTags.whileWriting(book.fingerprint(), () -> document.close());
 * }</pre>
 */
public final class SubsetTags extends SecureRandom {
    private static final ThreadLocal<Book> WRITING = new ThreadLocal<>();

    private final String fontName;

    private SubsetTags(String fontName) {
        this.fontName = fontName;
    }

    /** Gives a font, as it is loaded, the tag source that follows the book being written. */
    static void install(BaseFont font, String fontName) {
        font.setSecureRandom(new SubsetTags(fontName));
    }

    /** Work that writes a document, and may fail as that does. */
    @FunctionalInterface
    public interface Writing<E extends Exception> {
        void run() throws E;
    }

    /**
     * Writes a document on this thread with subset tags drawn from the seed: the same seed (the book's
     * fingerprint) and font always give the same tag.
     */
    public static <E extends Exception> void whileWriting(String seed, Writing<E> work) throws E {
        Book outer = WRITING.get();
        WRITING.set(new Book(seed));
        try {
            work.run();
        } finally {
            if (outer == null) {
                WRITING.remove();
            } else {
                WRITING.set(outer);
            }
        }
    }

    /** Every number OpenPDF draws (a tag's letters come from {@code nextDouble}) comes through here. */
    @Override
    public void nextBytes(byte[] bytes) {
        Book book = WRITING.get();
        if (book == null) {
            throw new IllegalStateException("the font " + fontName + " is written outside SubsetTags.whileWriting");
        }
        book.sequence(fontName).nextBytes(bytes);
    }

    /** One book's sequences, one per font, each seeded with the book's seed and the font's name. */
    private static final class Book {
        private final String seed;
        private final Map<String, SecureRandom> sequences = new HashMap<>();

        Book(String seed) {
            this.seed = seed;
        }

        SecureRandom sequence(String fontName) {
            return sequences.computeIfAbsent(fontName, name -> {
                try {
                    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                    random.setSeed((seed + "/" + name).getBytes(StandardCharsets.UTF_8));
                    return random;
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("every Java platform has SHA1PRNG", e);
                }
            });
        }
    }
}
