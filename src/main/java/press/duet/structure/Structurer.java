package press.duet.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.read.NaturalOrder;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.report.Place;
import press.duet.text.LanguageIdentifier;

/**
 * Turns drafts into a book: finds paragraphs and their languages, reads the title lines, splits
 * chapters and pairs the paragraphs in whatever shape the input has. Two files in different languages
 * (or any two with {@code pairFiles}) are aligned with each other; other files become one chapter
 * each (or more, where they have headings of their own), in the order of their part numbers or names.
 *
 * <pre>{@code
 * Structured result = Structurer.structure(List.of(Readers.read(path, null, null)));
 * }</pre>
 */
public final class Structurer {
    private Structurer() {
    }

    public static Structured structure(List<Draft> drafts) {
        return structure(drafts, StructureOptions.defaults());
    }

    public static Structured structure(List<Draft> drafts, StructureOptions options) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("no drafts to structure");
        }
        // The aligner's dictionary loads while the paragraphs are found.
        press.duet.lexicon.Lexicon.preload();
        List<Finding> findings = new ArrayList<>();
        List<StructureInput> parts = new ArrayList<>();
        for (Draft draft : drafts) {
            StructureInput part = StructureInput.of(draft, options.keepFurniture());
            if (part instanceof HeadSplit text && text.paragraphs().isEmpty() && text.placed().isEmpty()) {
                throw new DuetException(draft.source() + ": the file has no text to publish");
            }
            parts.add(part);
        }
        boolean forcedPair = options.pairFiles() || options.shape() == Shape.PARALLEL_FILES;
        if (forcedPair && drafts.size() != 2) {
            throw new DuetException("--pair needs exactly two files, one per language; " + drafts.size() + " were given");
        }
        Structured structured;
        if (drafts.size() == 2 && parts.get(0) instanceof HeadSplit a && parts.get(1) instanceof HeadSplit b
                && (forcedPair || areTranslations(a, b))) {
            structured = parallel(a, b, options, findings);
        } else {
            structured = separate(drafts, parts, options, findings);
        }
        List<press.duet.report.Dropped> dropped = new ArrayList<>();
        drafts.forEach(draft -> dropped.addAll(draft.dropped()));
        parts.stream().filter(HeadSplit.class::isInstance).forEach(part -> dropped.addAll(((HeadSplit) part).dropped()));
        return new Structured(structured.book(), inFileOrder(structured.findings(), drafts), structured.shape(),
                languages(drafts, parts), inGivenOrder(structured.fileShapes(), drafts), dropped, structured.chapterMatches());
    }

    /** Each file's shape in the order the inputs were named, as {@code duet inspect} lists the files. */
    private static Map<String, Shape> inGivenOrder(Map<String, Shape> shapes, List<Draft> drafts) {
        Map<String, Shape> ordered = new LinkedHashMap<>();
        drafts.forEach(draft -> ordered.put(draft.source(), shapes.get(draft.source())));
        return ordered;
    }

    /** Findings file by file as the inputs were named, and by line within each, as a reader goes through them. */
    private static List<Finding> inFileOrder(List<Finding> findings, List<Draft> drafts) {
        List<String> sources = drafts.stream().map(Draft::source).toList();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.<Finding>comparingInt(f -> sources.indexOf(f.place().file()))
                .thenComparingInt(f -> f.place().line()));
        return sorted;
    }

    /** How many paragraphs of each language the inputs hold, mixed ones counted apart. */
    private static Map<String, Integer> languages(List<Draft> drafts, List<StructureInput> parts) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            List<LanguageIdentifier.Profile> profiles = new ArrayList<>();
            switch (parts.get(i)) {
                case HeadSplit text -> text.paragraphs().forEach(p -> profiles.add(p.profile()));
                case TableHead table -> drafts.get(i).blocks()
                        .forEach(b -> b.lines().forEach(line -> profiles.add(LanguageIdentifier.profile(line))));
            }
            for (LanguageIdentifier.Profile profile : profiles) {
                String key = profile.lang().isEmpty() ? "none" : profile.mixed() ? "mixed" : profile.lang().get().tag();
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A file's title in the other file's language, when the book's title in that language differs. */
    private static void reportUnusedTitle(HeadSplit file, Segment chosen, boolean chineseSide, List<Finding> findings) {
        BilingualText own = file.head().title();
        Segment side = own == null ? null : chineseSide ? own.zh() : own.en();
        if (side != null && chosen != null && !side.text().equals(chosen.text())) {
            findings.add(new Finding(new Place(file.draft().source(), file.paragraphs().isEmpty() ? 0 : file.paragraphs().get(0).line()),
                    "title \"" + side.text() + "\" is not used: the book's " + (chineseSide ? "Chinese" : "English")
                            + " title \"" + chosen.text() + "\" comes from the other file"));
        }
    }

    /**
     * Two files, each nearly all in one language and not the same one, once the paragraphs one copies
     * word for word from the other are set aside (a translation that left some untranslated).
     */
    private static boolean areTranslations(HeadSplit a, HeadSplit b) {
        return UntranslatedCopies.translations(a, b);
    }

    private static Structured parallel(HeadSplit a, HeadSplit b, StructureOptions options, List<Finding> findings) {
        boolean aIsChinese = a.body().stream().filter(Paragraph::isChinese).count()
                >= b.body().stream().filter(Paragraph::isChinese).count();
        HeadSplit zh = aIsChinese ? a : b;
        HeadSplit en = aIsChinese ? b : a;
        Lang chinese = zh.chineseProfile().variety();
        BilingualText title = ParallelFiles.withDeclared(ParallelFiles.title(zh, en, chinese), zh.draft().declared(),
                en.draft().declared(), chinese);
        if (title == null) {
            title = FileNameTitle.ofParallel(zh.draft().source(), en.draft().source());
        }
        reportUnusedTitle(en, title.zh(), true, findings);
        reportUnusedTitle(zh, title.en(), false, findings);
        ParallelFiles.Matched matched = ParallelFiles.chapters(zh, en, title, chinese, findings);
        // A translation's untranslated copies, aligned with their originals, are published once.
        List<Chapter> chapters = UntranslatedCopies.publishedOnce(matched.chapters(), zh.draft().source(), findings);
        List<Integer> unknownStarts = java.util.Collections.nCopies(chapters.size(), 0);
        for (HeadSplit file : List.of(zh, en)) {
            chapters = PlacedBlocks.place(chapters, unknownStarts, file.draft().source(), file.paragraphs(), file.placed(), chinese,
                    findings);
        }
        Head head = zh.head();
        Metadata metadata = BookMetadata.of(title, head, en.head(), Lang.ZH_HANS, chinese, List.of(), null, options,
                List.of(zh.draft().declared(), en.draft().declared()));
        Map<String, Shape> fileShapes = new LinkedHashMap<>();
        fileShapes.put(a.draft().source(), sideShape(a));
        fileShapes.put(b.draft().source(), sideShape(b));
        return new Structured(new Book(metadata, ListNumbers.matched(chapters, metadata.first())), findings,
                Shape.PARALLEL_FILES, Map.of(), fileShapes, List.of(), matched.matches());
    }

    /**
     * The shape of one of two parallel files on its own: one language, as detection pairs them; a file
     * paired on request that holds both languages is only a side of the parallel book.
     */
    private static Shape sideShape(HeadSplit file) {
        return file.mostly(true) || file.mostly(false) ? Shape.MONOLINGUAL : Shape.PARALLEL_FILES;
    }

    private static Structured separate(List<Draft> drafts, List<StructureInput> parts, StructureOptions options,
                                       List<Finding> findings) {
        List<Integer> order = readingOrder(drafts, parts);
        Lang chinese = chineseVariety(drafts, parts);
        List<Chapter> chapters = new ArrayList<>();
        Map<String, Shape> shapes = new LinkedHashMap<>();
        HeadSplit firstPart = null;
        Head firstTableHead = null;
        List<Integer> partNumbers = new ArrayList<>();
        List<BilingualText> titles = new ArrayList<>();
        // Parts of a series that share one title are told apart in the contents by their part numbers.
        boolean sharedTitle = drafts.size() > 1 && parts.stream().filter(HeadSplit.class::isInstance)
                .map(p -> ((HeadSplit) p).head().title() == null ? "" : ((HeadSplit) p).head().title().joined("|"))
                .distinct().count() == 1;
        for (int index : order) {
            Draft draft = drafts.get(index);
            if (parts.get(index) instanceof TableHead table) {
                firstTableHead = firstTableHead == null ? table.head() : firstTableHead;
                BilingualText title = table.head().title() != null ? table.head().title() : fallbackTitle(draft, chinese);
                titles.add(title);
                chapters.addAll(TablePairer.chapters(table.rows(), BookMetadata.withVariety(title, chinese), chinese, findings));
                shapes.put(draft.source(), Shape.TABLE);
                continue;
            }
            HeadSplit part = (HeadSplit) parts.get(index);
            firstPart = firstPart == null ? part : firstPart;
            Head head = part.head();
            if (head.part() != null) {
                partNumbers.add(head.part());
            }
            BilingualText title = BookMetadata.withVariety(head.title() != null ? head.title() : fallbackTitle(draft, chinese), chinese);
            titles.add(title);
            boolean oneLanguage = part.mostly(true) || part.mostly(false);
            boolean bilingual = !oneLanguage && part.body().stream().anyMatch(Paragraph::isChinese)
                    && part.body().stream().anyMatch(Paragraph::isEnglish);
            // A book nine tenths in one language is that language's book with some quotations in the
            // other (a name, a bibliography, a line in a note): published as it is, not paired.
            Shape pairing = options.shape() == null && oneLanguage ? Shape.MONOLINGUAL : options.shape();
            ChapterPairer pairer = new ChapterPairer(draft.source(), chinese, pairing, bilingual, findings);
            BilingualText chapterTitle = sharedTitle && head.part() != null ? numbered(title, head.part()) : title;
            List<ChapterText> found = ChapterSplitter.split(part.body(), chapterTitle, chinese);
            if (options.shape() == null || options.shape() == Shape.BLOCKS) {
                found = ChapterSplitter.mergeTranslated(found, chapterTitle, chinese);
            }
            BilingualText onlyHeading = head.title() == null && blank(draft.declared().title()) ? onlyHeadedChapter(found, chapterTitle) : null;
            BilingualText completed = completedTitle(found, title);
            if (onlyHeading == null && completed != null) {
                // A title in one language whose first chapter is headed by it and its translation (a page's
                // Chinese title, its Chinese block, then the English title over the English block).
                titles.set(titles.size() - 1, completed);
            }
            if (onlyHeading != null) {
                // A file that holds one chapter of a book ("為政第二 / BOOK II. WEI CHANG.") is titled by that
                // chapter's heading, not by its file's name.
                titles.set(titles.size() - 1, BookMetadata.withVariety(onlyHeading, chinese));
            }
            List<Chapter> fileChapters = new ArrayList<>();
            for (ChapterText chapter : found) {
                List<Block> blocks = pairer.pair(chapter);
                fileChapters.add(new Chapter(BookMetadata.withVariety(chapter.title(), chinese), blocks));
            }
            chapters.addAll(PlacedBlocks.place(fileChapters, found.stream().map(ChapterText::line).toList(),
                    draft.source(), part.paragraphs(), part.placed(), chinese, findings));
            reportMonolingual(draft, part, findings);
            shapes.put(draft.source(), shapeOf(draft, head, pairer));
        }
        BilingualText bookTitle;
        String series = BookMetadata.seriesName(titles);
        if (order.size() > 1 && series != null) {
            bookTitle = LanguageIdentifier.identify(series).filter(Lang::isChinese).isPresent()
                    ? new BilingualText(new Segment(chinese, series), null) : new BilingualText(null, new Segment(Lang.EN, series));
        } else {
            bookTitle = titles.get(0);
        }
        Head head = firstPart != null ? firstPart.head() : firstTableHead != null ? firstTableHead : emptyHead();
        Lang leading = firstPart != null ? firstPart.leading() : Lang.ZH_HANS;
        Metadata metadata = BookMetadata.of(bookTitle, head, null, leading, chinese, partNumbers,
                order.size() > 1 ? series : null, options, order.stream().map(i -> drafts.get(i).declared()).toList());
        // A forced shape is reported as such; else the shape the files share, or mixed.
        Shape shape = options.shape() != null ? options.shape() : bookShape(shapes.values());
        return new Structured(new Book(metadata, ListNumbers.matched(chapters, metadata.first())), findings, shape,
                Map.of(), shapes);
    }

    /**
     * The Chinese variety of all inputs together: of the Chinese paragraphs of each text, of every
     * cell of each table. The counts of the profiles add up to those of the texts joined.
     */
    private static Lang chineseVariety(List<Draft> drafts, List<StructureInput> parts) {
        LanguageIdentifier.Profile all = LanguageIdentifier.Profile.NONE;
        for (int i = 0; i < drafts.size(); i++) {
            if (parts.get(i) instanceof HeadSplit text) {
                all = all.plus(text.chineseProfile());
            } else {
                for (DraftBlock row : drafts.get(i).blocks()) {
                    for (String cell : row.lines()) {
                        all = all.plus(LanguageIdentifier.profile(cell));
                    }
                }
            }
        }
        return all.variety();
    }

    /** A title with a part number after each side, as "山居笔记 [2]" / "Notes from a Mountain Home [2]". */
    private static BilingualText numbered(BilingualText title, int part) {
        Segment zh = title.zh() == null ? null : new Segment(title.zh().lang(), title.zh().text() + " [" + part + "]");
        Segment en = title.en() == null ? null : new Segment(Lang.EN, title.en().text() + " [" + part + "]");
        return new BilingualText(zh, en);
    }

    /**
     * The shape of a book of separate files: the one they all have, else {@link Shape#MIXED}. Naming
     * the first file's shape, as Duet once did, told nothing true of a book whose first chapter
     * alternates and whose others hold blocks.
     */
    private static Shape bookShape(Collection<Shape> fileShapes) {
        return fileShapes.stream().distinct().count() == 1 ? fileShapes.iterator().next() : Shape.MIXED;
    }

    /** The shape to report for one file: its format, the article head, or how its paragraphs paired. */
    private static Shape shapeOf(Draft draft, Head head, ChapterPairer pairer) {
        if (draft.is(press.duet.read.Format.MARKDOWN)) {
            return Shape.MARKDOWN;
        }
        if (head.label() != null || head.part() != null || head.date() != null || head.pageDate() != null) {
            return Shape.ARTICLE;
        }
        if (pairer.shapesUsed().contains(Shape.BLOCKS)) {
            return Shape.BLOCKS;
        }
        if (pairer.shapesUsed().contains(Shape.ALTERNATING)) {
            return Shape.ALTERNATING;
        }
        return Shape.MONOLINGUAL;
    }

    /** By part number when every file has one, else by natural order of the file names. */
    private static List<Integer> readingOrder(List<Draft> drafts, List<StructureInput> parts) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
        }
        if (drafts.size() < 2) {
            return order;
        }
        boolean allNumbered = parts.stream().allMatch(p -> p instanceof HeadSplit text && text.head().part() != null);
        Comparator<Integer> byName = Comparator.comparing(i -> fileName(drafts.get(i).source()), NaturalOrder.INSTANCE);
        order.sort(allNumbered ? Comparator.<Integer>comparingInt(i -> ((HeadSplit) parts.get(i)).head().part())
                .thenComparing(byName) : byName);
        return order;
    }

    /**
     * The heading of a text's only chapter when a heading opens it, or null: text before the heading
     * would be a chapter of its own, and the heading one chapter's among others.
     */
    private static BilingualText onlyHeadedChapter(List<ChapterText> chapters, BilingualText fallback) {
        return chapters.size() == 1 && !chapters.get(0).title().equals(fallback) ? chapters.get(0).title() : null;
    }

    /**
     * The book's title given its missing side by the heading of its first chapter, when that heading
     * repeats the side the title has: null otherwise.
     */
    private static BilingualText completedTitle(List<ChapterText> chapters, BilingualText title) {
        if (chapters.isEmpty() || title.zh() != null && title.en() != null) {
            return null;
        }
        BilingualText heading = chapters.get(0).title();
        if (heading.zh() == null || heading.en() == null) {
            return null;
        }
        boolean sameZh = title.zh() != null && title.zh().text().equals(heading.zh().text());
        boolean sameEn = title.en() != null && title.en().text().equals(heading.en().text());
        return sameZh || sameEn ? heading : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The title a text without a title line has: the one its format declares, else its file's name. */
    private static BilingualText fallbackTitle(Draft draft, Lang chinese) {
        String declared = draft.declared().title();
        return declared != null && !declared.isBlank() ? FileNameTitle.named(declared.strip())
                : FileNameTitle.of(draft.source());
    }

    private static Head emptyHead() {
        return Head.EMPTY;
    }

    private static String fileName(String source) {
        return Path.of(source).getFileName().toString();
    }

    /** A text in one language only is published as it is, with one note instead of one per paragraph. */
    private static void reportMonolingual(Draft draft, HeadSplit part, List<Finding> findings) {
        List<Paragraph> body = part.body();
        boolean chinese = part.mostly(true);
        if (chinese || part.mostly(false)) {
            long paragraphs = body.stream().filter(p -> !ChapterHeadings.isHeading(p)).count();
            long other = body.stream().filter(p -> chinese ? p.isEnglish() : p.isChinese()).count();
            String besides = other == 0 ? " only" : " but for " + other + (other == 1 ? " paragraph" : " paragraphs")
                    + " in " + (chinese ? "English" : "Chinese");
            findings.add(new Finding(new Place(draft.source(), body.isEmpty() ? 0 : body.get(0).line()),
                    "the body is in " + (chinese ? "Chinese" : "English") + besides + "; its " + paragraphs
                            + (paragraphs == 1 ? " paragraph is" : " paragraphs are") + " published without translations"));
        }
    }
}
