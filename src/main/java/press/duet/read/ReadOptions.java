package press.duet.read;

import java.nio.charset.Charset;

/**
 * What a build asks of every reader: the encoding to decode the inputs in (null: detect it) and
 * whether to keep the page furniture a reader would leave out ({@code --keep-furniture}): a web page's
 * menus, share bars and footers around its article. The one seam by which the build's options reach
 * the readers; a reader uses the options it has a meaning for.
 *
 * <pre>{@code
 * Draft draft = Readers.readWith(Path.of("page.html"), new ReadOptions(null, true), null, notes);
 * }</pre>
 *
 * @param encoding      the text encoding of the inputs, or null to detect it
 * @param keepFurniture keep the page parts around an article as text instead of leaving them out
 */
public record ReadOptions(Charset encoding, boolean keepFurniture) {
    /** Detect the encoding, leave the page furniture out: what a build does unless told otherwise. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null, false);

    /** The defaults with this encoding (null: detect it). */
    public static ReadOptions encoding(Charset encoding) {
        return new ReadOptions(encoding, false);
    }
}
