package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Figure;
import press.duet.model.SectionBreak;
import press.duet.model.Table;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.style.Layout;
import press.duet.text.DateWords;

/**
 * Sets the chapters in a layout: side by side (the first language in the left column), facing (the
 * first language on the left-hand page, the second on the right-hand page, pair by pair in step),
 * interleaved (each paragraph followed by its translation), or one language only. Each chapter
 * starts where its {@link ChapterStart} says, with its title and a bookmark.
 */
final class ChapterComposer {
    private static final float RUNNING_HEADER_SIZE = 8.5f;
    /** The space between a chapter and the next one continued on its page, as a share of the body size. */
    private static final float CHAPTER_BREAK = 2.5f;

    private final PdfWriter writer;
    private final BookStyle style;
    private final Layout layout;
    private final Composer composer;
    private final List<Column> columns;
    private final ChapterStart start;
    private int pairNumber;
    private PdfOutline bookOutline;

    ChapterComposer(Document document, PdfWriter writer, BookStyle style, PageSetup setup, Layout layout,
                    int firstPageNumber, ChapterStart start) {
        this.writer = writer;
        this.start = start;
        this.style = style;
        this.layout = layout;
        this.columns = setup.columns();
        SetText bookTitle = style.line(style.first(style.metadata.title()), FontRole.LATIN_ITALIC, RUNNING_HEADER_SIZE,
                setup.width() / 2, "running header");
        SetText handoutRight = null;
        if (setup.handout) {
            String date = style.metadata.date() == null ? ""
                    : DateWords.chinese(style.metadata.date()) + " · " + DateWords.english(style.metadata.date());
            handoutRight = style.line(new Segment(style.metadata.chinese(), date), FontRole.LATIN_REGULAR,
                    RUNNING_HEADER_SIZE, setup.width() / 2, "running header");
        }
        PageFurniture furniture = new PageFurniture(style.chooser, setup.left, setup.right, setup.headerBaseline(),
                setup.footerBaseline(), style.secondText(), bookTitle, handoutRight);
        this.composer = new Composer(document, writer, furniture, setup.top, setup.bottom, columns, setup.spans(),
                setup.pagesPerSheet(), firstPageNumber).asHandout(setup.handout);
        if (layout == Layout.FACING) {
            composer.padToEvenPage();
        }
    }

    /** The bookmark of the book, opening the title page; the chapters' bookmarks hang below it. */
    private PdfOutline bookOutline() {
        if (bookOutline == null) {
            bookOutline = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(TitlePage.ANCHOR, false),
                    style.metadata.title().joined(" · "), true);
        }
        return bookOutline;
    }

    private SetText header(Segment text) {
        return style.line(text, FontRole.LATIN_ITALIC, RUNNING_HEADER_SIZE, columns.get(0).width() / 2, "running header");
    }

    static String anchor(int chapterNumber) {
        return "chapter-" + chapterNumber;
    }

    /**
     * A chapter's text set in its faces and broken into lines, ready to be placed: titles, section
     * headings, pairs and their numbers, in reading order. {@link #set} makes it and {@link #chapter}
     * places it, so the next chapter can be set on a second core while this one is placed.
     */
    record SetChapter(Chapter chapter, int number, List<Placement> placements) {
    }

    /**
     * Parts to place side by side, or one under another with a gap, and the space after them; a title
     * or heading keeps with the opening lines of what follows it.
     */
    record Placement(List<Part> parts, boolean stacked, float gap, float spacingAfter, boolean keepWithNext) {
        Placement(List<Part> parts, boolean stacked, float gap, float spacingAfter) {
            this(parts, stacked, gap, spacingAfter, false);
        }

        Placement keptWithNext() {
            return new Placement(parts, stacked, gap, spacingAfter, true);
        }
    }

    /**
     * Sets a chapter's text with {@code setter}, the style whose face chooser this thread alone uses.
     * Chapters must be set in order, one at a time: pairs are numbered across the book.
     */
    SetChapter set(Chapter chapter, int number, BookStyle setter) {
        List<Placement> placements = new ArrayList<>();
        placements.add(title(setter, chapter.title(), style.size * 1.7f, style.size * 1.15f,
                "chapter " + number + " title", style.size * 2.4f).keptWithNext());
        int inChapter = 0;
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Pair pair -> {
                    inChapter++;
                    pairNumber++;
                    Placement placement = pair(setter, pair, "chapter " + number + ", pair " + inChapter);
                    if (placement != null) {
                        placements.add(placement);
                    }
                }
                case Heading heading -> placements.add(title(setter, heading.text(), style.size * 1.2f, style.size,
                        "chapter " + number + " heading", style.size * 1.2f).keptWithNext());
                case Figure ignored -> throw new UnsupportedOperationException("the PDF writer does not set figure blocks yet");
                case SectionBreak ignored -> throw new UnsupportedOperationException("the PDF writer does not set sectionbreak blocks yet");
                case Table ignored -> throw new UnsupportedOperationException("the PDF writer does not set table blocks yet");
            }
        }
        return new SetChapter(chapter, number, placements);
    }

    /**
     * Places a set chapter where the chapter-start rule puts it: on a new sheet, on a right-hand page,
     * or below the previous chapter after a break when its title and opening lines fit there; returns
     * the number of its first page.
     */
    int chapter(SetChapter set) {
        Chapter chapter = set.chapter();
        SetText running = header(style.first(chapter.title()));
        SetText[] titles = new SetText[] {running};
        SetText[] bookTitles = null;
        if (layout == Layout.FACING) {
            // Each page of a spread speaks its own language, in its header too.
            Segment second = style.second(chapter.title());
            Segment secondBook = style.second(style.metadata.title());
            titles = new SetText[] {running, second == null ? running : header(second)};
            bookTitles = new SetText[] {header(style.first(style.metadata.title())),
                    header(secondBook == null ? style.first(style.metadata.title()) : secondBook)};
        }
        List<Placement> placements = set.placements();
        float chapterBreak = style.size * CHAPTER_BREAK;
        if (start == ChapterStart.CONTINUE && composer.sheetStarted()
                && composer.fits(chapterBreak + keptHeight(placements, 0))) {
            composer.skip(chapterBreak);
            composer.runOnWith(titles, bookTitles);
        } else {
            if (start == ChapterStart.RIGHT_PAGE && layout != Layout.FACING) {
                composer.padToOddPage();
            }
            composer.newSheet(titles, bookTitles, true);
        }
        int firstPage = composer.nextPageNumber();
        String anchor = anchor(set.number());
        float y = composer.currentY();
        float left = columns.get(0).left();
        composer.draw(0, canvas -> canvas.localDestination(anchor, new PdfDestination(PdfDestination.XYZ, left, y + 12, 0)));
        new PdfOutline(bookOutline(), PdfAction.gotoLocalPage(anchor, false), chapter.title().joined(" · "));
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            if (placement.keepWithNext()) {
                composer.keepTogether(keptHeight(placements, i));
            }
            if (placement.stacked()) {
                composer.stacked(placement.parts(), placement.gap(), placement.spacingAfter());
            } else {
                composer.parallel(placement.parts(), placement.spacingAfter());
            }
        }
        return firstPage;
    }

    /**
     * The height a title or heading needs below it to stay with what follows: itself whole and the
     * opening lines of the next placement (a heading at a page's foot would stand alone).
     */
    private float keptHeight(List<Placement> placements, int index) {
        Placement placement = placements.get(index);
        float height = composer.wholeHeight(placement.parts(), placement.stacked(), placement.gap())
                + placement.spacingAfter();
        if (index + 1 < placements.size()) {
            Placement next = placements.get(index + 1);
            height += next.keepWithNext() ? keptHeight(placements, index + 1)
                    : composer.openingHeight(next.parts(), next.stacked(), next.gap());
        }
        return height;
    }

    /** Writes out the last sheet; returns how many pages the body took. */
    int finish() {
        composer.flush();
        return composer.pagesWritten();
    }

    private Placement title(BookStyle setter, BilingualText text, float firstSize, float secondSize, String where,
                            float spacingAfter) {
        Segment first = style.first(text);
        Segment second = style.second(text);
        if (layout == Layout.FACING) {
            List<Part> parts = new ArrayList<>();
            parts.add(titlePart(setter, composer.spanColumn(0), first, FontRole.LATIN_BOLD, firstSize, where));
            if (second != null) {
                parts.add(titlePart(setter, composer.spanColumn(1), second, FontRole.LATIN_BOLD, firstSize, where));
            }
            return new Placement(parts, false, 0, spacingAfter);
        }
        Segment only = onlyLanguage(text);
        if (only != null) {
            return new Placement(List.of(titlePart(setter, composer.spanColumn(0), only, FontRole.LATIN_BOLD, firstSize,
                    where)), false, 0, spacingAfter);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(titlePart(setter, composer.spanColumn(0), first, FontRole.LATIN_BOLD, firstSize, where));
        if (second != null) {
            Part part = titlePart(setter, composer.spanColumn(0), second, FontRole.LATIN_REGULAR, secondSize, where);
            parts.add(new Part(part.column(), part.text(), part.leading(), style.secondText(), Part.Align.CENTRE));
        }
        return new Placement(parts, true, firstSize * 0.25f, spacingAfter);
    }

    /** In a one-language edition, the side of a bilingual text in that language (falling back to the other). */
    private Segment onlyLanguage(BilingualText text) {
        return switch (layout) {
            case ZH -> text.zh() != null ? text.zh() : text.en();
            case EN -> text.en() != null ? text.en() : text.zh();
            default -> null;
        };
    }

    private Part titlePart(BookStyle setter, int column, Segment text, FontRole role, float size, String where) {
        SetText set = setter.line(text, role, size, composer.column(column).width(), where);
        return new Part(column, set, size * 1.4f, style.heading(), Part.Align.CENTRE);
    }

    /** A pair's placement in the layout, or null when a one-language edition has nothing of it to show. */
    private Placement pair(BookStyle setter, Pair pair, String where) {
        Segment first = style.chineseFirst ? pair.zh() : pair.en();
        Segment second = style.chineseFirst ? pair.en() : pair.zh();
        float spacing = style.size * 0.95f;
        switch (layout) {
            case SIDE_BY_SIDE, FACING -> {
                List<Part> parts = new ArrayList<>();
                if (first != null) {
                    parts.add(bodyPart(setter, 0, first, style.text(), where, true));
                }
                if (second != null) {
                    parts.add(bodyPart(setter, 1, second, style.secondText(), where, first == null));
                }
                return new Placement(parts, false, 0, spacing);
            }
            case INTERLEAVED -> {
                List<Part> parts = new ArrayList<>();
                if (first != null) {
                    parts.add(bodyPart(setter, 0, first, style.text(), where, true));
                }
                if (second != null) {
                    parts.add(bodyPart(setter, 0, second, style.secondText(), where, first == null));
                }
                return new Placement(parts, true, style.size * 0.4f, spacing);
            }
            case ZH, EN -> {
                Segment only = layout == Layout.ZH ? pair.zh() : pair.en();
                return only == null ? null
                        : new Placement(List.of(bodyPart(setter, 0, only, style.text(), where, true)), false, 0, spacing);
            }
            default -> throw new IllegalStateException("no placement for the layout " + layout);
        }
    }

    private Part bodyPart(BookStyle setter, int column, Segment segment, java.awt.Color colour, String where,
                          boolean labelled) {
        SetText text = setter.body(segment, columns.get(column).width(), where);
        SetText label = labelled && composer.handout() ? pairLabel(setter) : null;
        return new Part(column, text, style.leading(segment, style.size), colour, Part.Align.LEFT, label);
    }

    private SetText pairLabel(BookStyle setter) {
        return setter.line(new Segment(Lang.EN, "¶ " + pairNumber), FontRole.LATIN_REGULAR, style.size * 0.75f, 60,
                "pair number");
    }
}
