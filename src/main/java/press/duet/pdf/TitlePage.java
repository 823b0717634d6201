package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;
import press.duet.font.FontRole;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.text.BookWords;
import press.duet.text.DateWords;

/** The title page: label and part number, both titles, authors, translators and date, centred in the upper third. */
final class TitlePage {
    /** The named destination of the title page, which the book's bookmark opens. */
    static final String ANCHOR = "title-page";

    private final BookStyle style;
    private final PageSetup setup;

    TitlePage(BookStyle style, PageSetup setup) {
        this.style = style;
        this.setup = setup;
    }

    void write(Document document, PdfWriter writer) {
        PageFurniture none = new PageFurniture(style.chooser, setup.left, setup.right, 0, 0, style.text(), null, null);
        Composer composer = new Composer(document, writer, none, setup.top, setup.bottom,
                List.of(new Column(0, setup.left, setup.width())), List.of(), 1, 1);
        composer.newSheet(null, true);
        composer.draw(0, canvas -> canvas.localDestination(ANCHOR,
                new org.openpdf.text.pdf.PdfDestination(org.openpdf.text.pdf.PdfDestination.FIT)));
        composer.skip(setup.paper.height() / 8);
        Metadata metadata = style.metadata;
        float size = style.size;
        float width = setup.width();
        List<Part> parts = new ArrayList<>();
        String label = labelLine(metadata);
        if (!label.isEmpty()) {
            parts.add(centred(new Segment(metadata.chinese(), label), FontRole.LATIN_REGULAR, size, width, true));
        }
        parts.add(centred(style.first(metadata.title()), FontRole.LATIN_BOLD, size * 2.4f, width, false));
        Segment second = style.second(metadata.title());
        if (second != null) {
            parts.add(centred(second, FontRole.LATIN_REGULAR, size * 1.45f, width, true));
        }
        if (!metadata.authors().isEmpty()) {
            parts.add(centred(new Segment(Lang.EN, String.join(", ", metadata.authors())), FontRole.LATIN_REGULAR,
                    size * 1.2f, width, false));
        }
        if (!metadata.translators().isEmpty()) {
            String names = String.join(", ", metadata.translators());
            String line = BookWords.TRANSLATED_BY.in(metadata.chinese()) + " " + names + " · "
                    + BookWords.TRANSLATED_BY.in(Lang.EN) + " " + names;
            parts.add(centred(new Segment(metadata.chinese(), line), FontRole.LATIN_REGULAR, size, width, true));
        }
        if (metadata.date() != null) {
            String date = DateWords.chinese(metadata.date()) + " · " + DateWords.english(metadata.date());
            parts.add(centred(new Segment(metadata.chinese(), date), FontRole.LATIN_REGULAR, size, width, true));
        }
        for (Part part : parts) {
            composer.parallel(List.of(part), size * 1.6f);
        }
        composer.flush();
    }

    private Part centred(Segment text, FontRole role, float fontSize, float width, boolean quiet) {
        SetText set = style.line(text, role, fontSize, width, "title page");
        boolean title = role == FontRole.LATIN_BOLD;
        return new Part(0, set, fontSize * 1.4f, title ? style.heading() : quiet ? style.secondText() : style.text(),
                Part.Align.CENTRE);
    }

    static String labelLine(Metadata metadata) {
        StringBuilder label = new StringBuilder();
        if (metadata.label() != null) {
            label.append(metadata.label());
        }
        metadata.partNumber().ifPresent(part -> label.append(label.isEmpty() ? "" : " · ").append("[").append(part).append("]"));
        return label.toString();
    }
}
