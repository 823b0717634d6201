package press.duet.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import press.duet.model.Lang;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.Dropped;
import press.duet.report.Place;
import press.duet.text.LanguageIdentifier;

/**
 * One input's paragraphs cut into its head (title, label, part, date, authors) and its body, which is
 * how every shape but the table begins, with the page furniture that was left out of both.
 */
record HeadSplit(Draft draft, Head head, List<Paragraph> paragraphs, List<Paragraph> body, List<Dropped> dropped) {
    /** Why the lines above a page's title are left out. */
    static final String ABOVE_TITLE = "site or section name above the title";

    static HeadSplit of(Draft draft) {
        return of(draft, false);
    }

    /**
     * @param keepFurniture keep the page furniture as text, as {@code --keep-furniture} asks
     */
    static HeadSplit of(Draft draft, boolean keepFurniture) {
        FurniturePass pass = keepFurniture ? FurniturePass.none(draft) : FurniturePass.clean(draft);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (DraftBlock block : pass.draft().blocks()) {
            paragraphs.addAll(ParagraphSplitter.split(block));
        }
        // A Markdown file that opens with its only level-1 heading names the book with it.
        long topHeadings = paragraphs.stream().filter(p -> p.level() == 1).count();
        boolean declaredTitle = !paragraphs.isEmpty() && paragraphs.get(0).level() == 1 && topHeadings == 1;
        if (declaredTitle) {
            paragraphs.set(0, paragraphs.get(0).atLevel(0));
        }
        Head head = declaredTitle ? HeadParser.parseWithTitle(paragraphs) : HeadParser.parse(paragraphs, false, pass.infoLine());
        List<Dropped> dropped = new ArrayList<>(pass.dropped());
        if (head.titleStart() > 0) {
            for (Paragraph above : paragraphs.subList(0, head.titleStart())) {
                dropped.add(new Dropped(new Place(draft.source(), above.line()), above.text(), ABOVE_TITLE));
            }
            dropped.sort(Comparator.comparingInt(d -> d.place().line()));
            paragraphs = new ArrayList<>(paragraphs.subList(head.titleStart(), paragraphs.size()));
        }
        head = withPageInfo(head, pass);
        return new HeadSplit(draft, head, paragraphs, paragraphs.subList(head.bodyStart(), paragraphs.size()), dropped);
    }

    /**
     * The head, counted from its title, with what the dropped page information adds: its date and
     * people when the head names none.
     */
    private static Head withPageInfo(Head head, FurniturePass pass) {
        LocalDate date = head.date() != null ? head.date() : pass.date();
        List<String> authors = head.authors().isEmpty() ? pass.credits().authors() : head.authors();
        List<String> translators = head.translators().isEmpty() ? pass.credits().translators() : head.translators();
        return new Head(head.title(), head.label(), head.part(), date, authors, head.bodyStart() - head.titleStart(),
                head.subtitle(), translators, head.series(), 0);
    }

    /** Whether nearly all of the text (nine paragraphs in ten) is in the one language given. */
    boolean mostly(boolean chinese) {
        long inLang = body.stream().filter(p -> chinese ? p.isChinese() : p.isEnglish()).count();
        long withLang = body.stream().filter(p -> p.lang().isPresent()).count();
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
