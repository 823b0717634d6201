package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;
import press.duet.edition.Edition;
import press.duet.edition.TitlePageText;
import press.duet.font.FontRole;
import press.duet.model.Lang;
import press.duet.model.Segment;

/**
 * The title page: the edition's {@link TitlePageText} (label and part number, the titles, authors, translators
 * and date), centred in the upper third.
 */
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
        TitlePageText words = TitlePageText.of(style.metadata, style.edition);
        Lang primary = style.edition.primary();
        float size = style.size;
        float width = setup.width();
        List<Part> parts = new ArrayList<>();
        if (!words.labelLine().isEmpty()) {
            parts.add(centred(new Segment(style.metadata.chinese(), words.labelLine()), FontRole.LATIN_REGULAR, size, width,
                    true));
        }
        List<Segment> titles = words.titles();
        parts.add(centred(titles.get(0), FontRole.LATIN_BOLD, size * 2.4f, width, false));
        if (titles.size() > 1) {
            parts.add(centred(titles.get(1), FontRole.LATIN_REGULAR, size * 1.45f, width, true));
        }
        if (words.authors() != null) {
            parts.add(centred(new Segment(Lang.EN, words.authors()), FontRole.LATIN_REGULAR, size * 1.2f, width, false));
        }
        if (!words.translators().isEmpty()) {
            String line = String.join(" · ", words.translators().stream().map(TitlePageText.Credit::line).toList());
            parts.add(centred(new Segment(primary, line), FontRole.LATIN_REGULAR, size, width, true));
        }
        if (!words.dates().isEmpty()) {
            parts.add(centred(new Segment(primary, Edition.joined(words.dates())), FontRole.LATIN_REGULAR, size, width,
                    true));
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
}
