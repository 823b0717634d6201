package press.duet.read;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * One input as a reader sees it: its bytes, the name the user knows it by (which findings name), and
 * the files it refers to (the images beside a Markdown file). A file and a test's string are the same
 * to a reader.
 *
 * <pre>{@code
 * Source source = Source.of("lesson.md", "# 第一课\n\n你好。\n");
 * }</pre>
 *
 * @param name      the input's name as the user gave it, for findings
 * @param bytes     its content, not yet decoded
 * @param resources where the files it names are read from
 */
public record Source(String name, byte[] bytes, Resources resources) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(resources, "resources");
    }

    /** Bytes that refer to no other file. */
    public static Source of(String name, byte[] bytes) {
        return new Source(name, bytes, Resources.NONE);
    }

    /** A text in UTF-8 that refers to no other file. */
    public static Source of(String name, String text) {
        return of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text in UTF-8 whose references are the given files, by the names it uses for them. */
    public static Source of(String name, String text, Map<String, byte[]> files) {
        return new Source(name, text.getBytes(StandardCharsets.UTF_8), Resources.of(files));
    }

    /** The name's ending in lower case, with its dot (".md"), or empty. */
    String ending() {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
