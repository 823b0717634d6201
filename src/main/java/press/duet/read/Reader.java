package press.duet.read;

import java.nio.charset.Charset;
import java.util.function.Consumer;
import press.duet.report.Finding;

/**
 * Reads one input format into a {@link Draft}. A reader gets the input's bytes, decodes what needs
 * decoding, and says what the format says and no more; it tells {@code notes} of everything it could
 * not keep as written. Each format's reader is one entry of {@link Format}.
 *
 * <pre>{@code
 * Draft draft = Format.MARKDOWN.reader().read(Source.of("a.md", "# 标题\n"), null, finding -> { });
 * }</pre>
 */
@FunctionalInterface
public interface Reader {
    /**
     * @param encoding the text encoding to use, or null to detect it (a binary format ignores it)
     * @param notes    told of what was removed, dropped or could not be loaded, each with its place
     */
    Draft read(Source source, Charset encoding, Consumer<Finding> notes);
}
