package press.duet.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.io.AtomicOutput;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.style.Theme;

/**
 * Writes a book as a PDF for print: A4, a bilingual title page, then each chapter from a new page
 * with its title, and the pairs side by side (the first language on the left), each pair starting
 * level in both columns. Running headers, page numbers, a bookmark per chapter, document metadata,
 * and the fonts embedded as subsets with their text extractable.
 *
 * <p>Each pair is handed to OpenPDF as it comes, and OpenPDF writes each finished page out, so a
 * long book never sits in memory as pages.
 *
 * <pre>{@code
 * List<String> warnings = new PdfWriter().write(book, theme, FontSet.bundled(), options, target);
 * }</pre>
 */
public final class PdfWriter {
    static final Rectangle PAPER = PageSize.A4;
    private static final float MARGIN_INNER = 62;
    private static final float MARGIN_OUTER = 62;
    private static final float MARGIN_TOP = 78;
    private static final float MARGIN_BOTTOM = 72;

    /**
     * Writes the PDF and returns warnings for the user, such as characters no font could set.
     */
    public List<String> write(Book book, Theme theme, FontSet fonts, PdfOptions options, Path target) {
        Typesetter typesetter = new Typesetter(fonts);
        SubsetTags.seed(fonts, book.fingerprint());
        AtomicOutput.write(target, out -> writeTo(out, book, theme, typesetter, options));
        return new ArrayList<>(typesetter.missingCharacters());
    }

    private void writeTo(OutputStream out, Book book, Theme theme, Typesetter typesetter, PdfOptions options)
            throws IOException {
        Document document = new Document(PAPER, MARGIN_INNER, MARGIN_OUTER, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
            Metadata metadata = book.metadata();
            describe(document, writer, book, options);
            PageFurniture furniture = new PageFurniture(
                    typesetter.phrase(metadata.title().first(metadata.first().isChinese()), FontRole.LATIN_ITALIC, 8.5f,
                            theme.secondLanguageColor(), "running header"),
                    typesetter, theme.secondLanguageColor());
            writer.setPageEvent(furniture);
            writer.setViewerPreferences(org.openpdf.text.pdf.PdfWriter.PageModeUseOutlines);
            // Identity-H fonts cannot use the PDF word-spacing operator; OpenPDF emulates it, and this ratio
            // sends a justified line's slack to the spaces between English words rather than letter-spacing
            // every word. Lines without spaces, as Chinese has, still spread the slack between characters.
            writer.setSpaceCharRatio(org.openpdf.text.pdf.PdfWriter.NO_SPACE_CHAR_RATIO);
            document.open();
            new TitlePageSetter(typesetter, theme, options.fontSize(), PAPER).set(document, metadata);
            ChapterSetter chapters = new ChapterSetter(document, writer, typesetter, theme, options.fontSize(),
                    metadata.first().isChinese(), isBilingual(book));
            int number = 0;
            for (Chapter chapter : book.chapters()) {
                number++;
                document.newPage();
                furniture.startChapter(typesetter.phrase(chapter.title().first(metadata.first().isChinese()),
                        FontRole.LATIN_ITALIC, 8.5f, theme.secondLanguageColor(), "running header"),
                        writer.getPageNumber());
                chapters.set(chapter, number);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be composed: " + e.getMessage(), e);
        }
    }

    private static boolean isBilingual(Book book) {
        return book.chapters().stream().flatMap(c -> c.blocks().stream())
                .anyMatch(b -> b instanceof Pair pair && pair.isComplete());
    }

    /** Info dictionary, XMP, language and a file identifier derived from the content, not the clock. */
    private static void describe(Document document, org.openpdf.text.pdf.PdfWriter writer, Book book, PdfOptions options) {
        Metadata metadata = book.metadata();
        document.addTitle(metadata.title().joined(" · "));
        if (!metadata.authors().isEmpty()) {
            document.addAuthor(String.join(", ", metadata.authors()));
        }
        document.addSubject("中英对照 · Chinese–English parallel text");
        document.addKeywords("中英对照, bilingual, parallel text");
        document.addCreator("Duet");
        document.addProducer("Duet with OpenPDF");
        Calendar stamp = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        stamp.setTimeInMillis(options.modified().toEpochMilli());
        document.addCreationDate(new PdfDate(stamp));
        document.addModificationDate(new PdfDate(stamp));
        byte[] id = HexFormat.of().parseHex(book.fingerprint().substring(0, 32));
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.first().isChinese()
                ? metadata.chinese().tag() : "en"));
        writer.createXmpMetadata();
    }
}
