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
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import press.duet.edition.Edition;
import press.duet.font.FontSet;
import press.duet.font.SubsetTags;
import press.duet.font.SystemFonts;
import press.duet.io.AtomicOutput;
import press.duet.io.Background;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Metadata;
import press.duet.style.Layout;
import press.duet.style.MonolingualEdition;
import press.duet.style.Theme;
import press.duet.text.BookWords;

/**
 * Writes a book as a PDF for print: a bilingual title page, a table of contents with page numbers,
 * then each chapter from a new page (a new spread for facing pages) in the chosen layout, with
 * running headers, page numbers, a bookmark per chapter and document metadata; the fonts embedded as
 * subsets, the text extractable. Duet sets every line itself ({@link press.duet.text.LineBreaker}),
 * so Chinese follows the clreq rules and the two columns of a pair start level.
 *
 * <pre>{@code
 * List<String> warnings = new PdfWriter().write(book, theme, FontSet.bundled(), PdfOptions.builder().build(), target);
 * }</pre>
 */
public final class PdfWriter {
    /** Whether each chapter is set on a second thread while the one before it is placed. */
    private final boolean setAhead;

    public PdfWriter() {
        this(true);
    }

    /** A writer that sets and places every chapter on the calling thread: the same bytes, more slowly. */
    static PdfWriter onOneThread() {
        return new PdfWriter(false);
    }

    private PdfWriter(boolean setAhead) {
        this.setAhead = setAhead;
    }

    /** Writes the PDF and returns warnings for the user, such as characters no font could set. */
    public List<String> write(Book book, Theme theme, FontSet fonts, PdfOptions options, Path target) {
        MonolingualEdition.requireItsLanguage(book, options.layout(), null);
        FontSet chosen = fonts;
        if (options.chineseFont() != null) {
            chosen = chosen.withChineseFont(options.chineseFont());
        }
        if (options.latinFont() != null) {
            chosen = chosen.withLatinFont(options.latinFont());
        }
        // Hashed once: a long book's text takes a moment to hash, and two things here need it.
        String fingerprint = book.fingerprint();
        SystemFonts systemFonts = new SystemFonts();
        // Two choosers, as chapters are set on a second thread: one for what this thread sets (title
        // page, contents, headers, page numbers), one for the chapters' text.
        FaceChooser chooser = new FaceChooser(chosen, systemFonts);
        FaceChooser chapterChooser = new FaceChooser(chosen, systemFonts);
        FontSet set = chosen;
        List<String> bodyWarnings = new ArrayList<>();
        // The subsets' tags come from the book, not from the fonts, which every build in the JVM shares.
        SubsetTags.whileWriting(fingerprint, () -> AtomicOutput.write(target,
                out -> writeTo(out, book, fingerprint, theme, set, chooser, chapterChooser, options, bodyWarnings)));
        chooser.merge(chapterChooser);
        List<String> warnings = new ArrayList<>();
        chooser.report(warnings);
        warnings.addAll(bodyWarnings);
        return warnings;
    }

    private void writeTo(OutputStream out, Book book, String fingerprint, Theme theme, FontSet fonts,
                         FaceChooser chooser, FaceChooser chapterChooser, PdfOptions options, List<String> warnings)
            throws IOException {
        Paper paper = options.paper();
        Document document = new Document(new Rectangle(paper.width(), paper.height()),
                paper.sideMargin(), paper.sideMargin(), paper.topMargin(), paper.bottomMargin());
        try {
            org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
            writer.setLinearPageMode();
            Edition edition = Edition.of(book.metadata(), options.edition());
            edition = edition.withLayout(effectiveLayout(book, edition.layout()));
            Layout layout = edition.layout();
            describe(document, writer, book, fingerprint, edition, options);
            int preferences = org.openpdf.text.pdf.PdfWriter.PageModeUseOutlines
                    | (layout == Layout.FACING ? org.openpdf.text.pdf.PdfWriter.PageLayoutTwoPageRight
                    : org.openpdf.text.pdf.PdfWriter.PageLayoutSinglePage);
            writer.setViewerPreferences(preferences);
            document.open();
            BookStyle style = new BookStyle(book.metadata(), edition, theme, options, chooser);
            PageSetup setup = new PageSetup(paper, options.handout(), layout,
                    ColumnBalance.firstShare(book, style.chineseFirst, theme));

            new TitlePage(style, setup).write(document, writer);
            TableOfContents contents = new TableOfContents(book, style, setup);
            int contentsPages = contents.countPages();
            ChapterStart start = ChapterLengths.choose(options.chapterStart(), book, style, setup, layout);
            ChapterComposer body = new ChapterComposer(document, writer, style, setup, layout, 2 + contentsPages, start,
                    options.notes());
            List<Integer> chapterPages = placeChapters(book.chapters(), body, style.withChooser(chapterChooser));
            int bodyPages = body.finish();
            warnings.addAll(body.warnings());
            int written = contents.write(document, writer, chapterPages);
            if (written != contentsPages) {
                throw new IllegalStateException("contents took " + written + " pages, " + contentsPages + " were reserved");
            }
            writer.reorderPages(frontMatterFirst(bodyPages, contentsPages));
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be composed: " + e.getMessage(), e);
        }
    }

    /**
     * Places the chapters in order, each set on a second thread while the one before it is placed:
     * setting text (faces, widths, line breaks) and placing it (pages, drawing) each take about half
     * the time, so on two cores the body takes little more than the longer half. Returns each
     * chapter's first page.
     */
    private List<Integer> placeChapters(List<Chapter> chapters, ChapterComposer body, BookStyle setter) {
        List<Integer> firstPages = new ArrayList<>();
        Background<ChapterComposer.SetChapter> next = setAhead(chapters, 0, body, setter);
        for (int i = 0; i < chapters.size(); i++) {
            ChapterComposer.SetChapter set = next.join();
            // Started only now: chapters are set one at a time, in order, as pair numbers run on.
            next = setAhead(chapters, i + 1, body, setter);
            firstPages.add(body.chapter(set));
        }
        return firstPages;
    }

    private Background<ChapterComposer.SetChapter> setAhead(List<Chapter> chapters, int index,
                                                            ChapterComposer body, BookStyle setter) {
        if (index >= chapters.size()) {
            return null;
        }
        if (!setAhead) {
            return Background.completed(body.set(chapters.get(index), index + 1, setter));
        }
        return Background.start("pdf-chapter", () -> body.set(chapters.get(index), index + 1, setter));
    }

    /**
     * The pages were made in the order title, body, contents; the contents belong after the title.
     * Each entry names the page, by the order it was made, that goes to that position.
     */
    static int[] frontMatterFirst(int bodyPages, int contentsPages) {
        int[] order = new int[1 + bodyPages + contentsPages];
        int i = 0;
        order[i++] = 1;
        for (int p = 0; p < contentsPages; p++) {
            order[i++] = 2 + bodyPages + p;
        }
        for (int p = 0; p < bodyPages; p++) {
            order[i++] = 2 + p;
        }
        return order;
    }

    /** Two-column layouts need two languages; a text in one language is set in one column. */
    private static Layout effectiveLayout(Book book, Layout asked) {
        boolean bilingual = book.chapters().stream().flatMap(c -> c.blocks().stream())
                .anyMatch(b -> b instanceof press.duet.model.Pair pair && pair.isComplete());
        if (!bilingual && (asked == Layout.SIDE_BY_SIDE || asked == Layout.FACING)) {
            return Layout.INTERLEAVED;
        }
        return asked;
    }

    /** Info dictionary, XMP, language and a file identifier derived from the content, not the clock. */
    private static void describe(Document document, org.openpdf.text.pdf.PdfWriter writer, Book book, String fingerprint,
                                 Edition edition, PdfOptions options) {
        Metadata metadata = book.metadata();
        document.addTitle(edition.plainTitle(metadata.title()));
        if (!metadata.authors().isEmpty() || !metadata.translators().isEmpty()) {
            // The info dictionary has one Author entry: the authors, then the translators with their role,
            // in the language the document declares.
            document.addAuthor(BookWords.credits(metadata.authors(), metadata.translators(), edition.primary()));
        }
        document.addSubject("中英对照 · Chinese–English parallel text"
                + metadata.origin().line().map(origin -> " · " + origin).orElse(""));
        document.addKeywords("中英对照, bilingual, parallel text");
        document.addCreator("Duet");
        document.addProducer("Duet with OpenPDF");
        Calendar stamp = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        stamp.setTimeInMillis(options.modified().toEpochMilli());
        // OpenPDF stamps the info dictionary with the clock when it is made; set both dates over it
        // before the XMP packet copies them.
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(stamp));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(stamp));
        byte[] id = HexFormat.of().parseHex(fingerprint.substring(0, 32));
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(edition.primaryTag()));
        writer.createXmpMetadata();
    }
}
