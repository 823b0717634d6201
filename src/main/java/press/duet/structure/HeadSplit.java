package press.duet.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import press.duet.model.Lang;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.Dropped;
import press.duet.report.Place;
import press.duet.model.Segment;
import press.duet.text.LanguageIdentifier;

/**
 * One input's paragraphs cut into its head (title, label, part, date, authors) and its body, which is
 * how every shape but the table begins, with the page furniture that was left out of both.
 */
/**
 * @param placed the blocks that stand as they are, taken out before any paragraph was found, in
 *               source order: each a figure, break or table alone, or the rows of a table of pairs
 *               (a Markdown pipe table) together; {@link PlacedBlocks} puts them back between the pairs
 */
record HeadSplit(Draft draft, Head head, List<Paragraph> paragraphs, List<Paragraph> body, List<Dropped> dropped,
                 List<List<DraftBlock>> placed) implements StructureInput {
    /** Why the lines above a page's title are left out. */
    static final String ABOVE_TITLE = "site or section name above the title";
    /** Why a line between the title and its date or byline is left out. */
    static final String HEAD_NOTE = "place or office line of the head";
    /** Why a byline at the end of a text is left out: it is read into the metadata. */
    static final String CLOSING_BYLINE = "byline at the end of the text";
    /** Why a release's title line under a page's introduction is left out: it is read into the metadata. */
    static final String RELEASE_TITLE = "title line of the release under the introduction";
    /** Why the words before a title run into the body on one line are left out ("DOS Seal" 标题 2021年…). */
    static final String RUN_ON_MARKS = "page marks before a title run into the text";
    /** How many last lines of a text may be its closing bylines. */
    private static final int CLOSING_LINES = 2;

    static HeadSplit of(Draft draft) {
        return of(draft, false);
    }

    /**
     * @param keepFurniture keep the page furniture as text, as {@code --keep-furniture} asks
     */
    static HeadSplit of(Draft draft, boolean keepFurniture) {
        List<Dropped> frame = List.of();
        List<List<DraftBlock>> placed = standing(draft.blocks());
        LostLineBreaks.Restored restored = LostLineBreaks.restore(placed.isEmpty() ? draft : draft.withBlocks(
                draft.blocks().stream().filter(b -> !standsAsItIs(b)).toList()), keepFurniture);
        Draft text = restored.draft();
        if (!keepFurniture) {
            GutenbergFrame.Framed framed = GutenbergFrame.strip(draft.source(), text.blocks());
            frame = new ArrayList<>(restored.pageNumbers());
            frame.addAll(framed.dropped());
            text = draft.withBlocks(framed.blocks());
        }
        FurniturePass pass = keepFurniture ? FurniturePass.none(text) : FurniturePass.clean(text);
        // A title broken over lines and run together with its date line is cut from it, as the page prints them.
        List<Paragraph> paragraphs = new ArrayList<>(JoinedHeadLines.cut(ParagraphSplitter.paragraphs(pass.draft().blocks())));
        List<Dropped> runOnMarks = new ArrayList<>();
        if (!keepFurniture) {
            paragraphs = withRunOnHeadCut(paragraphs, draft, runOnMarks);
        }
        // A Markdown file that opens with its only level-1 heading names the book with it.
        long topHeadings = paragraphs.stream().filter(p -> p.level() == 1).count();
        boolean declaredTitle = !paragraphs.isEmpty() && paragraphs.get(0).level() == 1 && topHeadings == 1;
        if (declaredTitle) {
            paragraphs.set(0, paragraphs.get(0).atLevel(0));
        }
        Head head = declaredTitle ? HeadParser.parseWithTitle(paragraphs)
                : pass.category() != null ? listingHead(pass.category())
                : HeadParser.parse(paragraphs, false, pass.infoLine(), pass.aboveTitle());
        List<Dropped> dropped = new ArrayList<>(frame);
        dropped.addAll(pass.dropped());
        dropped.addAll(runOnMarks);
        for (int note : head.notes()) {
            Paragraph line = paragraphs.get(note);
            dropped.add(new Dropped(new Place(draft.source(), line.line()), line.text(), HEAD_NOTE));
        }
        for (Paragraph above : paragraphs.subList(0, head.titleStart())) {
            dropped.add(new Dropped(new Place(draft.source(), above.line()), above.text(), ABOVE_TITLE));
        }
        dropped.sort(Comparator.comparingInt(d -> d.place().line()));
        if (head.titleStart() > 0) {
            paragraphs = new ArrayList<>(paragraphs.subList(head.titleStart(), paragraphs.size()));
        }
        head = withPageInfo(head, pass);
        List<Integer> released = IntroducedRelease.titleLines(paragraphs, head.bodyStart(), pass.dropped());
        if (!released.isEmpty() && givesTitleSides(head, released.stream().map(paragraphs::get).toList())) {
            // A release's head under the page's introduction: its title lines give the sides the head lacks.
            head = withReleaseTitles(head, released.stream().map(paragraphs::get).toList(),
                    paragraphs.subList(0, released.get(released.size() - 1) + 1), pass.dropped());
            for (int k = released.size() - 1; k >= 0; k--) {
                Paragraph line = paragraphs.remove((int) released.get(k));
                dropped.add(new Dropped(new Place(draft.source(), line.line()), line.text(), RELEASE_TITLE));
            }
            dropped.sort(Comparator.comparingInt(d -> d.place().line()));
        }
        Optional<HeadBelowLeadIn.Read> own = HeadBelowLeadIn.of(head, paragraphs, draft.source());
        if (own.isPresent()) {
            head = own.get().head();
            paragraphs = new ArrayList<>(own.get().paragraphs());
            dropped.addAll(own.get().dropped());
            dropped.sort(Comparator.comparingInt(d -> d.place().line()));
        }
        if (head.authors().isEmpty() && head.translators().isEmpty()) {
            // A dropped source note cites the edition the text was taken from: its maker signs the text.
            head = pass.dropped().stream().map(d -> Byline.citedMaker(d.text())).flatMap(java.util.Optional::stream)
                    .findFirst().map(head::withSigner).orElse(head);
        }
        if (head.title() == null) {
            // A page whose head shows no title names itself last in its breadcrumb.
            Head untitled = head;
            head = BreadcrumbTitle.of(pass.dropped()).map(title -> {
                Head titled = untitled.withTitle(title);
                Segment side = title.zh() != null ? title.zh() : title.en();
                return untitled.authors().isEmpty() ? SpeakerInTitle.name(side.text())
                        .map(name -> titled.withCredits(List.of(name), titled.translators())).orElse(titled) : titled;
            }).orElse(head);
        }
        if (head.title() == null) {
            // A classic after its preface: the preface names the work in 《》, and the work follows under that name.
            head = PrefacedTitle.of(paragraphs, head.bodyStart())
                    .map(line -> new press.duet.model.BilingualText(new Segment(line.lang().get(), line.text().strip()), null))
                    .map(head::withTitle).orElse(head);
        }
        if (head.title() == null && head.bodyStart() < paragraphs.size()) {
            // A collection's page names its piece after the collection's name: "晨读美文精选:雨中的灯塔".
            head = CollectionTitle.of(pass.dropped(), paragraphs.get(head.bodyStart()).line()).map(head::withTitle).orElse(head);
        }
        if (head.authors().isEmpty() && head.bodyStart() < paragraphs.size()) {
            // A transcript names its speaker in its first label: "PRESIDENT OBAMA: Mr. President, …".
            Head named = head;
            // A release's or a page's first paragraph may introduce the speech: "以下为行政长官林秋…致辞全文：".
            String first = paragraphs.get(head.bodyStart()).text();
            head = SpeakerInTitle.fromLabel(first).or(() -> SpeakerInTitle.fromIntroduction(first))
                    .map(name -> named.withAuthors(List.of(name))).orElse(head);
        }
        int end = paragraphs.size();
        while (end > head.bodyStart() + 1 && end > paragraphs.size() - CLOSING_LINES
                && (Byline.of(paragraphs.get(end - 1).text()).isPresent() || Byline.citedMaker(paragraphs.get(end - 1).text()).isPresent())) {
            end--;
        }
        if (end < paragraphs.size()) {
            // A byline closing the text ("English translation: James Legge") credits it as one over it does.
            head = withClosingCredits(head, paragraphs.subList(end, paragraphs.size()));
            for (Paragraph closing : paragraphs.subList(end, paragraphs.size())) {
                dropped.add(new Dropped(new Place(draft.source(), closing.line()), closing.text(), CLOSING_BYLINE));
            }
            paragraphs = new ArrayList<>(paragraphs.subList(0, end));
            dropped.sort(Comparator.comparingInt(d -> d.place().line()));
        }
        return new HeadSplit(draft, head, paragraphs, paragraphs.subList(head.bodyStart(), paragraphs.size()), dropped, placed);
    }

    /**
     * The paragraphs with the text's first paragraph of prose cut into its head and body where the copy ran
     * the head into it (see {@link RunOnHead}); the page's marks before the title go to {@code leftOut}.
     */
    private static List<Paragraph> withRunOnHeadCut(List<Paragraph> paragraphs, Draft draft, List<Dropped> leftOut) {
        for (int i = 0; i < paragraphs.size() && i < HeadParser.BODY_WINDOW; i++) {
            Paragraph p = paragraphs.get(i);
            if (p.lang().isEmpty() || p.level() > 0 || HeadParser.looksLikeTitle(p, 0, false)) {
                continue;
            }
            Optional<RunOnHead.Cut> cut = RunOnHead.of(p);
            if (cut.isEmpty()) {
                return paragraphs;
            }
            List<Paragraph> out = new ArrayList<>(paragraphs.subList(0, i));
            out.addAll(cut.get().paragraphs());
            out.addAll(paragraphs.subList(i + 1, paragraphs.size()));
            if (!cut.get().leftOut().isEmpty()) {
                leftOut.add(new Dropped(new Place(draft.source(), p.line()), cut.get().leftOut(), RUN_ON_MARKS));
            }
            return out;
        }
        return paragraphs;
    }

    /** Whether each of a release's title lines gives a side the head's title lacks, or restates one it has. */
    private static boolean givesTitleSides(Head head, List<Paragraph> lines) {
        for (Paragraph line : lines) {
            Segment side = head.title() == null ? null : line.isChinese() ? head.title().zh() : head.title().en();
            if (side != null && !side.text().equals(HeadParser.titleLine(line.text()).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The head with the release's title lines for the languages its title lacks, an English one without
     * the venue the copy ran on; a line that restates a side the head has is left out with the others.
     */
    private static Head withReleaseTitles(Head head, List<Paragraph> lines, List<Paragraph> headParagraphs, List<Dropped> dropped) {
        Segment zh = head.title() == null ? null : head.title().zh();
        Segment en = head.title() == null ? null : head.title().en();
        for (Paragraph line : lines) {
            String text = HeadParser.titleLine(line.text()).text();
            if (line.isChinese() && zh == null) {
                zh = new Segment(line.lang().get(), text);
            } else if (line.isEnglish() && en == null) {
                // The release's lines run together in the copy: "Remarks … on Trade Harbour Hall and Conference Center".
                en = new Segment(Lang.EN, RunOnVenue.without(text, headParagraphs, dropped));
            }
        }
        return head.withTitle(new press.duet.model.BilingualText(zh, en));
    }

    /** The credits of the bylines that close a text, where the head names no one in that role. */
    private static Head withClosingCredits(Head head, List<Paragraph> closing) {
        List<String> authors = new ArrayList<>();
        List<String> translators = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (Paragraph line : closing) {
            Optional<Byline.Credits> byline = Byline.of(line.text());
            if (byline.isEmpty()) {
                // "Source: … from \"The Chinese Classics\", James Legge, 1861": the cited edition's maker signs.
                Byline.citedMaker(line.text()).filter(name -> !cited.contains(name)).ifPresent(cited::add);
                continue;
            }
            Byline.Credits credits = byline.get();
            credits.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
            credits.translators().stream().filter(t -> !translators.contains(t)).forEach(translators::add);
        }
        if (head.authors().isEmpty() && head.translators().isEmpty() && authors.isEmpty() && translators.isEmpty() && !cited.isEmpty()) {
            return head.withSigner(cited.get(0));
        }
        return head.withCredits(head.authors().isEmpty() ? authors : head.authors(),
                head.translators().isEmpty() ? translators : head.translators());
    }

    private static boolean standsAsItIs(DraftBlock block) {
        return block.isPlaced() || block.kind() == DraftBlock.Kind.ROW;
    }

    /** The blocks that stand as they are, each alone, but the rows of one table together. */
    private static List<List<DraftBlock>> standing(List<DraftBlock> blocks) {
        List<List<DraftBlock>> out = new ArrayList<>();
        boolean inTable = false;
        for (DraftBlock block : blocks) {
            boolean row = block.kind() == DraftBlock.Kind.ROW;
            if (row && inTable) {
                out.get(out.size() - 1).add(block);
            } else if (standsAsItIs(block)) {
                out.add(new ArrayList<>(List.of(block)));
            }
            inTable = row;
        }
        return out.stream().map(List::copyOf).toList();
    }

    /**
     * A listing page is named by its category ("Category: 双语新闻 (Bilingual News)"), and every line under
     * it is one of its entries: none is the title.
     */
    private static Head listingHead(String category) {
        press.duet.model.BilingualText both = ChapterSplitter.splitMixed(category, Lang.ZH_HANS);
        press.duet.model.BilingualText title;
        if (both != null && both.zh() != null && both.en() != null) {
            String en = both.en().text().replaceAll("^[(（]|[)）]$", "").strip();
            String zh = both.zh().text().replaceAll("\\s*[(（]$", "").strip();
            title = new press.duet.model.BilingualText(new press.duet.model.Segment(press.duet.text.ChineseVariety.of(zh), zh),
                    new press.duet.model.Segment(Lang.EN, en));
        } else {
            Lang lang = press.duet.text.LanguageIdentifier.identify(category).orElse(Lang.EN);
            press.duet.model.Segment side = new press.duet.model.Segment(lang, category);
            title = lang.isChinese() ? new press.duet.model.BilingualText(side, null) : new press.duet.model.BilingualText(null, side);
        }
        return new Head(title, null, null, null, List.of(), 0, null);
    }

    /**
     * The head, counted from its title, with what the dropped page information adds: its date (the
     * page's, not the text's own) and people when the head names none.
     */
    private static Head withPageInfo(Head head, FurniturePass pass) {
        LocalDate pageDate = head.pageDate() != null ? head.pageDate() : pass.date();
        List<String> authors = head.authors().isEmpty() ? pass.credits().authors() : head.authors();
        List<String> translators = head.translators().isEmpty() ? pass.credits().translators() : head.translators();
        return new Head(head.title(), head.label(), head.part(), head.date(), authors, head.bodyStart() - head.titleStart(),
                head.subtitle(), translators, head.series(), 0, List.of(), pageDate, head.signers());
    }

    /** Whether nearly all of the text (nine paragraphs in ten) is in the one language given. */
    boolean mostly(boolean chinese) {
        return mostly(chinese, p -> false);
    }

    /** The same, counting only the paragraphs not set aside (a translation's untranslated copies). */
    boolean mostly(boolean chinese, java.util.function.Predicate<Paragraph> setAside) {
        // One loop, no list of the counted paragraphs: a book's body is asked up to four times.
        long inLang = 0;
        long withLang = 0;
        for (Paragraph p : body) {
            if (setAside.test(p)) {
                continue;
            }
            inLang += (chinese ? p.isChinese() : p.isEnglish()) ? 1 : 0;
            withLang += p.lang().isPresent() ? 1 : 0;
        }
        return withLang > 0 && inLang * 10 >= withLang * 9;
    }

    /** The profile of all Chinese paragraphs together, whose counts tell the file's Chinese variety. */
    LanguageIdentifier.Profile chineseProfile() {
        LanguageIdentifier.Profile all = LanguageIdentifier.Profile.NONE;
        for (Paragraph p : paragraphs) {
            if (p.isChinese()) {
                all = all.plus(p.profile());
            }
        }
        return all;
    }

    Lang leading() {
        return AlternatingPairer.leadingLanguage(body);
    }
}
