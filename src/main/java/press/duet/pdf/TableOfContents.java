package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfWriter;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.text.BookWords;

/**
 * The table of contents: each chapter's title in both languages with its page number, linked to the
 * chapter. Its length is counted before the body is set, so the body's page numbers are known as it
 * is set; the pages themselves are made last and moved behind the title page.
 */
final class TableOfContents {
    private static final float NUMBER_COLUMN = 36;

    private final Book book;
    private final BookStyle style;
    private final PageSetup setup;

    TableOfContents(Book book, BookStyle style, PageSetup setup) {
        this.book = book;
        this.style = style;
        this.setup = setup;
    }

    /** How many pages the contents take. */
    int countPages() {
        return compose(null, null, null);
    }

    /** Writes the contents with the chapters' first pages; returns the pages written. */
    int write(Document document, PdfWriter writer, List<Integer> chapterPages) {
        return compose(document, writer, chapterPages);
    }

    private int compose(Document document, PdfWriter writer, List<Integer> chapterPages) {
        float size = style.size;
        PageFurniture furniture = new PageFurniture(style.chooser, setup.left, setup.right, setup.headerBaseline(),
                setup.footerBaseline(), style.secondText(), null, null);
        float titleWidth = setup.width() - NUMBER_COLUMN - 12;
        List<Column> columns = List.of(new Column(0, setup.left, titleWidth),
                new Column(0, setup.right - NUMBER_COLUMN, NUMBER_COLUMN));
        List<Column> spans = List.of(new Column(0, setup.left, setup.width()));
        Composer composer = new Composer(document, writer, furniture, setup.top, setup.bottom, columns, spans, 1, 2);
        composer.newSheet(null, true);
        List<Segment> headings = style.edition.words(BookWords.CONTENTS);
        List<Part> heading = new ArrayList<>();
        heading.add(new Part(composer.spanColumn(0), style.line(headings.get(0), FontRole.LATIN_BOLD, size * 1.7f,
                setup.width(), "contents"), size * 2.2f, style.heading(), Part.Align.CENTRE));
        if (headings.size() > 1) {
            heading.add(new Part(composer.spanColumn(0), style.line(headings.get(1), FontRole.LATIN_REGULAR, size * 1.15f,
                    setup.width(), "contents"), size * 1.6f, style.secondText(), Part.Align.CENTRE));
        }
        composer.stacked(heading, size * 0.3f, size * 2f);
        int number = 0;
        for (Chapter chapter : book.chapters()) {
            number++;
            BilingualText title = chapter.title();
            Segment first = style.first(title);
            Segment second = style.second(title);
            String page = chapterPages == null ? "0000" : String.valueOf(chapterPages.get(number - 1));
            List<Part> firstLine = List.of(
                    new Part(0, style.line(first, FontRole.LATIN_REGULAR, size, titleWidth, "contents"),
                            style.leading(first, size), style.text()),
                    new Part(1, style.line(new Segment(Lang.EN, page), FontRole.LATIN_REGULAR, size, NUMBER_COLUMN, "contents"),
                            size * 1.5f, style.text(), Part.Align.RIGHT));
            float firstSpacing = second == null ? size * 1.1f : size * 0.2f;
            List<Part> secondLine = second == null ? List.of()
                    : List.of(new Part(0, style.line(second, FontRole.LATIN_REGULAR, size * 0.9f, titleWidth, "contents"),
                            style.leading(second, size * 0.9f), style.secondText()));
            // An entry is never split: its Chinese title at one page's foot and its English at the next's head.
            composer.keepTogether(PartLines.whole(firstLine, false, 0) + firstSpacing
                    + PartLines.whole(secondLine, false, 0));
            float top = composer.currentY();
            composer.parallel(firstLine, firstSpacing);
            if (second != null) {
                composer.parallel(secondLine, size * 1.1f);
            }
            float bottom = composer.currentY();
            String anchor = ChapterComposer.anchor(number);
            if (writer != null && bottom < top) {
                float left = setup.left;
                float right = setup.right;
                composer.draw(0, canvas -> canvas.setAction(PdfAction.gotoLocalPage(anchor, false), left, bottom, right, top));
            }
        }
        composer.flush();
        return composer.pagesWritten();
    }
}
