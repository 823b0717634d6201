package press.duet.read;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import press.duet.image.ImageProbe;
import press.duet.io.IoErrors;
import press.duet.model.Image;

/**
 * The images an input names by path: read through its {@link Resources} (a path written as a URL is
 * tried with its %-escapes decoded too) and checked by {@link ImageProbe}. A remote image is never
 * fetched. Each image that cannot be used is one warning, which says that the figure keeps its
 * alternative text and caption.
 *
 * <pre>{@code
 * Optional<Image> photo = ImageFiles.load("images/wall.jpg", resources, warning -> notes.add(warning));
 * }</pre>
 */
public final class ImageFiles {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/]");
    private static final String KEEPS = "; the figure keeps its alternative text and caption";

    private ImageFiles() {
    }

    /** Whether the destination names a file beside the input rather than something on the web (or another scheme). */
    public static boolean isLocal(String destination) {
        return !SCHEME.matcher(destination).find() || DRIVE.matcher(destination).find();
    }

    /** Whether the destination is an address on the web. */
    public static boolean isRemote(String destination) {
        String lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }

    /** The image at the destination, checked; empty, after one warning, when it cannot be used. */
    public static Optional<Image> load(String destination, Resources resources, Consumer<String> warn) {
        if (destination == null || destination.isBlank()) {
            warn.accept("the image has no path" + KEEPS);
            return Optional.empty();
        }
        String shown = MarkdownInlines.printable(destination);
        if (!isLocal(destination) || destination.startsWith("//")) {
            warn.accept(isRemote(destination)
                    ? "the image " + shown + " is on the web and is not fetched (a build never goes online)" + KEEPS
                    : "the image " + shown + " is not a file beside the text" + KEEPS);
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = readFile(destination, resources);
        } catch (IOException e) {
            warn.accept("the image " + shown + " cannot be read (" + IoErrors.describe(e) + ")" + KEEPS);
            return Optional.empty();
        }
        return probe(destination, bytes, warn);
    }

    /** Bytes found for the destination (a data: URI, a saved page's copy), checked as an image. */
    public static Optional<Image> probe(String destination, byte[] bytes, Consumer<String> warn) {
        String name = destination.substring(Math.max(destination.lastIndexOf('/'), destination.lastIndexOf('\\')) + 1);
        try {
            return Optional.of(ImageProbe.probe(name, bytes));
        } catch (ImageProbe.Unusable e) {
            warn.accept("the image " + MarkdownInlines.printable(destination) + " " + e.getMessage() + KEEPS);
            return Optional.empty();
        }
    }

    /** The file as written, else with its %-escapes decoded (a path written as a URL). */
    public static byte[] readFile(String destination, Resources resources) throws IOException {
        try {
            return resources.read(destination);
        } catch (NoSuchFileException e) {
            if (destination.indexOf('%') < 0) {
                throw e;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(destination.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException bad) {
                throw e;
            }
            return resources.read(decoded);
        }
    }
}
