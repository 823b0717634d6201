package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;
import press.duet.edition.Edition;
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
import press.duet.text.BookWords;

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
    private final NotePlacement notePlacement;
    /** Sets the footnotes of the parts, or leaves them out when notes are endnotes. */
    private final FootnoteSetter footnotes;
    private int pairNumber;
    /** What placing the chapters found to warn about (images the PDF cannot draw), in reading order. */
    private final List<String> warnings = new ArrayList<>();
    private PdfOutline bookOutline;

    ChapterComposer(Document document, PdfWriter writer, BookStyle style, PageSetup setup, Layout layout,
                    int firstPageNumber, ChapterStart start, NotePlacement notePlacement) {
        this.writer = writer;
        this.start = start;
        this.notePlacement = notePlacement;
        this.footnotes = new FootnoteSetter(style, setup.columns(), layout,
                notePlacement == NotePlacement.FOOTNOTES);
        this.style = style;
        this.layout = layout;
        this.columns = setup.columns();
        SetText bookTitle = style.line(style.first(style.metadata.title()), FontRole.LATIN_ITALIC, RUNNING_HEADER_SIZE,
                setup.width() / 2, "running header");
        SetText handoutRight = null;
        if (setup.handout) {
            String date = style.metadata.date() == null ? "" : Edition.joined(style.edition.dates(style.metadata.date()));
            handoutRight = style.line(new Segment(style.edition.primary(), date), FontRole.LATIN_REGULAR,
                    RUNNING_HEADER_SIZE, setup.width() / 2, "running header");
        }
        PageFurniture furniture = new PageFurniture(style.chooser, setup.left, setup.right, setup.headerBaseline(),
                setup.footerBaseline(), style.secondText(), bookTitle, handoutRight);
        this.composer = new Composer(document, writer, furniture, setup.top, setup.bottom, columns, setup.spans(),
                setup.pagesPerSheet(), firstPageNumber).asHandout(setup.handout);
        if (notePlacement == NotePlacement.FOOTNOTES) {
            composer.withFootnotes(style.size, style.secondText());
        }
        if (layout == Layout.FACING) {
            composer.padToEvenPage();
        }
    }

    /** The bookmark of the book, opening the title page; the chapters' bookmarks hang below it. */
    private PdfOutline bookOutline() {
        if (bookOutline == null) {
            bookOutline = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(TitlePage.ANCHOR, false),
                    style.edition.plainTitle(style.metadata.title()), true);
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
    record SetChapter(Chapter chapter, int number, List<Placement> placements, List<String> warnings) {
    }

    /**
     * Parts to place side by side, or one under another with a gap, and the space after them; or, when
     * {@code drawn} is given, a block kept whole (a figure, a table row, an ornament). A title or
     * heading keeps with the opening lines of what follows it.
     */
    record Placement(List<Part> parts, boolean stacked, float gap, float spacingAfter, DrawnBlock drawn,
                     boolean keepWithNext) {
        Placement(List<Part> parts, boolean stacked, float gap, float spacingAfter) {
            this(parts, stacked, gap, spacingAfter, null, false);
        }

        static Placement of(DrawnBlock block, float spacingAfter) {
            return new Placement(List.of(), false, 0, spacingAfter, block, false);
        }

        Placement keptWithNext() {
            return new Placement(parts, stacked, gap, spacingAfter, drawn, true);
        }
    }

    /**
     * Sets a chapter's text with {@code setter}, the style whose face chooser this thread alone uses.
     * Chapters must be set in order, one at a time: pairs are numbered across the book.
     */
    SetChapter set(Chapter chapter, int number, BookStyle setter) {
        List<Placement> placements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // Both languages in one column share one sequence of note numbers; each column has its own otherwise.
        ChapterNotes notes = new ChapterNotes(layout != Layout.SIDE_BY_SIDE && layout != Layout.FACING);
        FigureBlocks figures = new FigureBlocks(setter, composer, layout, warnings, notes, footnotes);
        placements.add(title(setter, chapter.title(), style.size * 1.7f, style.size * 1.15f,
                "chapter " + number + " title", style.size * 2.4f, notes).keptWithNext());
        int inChapter = 0;
        int figureNumber = 0;
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Pair pair -> {
                    inChapter++;
                    pairNumber++;
                    Placement placement = pair(setter, pair, "chapter " + number + ", pair " + inChapter, notes);
                    if (placement != null) {
                        placements.add(placement);
                    }
                }
                case Heading heading -> placements.add(title(setter, heading.text(), style.size * 1.2f, style.size,
                        "chapter " + number + " heading", style.size * 1.2f, notes).keptWithNext());
                case Figure figure -> {
                    figureNumber++;
                    DrawnBlock drawn = figures.figure(figure, "chapter " + number + ", figure " + figureNumber);
                    if (drawn != null) {
                        placements.add(Placement.of(drawn, style.size * 1.2f));
                    }
                }
                case SectionBreak ignored -> placements.add(Placement.of(sectionBreak(setter), style.size * 0.6f));
                case Table table -> {
                    List<DrawnBlock> rows = new TableBlocks(setter, composer, notes, footnotes).rows(table, style.metadata.chinese(),
                            "chapter " + number);
                    for (int r = 0; r < rows.size(); r++) {
                        placements.add(Placement.of(rows.get(r), r + 1 < rows.size() ? 0 : style.size * 0.95f));
                    }
                }
            }
        }
        if (notePlacement == NotePlacement.ENDNOTES) {
            endnotes(setter, notes, number, placements);
        }
        return new SetChapter(chapter, number, placements, warnings);
    }

    /** A centred ornament between sections, on every page of the sheet. */
    private DrawnBlock sectionBreak(BookStyle setter) {
        List<DrawnBlock.OnPage> drawings = new ArrayList<>();
        SetText ornament = setter.plain("*\u2003*\u2003*", FontRole.LATIN_REGULAR, false, style.size, 200, false,
                "section break");
        float height = style.size * 2f;
        for (int page = 0; page < composer.spans(); page++) {
            Column span = composer.column(composer.spanColumn(page));
            drawings.add(new DrawnBlock.OnPage(span.page(), (canvas, top) -> ornament.drawAll(canvas, span.left(),
                    span.width(), true, top - style.size * 0.5f, style.size, style.secondText())));
        }
        return new DrawnBlock(height, drawings);
    }

    /**
     * The chapter's notes after its last block, under a heading: each language's notes in its column
     * (side by side, facing pages), or all in the order of their one sequence of numbers (interleaved),
     * each run of one language's notes in its face.
     */
    private void endnotes(BookStyle setter, ChapterNotes notes, int number, List<Placement> placements) {
        if (notes.isEmpty()) {
            return;
        }
        String where = "chapter " + number + " notes";
        placements.add(title(setter, BookWords.NOTES.text(style.metadata.chinese()), style.size * 1.1f,
                style.size * 0.95f, where, style.size * 0.8f, null));
        boolean sideBySide = layout == Layout.SIDE_BY_SIDE || layout == Layout.FACING;
        List<Part> parts = new ArrayList<>();
        List<List<ChapterNotes.Numbered>> runs = notes.runs(style.chineseFirst);
        for (List<ChapterNotes.Numbered> run : runs) {
            boolean chinese = run.get(0).chinese();
            boolean firstLanguage = chinese == style.chineseFirst;
            parts.add(notesPart(setter, sideBySide && !firstLanguage ? 1 : 0, run, chinese,
                    firstLanguage || runs.size() == 1 ? style.text() : style.secondText(), where));
        }
        placements.add(new Placement(parts, !sideBySide, style.size * 0.8f, style.size * 0.95f));
    }

    private Part notesPart(BookStyle setter, int column, List<ChapterNotes.Numbered> notes, boolean chinese,
                           java.awt.Color colour, String where) {
        SetText text = setter.notes(notes, chinese, columns.get(column).width(), where);
        return new Part(column, text, style.leading(chinese, style.noteSize()), colour);
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
        new PdfOutline(bookOutline(), PdfAction.gotoLocalPage(anchor, false), style.edition.plainTitle(chapter.title()));
        warnings.addAll(set.warnings());
        float[] following = followingHeights(placements);
        boolean facingColumns = layout == Layout.SIDE_BY_SIDE || layout == Layout.FACING;
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            if (placement.keepWithNext()) {
                composer.keepTogether(keptHeight(placements, i));
            }
            if (placement.drawn() != null) {
                composer.block(placement.drawn(), placement.spacingAfter());
            } else if (placement.stacked()) {
                composer.stacked(placement.parts(), placement.gap(), placement.spacingAfter());
            } else {
                // Columns that face each other end the chapter's last page level.
                composer.parallel(placement.parts(), placement.spacingAfter(), facingColumns ? following[i] : Float.NaN);
            }
        }
        return firstPage;
    }

    /** For each placement, the height of the chapter's placements after it, whole, with their spacing. */
    private float[] followingHeights(List<Placement> placements) {
        float[] following = new float[placements.size()];
        for (int i = placements.size() - 2; i >= 0; i--) {
            Placement next = placements.get(i + 1);
            following[i] = following[i + 1] + placementHeight(next, false) + next.spacingAfter();
        }
        return following;
    }

    /**
     * The height a title or heading needs below it to stay with what follows: itself whole and the
     * opening lines of the next placement (a heading at a page's foot would stand alone).
     */
    private float keptHeight(List<Placement> placements, int index) {
        Placement placement = placements.get(index);
        float height = placementHeight(placement, false) + placement.spacingAfter();
        if (index + 1 < placements.size()) {
            Placement next = placements.get(index + 1);
            height += next.keepWithNext() ? keptHeight(placements, index + 1) : placementHeight(next, true);
        }
        return height;
    }

    /** A placement's height, whole or only its opening lines that may not be parted. */
    private float placementHeight(Placement placement, boolean opening) {
        if (placement.drawn() != null) {
            return placement.drawn().height();
        }
        return opening ? PartLines.opening(placement.parts(), placement.stacked(), placement.gap())
                : PartLines.whole(placement.parts(), placement.stacked(), placement.gap());
    }

    List<String> warnings() {
        return warnings;
    }

    /** Writes out the last sheet; returns how many pages the body took. */
    int finish() {
        composer.finish();
        return composer.pagesWritten();
    }

    /** A title or heading in the layout's languages; its note references are numbered with {@code notes}, if given. */
    private Placement title(BookStyle setter, BilingualText text, float firstSize, float secondSize, String where,
                            float spacingAfter, ChapterNotes notes) {
        Segment first = style.first(text);
        Segment second = style.second(text);
        if (layout == Layout.FACING) {
            List<Part> parts = new ArrayList<>();
            parts.add(titlePart(setter, composer.spanColumn(0), first, FontRole.LATIN_BOLD, firstSize, where, notes));
            if (second != null) {
                parts.add(titlePart(setter, composer.spanColumn(1), second, FontRole.LATIN_BOLD, firstSize, where, notes));
            }
            return new Placement(parts, false, 0, spacingAfter);
        }
        if (!style.edition.bilingual()) {
            return new Placement(List.of(titlePart(setter, composer.spanColumn(0), first, FontRole.LATIN_BOLD, firstSize,
                    where, notes)), false, 0, spacingAfter);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(titlePart(setter, composer.spanColumn(0), first, FontRole.LATIN_BOLD, firstSize, where, notes));
        if (second != null) {
            Part part = titlePart(setter, composer.spanColumn(0), second, FontRole.LATIN_REGULAR, secondSize, where, notes);
            parts.add(new Part(part.column(), part.text(), part.leading(), style.secondText(), Part.Align.CENTRE, null,
                    part.noteColumn(), part.footnotes()));
        }
        return new Placement(parts, true, firstSize * 0.25f, spacingAfter);
    }

    private Part titlePart(BookStyle setter, int column, Segment text, FontRole role, float size, String where,
                           ChapterNotes notes) {
        boolean chinese = text.lang().isChinese();
        int before = notes == null ? 0 : notes.count(chinese);
        SetText set = setter.line(text, role, size, composer.column(column).width(), where,
                notes == null ? InlineRuns.NO_NOTES : notes.of(chinese));
        Part part = new Part(column, set, size * 1.4f, style.heading(), Part.Align.CENTRE);
        // A title's notes go under the column (or page) of its language.
        return footnotes.of(setter, part, notes, chinese, before, footnotes.column(chinese, composer.column(column).page()),
                where);
    }


    /** A pair's placement in the layout, or null when a one-language edition has nothing of it to show. */
    private Placement pair(BookStyle setter, Pair pair, String where, ChapterNotes notes) {
        Segment first = style.chineseFirst ? pair.zh() : pair.en();
        Segment second = style.chineseFirst ? pair.en() : pair.zh();
        float spacing = style.size * 0.95f;
        switch (layout) {
            case SIDE_BY_SIDE, FACING -> {
                List<Part> parts = new ArrayList<>();
                if (first != null) {
                    parts.add(bodyPart(setter, 0, first, style.text(), where, true, notes));
                }
                if (second != null) {
                    parts.add(bodyPart(setter, 1, second, style.secondText(), where, first == null, notes));
                }
                return new Placement(parts, false, 0, spacing);
            }
            case INTERLEAVED -> {
                List<Part> parts = new ArrayList<>();
                if (first != null) {
                    parts.add(bodyPart(setter, 0, first, style.text(), where, true, notes));
                }
                if (second != null) {
                    parts.add(bodyPart(setter, 0, second, style.secondText(), where, first == null, notes));
                }
                return new Placement(parts, true, style.size * 0.4f, spacing);
            }
            case ZH, EN -> {
                List<Segment> only = style.edition.sides(pair.asText());
                return only.isEmpty() ? null
                        : new Placement(List.of(bodyPart(setter, 0, only.get(0), style.text(), where, true, notes)), false, 0,
                        spacing);
            }
            default -> throw new IllegalStateException("no placement for the layout " + layout);
        }
    }

    private Part bodyPart(BookStyle setter, int column, Segment segment, java.awt.Color colour, String where,
                          boolean labelled, ChapterNotes notes) {
        boolean chinese = segment.lang().isChinese();
        int before = notes.count(chinese);
        SetText text = setter.body(segment, columns.get(column).width(), where, notes.of(chinese));
        SetText label = labelled && composer.handout() ? pairLabel(setter) : null;
        return footnotes.of(setter, new Part(column, text, style.leading(segment, style.size), colour, Part.Align.LEFT, label),
                notes, chinese, before, column, where);
    }

    private SetText pairLabel(BookStyle setter) {
        return setter.line(new Segment(Lang.EN, "¶ " + pairNumber), FontRole.LATIN_REGULAR, style.size * 0.75f, 60,
                "pair number");
    }
}
