package press.duet.structure;


import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.report.Place;
import press.duet.text.ChineseVariety;

/**
 * Turns drafts into a book: finds paragraphs and their languages, reads the title lines, splits
 * chapters at heading lines and pairs the paragraphs. Several drafts become one chapter each (or
 * more, where they have headings of their own), with the book's metadata from the first.
 *
 * <pre>{@code
 * Structured result = Structurer.structure(List.of(new TextReader().read(path, null)));
 * }</pre>
 */
public final class Structurer {
    private Structurer() {
    }

    public static Structured structure(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("no drafts to structure");
        }
        List<Finding> findings = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        Metadata metadata = null;
        for (Draft draft : drafts) {
            List<Paragraph> paragraphs = paragraphs(draft);
            if (paragraphs.isEmpty()) {
                throw new DuetException(draft.source() + ": the file has no text to publish");
            }
            Head head = HeadParser.parse(paragraphs);
            List<Paragraph> body = paragraphs.subList(head.bodyStart(), paragraphs.size());
            Lang chinese = ChineseVariety.of(allChinese(paragraphs));
            BilingualText title = head.title() != null ? head.title() : titleFromFileName(draft.source());
            Lang leading = AlternatingPairer.leadingLanguage(body);
            if (metadata == null) {
                metadata = new Metadata(withVariety(title, chinese), head.authors(), head.date(), head.part(),
                        head.label(), leading, chinese);
            }
            AlternatingPairer pairer = new AlternatingPairer(draft.source(), chinese, findings);
            chapters.addAll(chapters(body, title, chinese, leading, pairer));
            reportMonolingual(draft, body, findings);
        }
        return new Structured(new Book(metadata, chapters), findings);
    }

    private static List<Paragraph> paragraphs(Draft draft) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (DraftBlock block : draft.blocks()) {
            paragraphs.addAll(ParagraphSplitter.split(block));
        }
        return paragraphs;
    }

    /** Splits the body at heading lines; text before the first heading forms a chapter of its own. */
    private static List<Chapter> chapters(List<Paragraph> body, BilingualText bookTitle, Lang chinese,
                                          Lang leading, AlternatingPairer pairer) {
        List<Chapter> chapters = new ArrayList<>();
        BilingualText title = withVariety(bookTitle, chinese);
        List<Paragraph> current = new ArrayList<>();
        int i = 0;
        boolean sawHeading = false;
        while (i < body.size()) {
            Paragraph p = body.get(i);
            if (!ChapterHeadings.isHeading(p)) {
                current.add(p);
                i++;
                continue;
            }
            if (!current.isEmpty() || sawHeading) {
                chapters.add(chapter(title, current, leading, pairer));
            }
            sawHeading = true;
            current = new ArrayList<>();
            Paragraph next = i + 1 < body.size() ? body.get(i + 1) : null;
            boolean bilingualHeading = next != null && ChapterHeadings.isHeading(next)
                    && p.lang().isPresent() && next.lang().isPresent()
                    && p.isChinese() != next.isChinese();
            title = bilingualHeading ? headingTitle(p, next, chinese) : headingTitle(p, null, chinese);
            i += bilingualHeading ? 2 : 1;
        }
        if (!current.isEmpty() || sawHeading || chapters.isEmpty()) {
            chapters.add(chapter(title, current, leading, pairer));
        }
        return chapters;
    }

    private static Chapter chapter(BilingualText title, List<Paragraph> paragraphs, Lang leading,
                                   AlternatingPairer pairer) {
        List<Block> blocks = pairer.pair(paragraphs, leading);
        return new Chapter(title, blocks);
    }

    private static BilingualText headingTitle(Paragraph a, Paragraph b, Lang chinese) {
        Segment zh = null;
        Segment en = null;
        for (Paragraph p : b == null ? List.of(a) : List.of(a, b)) {
            String text = ChapterHeadings.text(p);
            if (p.isChinese()) {
                zh = new Segment(chinese, text);
            } else {
                en = new Segment(Lang.EN, text);
            }
        }
        return new BilingualText(zh, en);
    }

    private static BilingualText withVariety(BilingualText title, Lang chinese) {
        if (title.zh() == null || title.zh().lang() == chinese) {
            return title;
        }
        return new BilingualText(new Segment(chinese, title.zh().text()), title.en());
    }

    private static BilingualText titleFromFileName(String source) {
        String name = java.nio.file.Path.of(source).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return press.duet.text.LanguageIdentifier.identify(name)
                .filter(Lang::isChinese)
                .map(lang -> new BilingualText(new Segment(lang, name), null))
                .orElseGet(() -> new BilingualText(null, new Segment(Lang.EN, name)));
    }

    private static String allChinese(List<Paragraph> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (p.isChinese()) {
                text.append(p.text());
            }
        }
        return text.toString();
    }

    /** A text in one language only is published as it is, with one note instead of one per paragraph. */
    private static void reportMonolingual(Draft draft, List<Paragraph> body, List<Finding> findings) {
        boolean chinese = body.stream().anyMatch(Paragraph::isChinese);
        boolean english = body.stream().anyMatch(Paragraph::isEnglish);
        if (chinese != english) {
            findings.add(new Finding(new Place(draft.source(), body.isEmpty() ? 0 : body.get(0).line()),
                    "the body is in " + (chinese ? "Chinese" : "English") + " only; its "
                            + body.size() + " paragraphs are published without translations"));
        }
    }
}
