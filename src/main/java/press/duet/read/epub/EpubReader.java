package press.duet.read.epub;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.Source;
import press.duet.report.DuetException;
import press.duet.report.Finding;

/**
 * Reads an EPUB 2 or EPUB 3 book into one draft: the spine's documents in reading order, with a
 * level-1 heading at each chapter start (titled from the table of contents), front and back matter
 * left out with a finding each, and the package metadata as the draft's
 * {@link press.duet.read.Declared}. The archive is treated as hostile ({@link EpubArchive},
 * {@link EpubXml}); an encrypted book and a book in a language Duet does not publish are refused.
 *
 * <pre>{@code
 * Draft draft = EpubReader.read(Source.of("book.epub", bytes), null, finding -> { });
 * List<SpineEntry> spine = EpubReader.spine(Source.of("book.epub", bytes));
 * }</pre>
 */
public final class EpubReader {
    /** The format name drafts of an EPUB carry. */
    public static final String FORMAT = "epub";

    private EpubReader() {
    }

    /**
     * @param encoding ignored: an EPUB's documents say their own encoding
     * @throws DuetException naming the book and what is wrong with it
     */
    public static Draft read(Source source, Charset encoding, Consumer<Finding> notes) {
        EpubBook book = EpubBook.open(source.name(), source.bytes());
        SpineReading reading = SpineReading.read(book, notes);
        List<DraftBlock> blocks = reading.blocks();
        ForeignLanguage.check(book.name(), book.languages(), blocks);
        return new Draft(source.name(), "UTF-8", blocks, FORMAT, book.declared());
    }

    /** The book's spine as Duet reads it: each document's role, chapters and language, for inspection. */
    public static List<SpineEntry> spine(Source source) {
        EpubBook book = EpubBook.open(source.name(), source.bytes());
        return SpineReading.read(book, finding -> { }).entries();
    }
}
