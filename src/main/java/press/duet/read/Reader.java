package press.duet.read;

import java.util.function.Consumer;
import press.duet.report.Finding;

/**
 * Reads one input format into a {@link Draft}. A reader gets the input's bytes, decodes what needs
 * decoding, and says what the format says and no more; it tells {@code notes} of everything it could
 * not keep as written. Each format's reader is one entry of {@link Format}.
 *
 * <pre>{@code
 * Draft draft = Format.MARKDOWN.reader().read(Source.of("a.md", "# 标题\n"), ReadOptions.DEFAULTS, finding -> { });
 * }</pre>
 */
@FunctionalInterface
public interface Reader {
    /**
     * @param options the build's options for reading: the text encoding (null: detect it; a binary
     *                format ignores it) and whether page furniture is kept; null for {@link ReadOptions#DEFAULTS}
     * @param notes   told of what was removed, dropped or could not be loaded, each with its place
     */
    Draft read(Source source, ReadOptions options, Consumer<Finding> notes);
}
