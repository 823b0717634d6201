package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.Block;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Pairs paragraphs that alternate between the languages (zh, en, zh, en … or en first): each
 * paragraph in the leading language takes the next paragraph if it is in the other language. A
 * paragraph without its partner stays, as a pair with one side absent, and is reported.
 */
final class AlternatingPairer {
    private final String source;
    private final Lang chinese;
    private final List<Finding> findings;

    AlternatingPairer(String source, Lang chinese, List<Finding> findings) {
        this.source = source;
        this.chinese = chinese;
        this.findings = findings;
    }

    /** Which language leads: the one that more often comes right before the other. */
    static Lang leadingLanguage(List<Paragraph> paragraphs) {
        int zhThenEn = 0;
        int enThenZh = 0;
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Paragraph a = paragraphs.get(i);
            Paragraph b = paragraphs.get(i + 1);
            if (a.isChinese() && b.isEnglish()) {
                zhThenEn++;
            } else if (a.isEnglish() && b.isChinese()) {
                enThenZh++;
            }
        }
        return enThenZh > zhThenEn ? Lang.EN : Lang.ZH_HANS;
    }

    List<Block> pair(List<Paragraph> paragraphs, Lang leading) {
        boolean bilingual = paragraphs.stream().anyMatch(Paragraph::isChinese)
                && paragraphs.stream().anyMatch(Paragraph::isEnglish);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = resolved(paragraphs, i);
            Paragraph next = i + 1 < paragraphs.size() ? resolved(paragraphs, i + 1) : null;
            boolean leads = leading.isChinese() ? p.isChinese() : p.isEnglish();
            boolean follows = next != null && (leading.isChinese() ? next.isEnglish() : next.isChinese());
            if (leads && follows) {
                Paragraph zh = p.isChinese() ? p : next;
                Paragraph en = p.isChinese() ? next : p;
                blocks.add(new Pair(new Segment(chinese, zh.text()), new Segment(Lang.EN, en.text())));
                i++;
            } else {
                blocks.add(alone(p));
                if (bilingual) {
                    findings.add(new Finding(new Place(source, p.line()), "paragraph has no "
                            + (p.isChinese() ? "English" : "Chinese") + " partner: " + excerpt(p.text())));
                }
            }
        }
        return blocks;
    }

    /**
     * A paragraph with no letters at all (a number, a row of stars) takes the language that completes
     * the pair it stands in: the opposite of the one before it.
     */
    private static Paragraph resolved(List<Paragraph> paragraphs, int i) {
        Paragraph p = paragraphs.get(i);
        if (p.lang().isPresent()) {
            return p;
        }
        Lang guess = i > 0 && paragraphs.get(i - 1).isChinese() ? Lang.EN : Lang.ZH_HANS;
        return new Paragraph(p.line(), p.text(), java.util.Optional.of(guess));
    }

    private Pair alone(Paragraph p) {
        return p.isChinese() ? new Pair(new Segment(chinese, p.text()), null) : new Pair(null, new Segment(Lang.EN, p.text()));
    }

    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
