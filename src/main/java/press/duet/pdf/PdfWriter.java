package press.duet.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import org.openpdf.text.Chunk;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.io.AtomicOutput;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.style.Theme;
import press.duet.text.DateWords;

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
    private static final Rectangle PAPER = PageSize.A4;
    private static final float MARGIN_INNER = 62;
    private static final float MARGIN_OUTER = 62;
    private static final float MARGIN_TOP = 78;
    private static final float MARGIN_BOTTOM = 72;
    private static final float COLUMN_GAP = 18;
    private static final float PAIR_SPACING = 9;

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
            new TitlePageSetter(typesetter, theme, options.fontSize()).set(document, metadata);
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

    /** Sets one chapter: its title with a bookmark, then its pairs. */
    private static final class ChapterSetter {
        private final Document document;
        private final org.openpdf.text.pdf.PdfWriter writer;
        private final Typesetter typesetter;
        private final Theme theme;
        private final float size;
        private final boolean chineseFirst;
        private final boolean sideBySide;

        ChapterSetter(Document document, org.openpdf.text.pdf.PdfWriter writer, Typesetter typesetter, Theme theme,
                      float size, boolean chineseFirst, boolean sideBySide) {
            this.document = document;
            this.writer = writer;
            this.typesetter = typesetter;
            this.theme = theme;
            this.size = size;
            this.chineseFirst = chineseFirst;
            this.sideBySide = sideBySide;
        }

        void set(Chapter chapter, int number) throws DocumentException {
            String anchor = "chapter-" + number;
            Paragraph heading = title(chapter.title(), size * 1.7f, size * 1.15f, "chapter " + number + " title");
            heading.setSpacingAfter(size * 2.2f);
            ((Chunk) heading.get(0)).setLocalDestination(anchor);
            document.add(heading);
            new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false), chapter.title().joined(" · "));
            int pairNumber = 0;
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Pair pair -> {
                        pairNumber++;
                        addPair(pair, "chapter " + number + ", pair " + pairNumber);
                    }
                    case Heading sub -> document.add(title(sub.text(), size * 1.2f, size, "chapter " + number + " heading"));
                }
            }
        }

        private Paragraph title(BilingualText text, float firstSize, float secondSize, String where) {
            Segment first = text.first(chineseFirst);
            Segment second = first == text.zh() ? text.en() : text.zh();
            Paragraph paragraph = typesetter.emptyParagraph(firstSize);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            paragraph.setLeading(0, 1.5f);
            paragraph.addAll(typesetter.phrase(first, FontRole.LATIN_BOLD, firstSize, theme.headingColor(), where));
            if (second != null) {
                paragraph.addAll(typesetter.phrase(new Segment(Lang.EN, "\n"), FontRole.LATIN_REGULAR, secondSize, theme.textColor(), where));
                paragraph.addAll(typesetter.phrase(second, FontRole.LATIN_REGULAR, secondSize, theme.secondLanguageColor(), where));
            }
            return paragraph;
        }

        private void addPair(Pair pair, String where) throws DocumentException {
            Segment first = chineseFirst ? pair.zh() : pair.en();
            Segment second = chineseFirst ? pair.en() : pair.zh();
            if (!sideBySide) {
                Segment only = first != null ? first : second;
                Paragraph paragraph = body(only, theme.textColor(), where);
                paragraph.setSpacingAfter(PAIR_SPACING);
                document.add(paragraph);
                return;
            }
            PdfPTable row = new PdfPTable(2);
            row.setWidthPercentage(100);
            row.setSplitLate(false);
            row.setSplitRows(true);
            row.setSpacingAfter(PAIR_SPACING);
            row.addCell(cell(first, theme.textColor(), 0, COLUMN_GAP / 2, where));
            row.addCell(cell(second, theme.secondLanguageColor(), COLUMN_GAP / 2, 0, where));
            document.add(row);
        }

        private PdfPCell cell(Segment segment, Color color, float paddingLeft, float paddingRight, String where) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingLeft(paddingLeft);
            cell.setPaddingRight(paddingRight);
            cell.setUseAscender(true);
            cell.setUseDescender(true);
            if (segment != null) {
                cell.addElement(body(segment, color, where));
            }
            return cell;
        }

        private Paragraph body(Segment segment, Color color, String where) {
            float lineHeight = segment.lang().isChinese() ? theme.chineseLineHeight() : theme.latinLineHeight();
            return typesetter.paragraph(segment, size, lineHeight, color, where);
        }
    }

    /** The title page: label, both titles, authors and date, set in the upper third of the page. */
    private static final class TitlePageSetter {
        private final Typesetter typesetter;
        private final Theme theme;
        private final float size;

        TitlePageSetter(Typesetter typesetter, Theme theme, float size) {
            this.typesetter = typesetter;
            this.theme = theme;
            this.size = size;
        }

        void set(Document document, Metadata metadata) throws DocumentException {
            boolean chineseFirst = metadata.first().isChinese();
            float dropFromTop = PAPER.getHeight() / 6;
            String label = labelLine(metadata);
            if (!label.isEmpty()) {
                Paragraph line = centred(new Segment(metadata.chinese(), label), FontRole.LATIN_REGULAR, size,
                        theme.secondLanguageColor(), size * 2);
                line.setSpacingBefore(dropFromTop);
                dropFromTop = 0;
                document.add(line);
            }
            Segment first = metadata.title().first(chineseFirst);
            Segment second = first == metadata.title().zh() ? metadata.title().en() : metadata.title().zh();
            Paragraph title = centred(first, FontRole.LATIN_BOLD, size * 2.4f, theme.headingColor(), size * 1.5f);
            title.setSpacingBefore(dropFromTop);
            document.add(title);
            if (second != null) {
                document.add(centred(second, FontRole.LATIN_REGULAR, size * 1.45f, theme.secondLanguageColor(), size * 3));
            }
            if (!metadata.authors().isEmpty()) {
                document.add(centred(new Segment(Lang.EN, String.join(", ", metadata.authors())),
                        FontRole.LATIN_REGULAR, size * 1.2f, theme.textColor(), size * 1.5f));
            }
            if (metadata.date() != null) {
                String date = DateWords.chinese(metadata.date()) + " · " + DateWords.english(metadata.date());
                document.add(centred(new Segment(metadata.chinese(), date), FontRole.LATIN_REGULAR, size,
                        theme.secondLanguageColor(), size));
            }
        }

        private static String labelLine(Metadata metadata) {
            StringBuilder label = new StringBuilder();
            if (metadata.label() != null) {
                label.append(metadata.label());
            }
            metadata.partNumber().ifPresent(part -> label.append(label.isEmpty() ? "" : " · ").append("[").append(part).append("]"));
            return label.toString();
        }

        private Paragraph centred(Segment text, FontRole role, float fontSize, Color color, float spacingAfter) {
            Paragraph paragraph = typesetter.emptyParagraph(fontSize);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            paragraph.setLeading(0, 1.45f);
            paragraph.addAll(typesetter.phrase(text, role, fontSize, color, "title page"));
            paragraph.setSpacingAfter(spacingAfter);
            return paragraph;
        }
    }
}
