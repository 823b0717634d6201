package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import press.duet.model.Segment;
import press.duet.report.Dropped;
import press.duet.report.Place;

/**
 * The text's own head under an editor's introduction: a page prints its headline, then a paragraph that
 * announces the text ({@link LeadIn}: "…发表讲话,以下为致辞全文:"), then the text as it was issued, its title
 * and date in each language. That head is the text's: its bilingual title outranks the page's headline
 * above the introduction (listed as left out, never silently), and its date and bylines are the text's.
 * The introduction stays the text's first paragraph, as the page gives it.
 */
final class HeadBelowLeadIn {
    static final String PAGE_HEADLINE = "the page's headline above the editor's introduction";

    /** The head and paragraphs with the text's own head read, and the lines left out with it. */
    record Read(Head head, List<Paragraph> paragraphs, List<Dropped> dropped) {
    }

    private HeadBelowLeadIn() {
    }

    /**
     * The text's own head under the introduction at the head's body start, when one stands there with a
     * title in both languages and a date; empty otherwise.
     */
    static Optional<Read> of(Head head, List<Paragraph> paragraphs, String source) {
        int lead = head.bodyStart();
        if (lead + 2 >= paragraphs.size() || !LeadIn.announcesWhatFollows(paragraphs.get(lead).text())) {
            return Optional.empty();
        }
        Head own = HeadParser.parse(paragraphs.subList(lead + 1, paragraphs.size()), false, 0, List.of());
        boolean bilingual = own.title() != null && own.title().zh() != null && own.title().en() != null;
        if (!bilingual || own.titleStart() != 0 || own.date() == null || own.bodyStart() < 2) {
            return Optional.empty();
        }
        List<Dropped> dropped = new ArrayList<>();
        for (int i = 0; i < lead; i++) {
            Paragraph p = paragraphs.get(i);
            if (isTitleSide(head, p)) {
                dropped.add(new Dropped(new Place(source, p.line()), p.text(), PAGE_HEADLINE));
            }
        }
        for (int note : own.notes()) {
            Paragraph p = paragraphs.get(lead + 1 + note);
            dropped.add(new Dropped(new Place(source, p.line()), p.text(), HeadSplit.HEAD_NOTE));
        }
        List<Paragraph> kept = new ArrayList<>(paragraphs.subList(0, lead + 1));
        kept.addAll(paragraphs.subList(lead + 1 + own.bodyStart(), paragraphs.size()));
        Head read = new Head(own.title(), own.label(), own.part(), head.date() != null ? head.date() : own.date(),
                head.authors().isEmpty() ? own.authors() : head.authors(), lead, own.subtitle(),
                head.translators().isEmpty() ? own.translators() : head.translators(), own.series(), head.titleStart(),
                head.notes(), head.pageDate(), head.signers());
        return Optional.of(new Read(read, kept, dropped));
    }

    private static boolean isTitleSide(Head head, Paragraph p) {
        if (head.title() == null) {
            return false;
        }
        String text = HeadParser.titleLine(p.text()).text();
        Segment zh = head.title().zh();
        Segment en = head.title().en();
        return zh != null && zh.text().equals(text) || en != null && en.text().equals(text);
    }
}
