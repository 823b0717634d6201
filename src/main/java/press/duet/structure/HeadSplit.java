package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.Lang;
import press.duet.read.Draft;
import press.duet.report.Finding;
import press.duet.text.LanguageIdentifier;

/**
 * One input's paragraphs cut into its head (title, label, part, date, authors) and its body, which is
 * how every shape but the table begins.
 *
 * @param dropped what was left out before the paragraphs were found (the Project Gutenberg frame), one
 *                finding per part
 */
record HeadSplit(Draft draft, Head head, List<Paragraph> paragraphs, List<Paragraph> body, List<Finding> dropped) {
    static HeadSplit of(Draft draft) {
        GutenbergFrame.Framed framed = GutenbergFrame.strip(draft.source(), draft.blocks());
        List<Paragraph> paragraphs = new ArrayList<>(ParagraphSplitter.paragraphs(framed.blocks()));
        // A Markdown file that opens with its only level-1 heading names the book with it.
        long topHeadings = paragraphs.stream().filter(p -> p.level() == 1).count();
        boolean declaredTitle = !paragraphs.isEmpty() && paragraphs.get(0).level() == 1 && topHeadings == 1;
        if (declaredTitle) {
            paragraphs.set(0, paragraphs.get(0).atLevel(0));
        }
        Head head = declaredTitle ? HeadParser.parseWithTitle(paragraphs) : HeadParser.parse(paragraphs);
        return new HeadSplit(draft, head, paragraphs, paragraphs.subList(head.bodyStart(), paragraphs.size()),
                framed.findings());
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
