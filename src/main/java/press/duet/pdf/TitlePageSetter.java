package press.duet.pdf;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import press.duet.font.FontRole;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;
import press.duet.text.DateWords;

/** The title page: label and part number, both titles, authors and date, in the upper third of the page. */
final class TitlePageSetter {
    private final Typesetter typesetter;
    private final press.duet.style.Theme theme;
    private final float size;
    private final Rectangle paper;

    TitlePageSetter(Typesetter typesetter, press.duet.style.Theme theme, float size, Rectangle paper) {
        this.typesetter = typesetter;
        this.theme = theme;
        this.size = size;
        this.paper = paper;
    }

    void set(Document document, Metadata metadata) throws DocumentException {
        boolean chineseFirst = metadata.first().isChinese();
        Paragraph drop = typesetter.emptyParagraph(size);
        drop.setSpacingBefore(paper.getHeight() / 7);
        document.add(drop);
        String label = labelLine(metadata);
        if (!label.isEmpty()) {
            document.add(centred(new Segment(metadata.chinese(), label), FontRole.LATIN_REGULAR, size,
                    theme.secondLanguageColor(), size * 2));
        }
        Segment first = metadata.title().first(chineseFirst);
        Segment second = first == metadata.title().zh() ? metadata.title().en() : metadata.title().zh();
        document.add(centred(first, FontRole.LATIN_BOLD, size * 2.4f, theme.headingColor(), size * 1.2f));
        if (second != null) {
            document.add(centred(second, FontRole.LATIN_REGULAR, size * 1.45f, theme.secondLanguageColor(), size * 3));
        }
        if (!metadata.authors().isEmpty()) {
            document.add(centred(new Segment(Lang.EN, String.join(", ", metadata.authors())),
                    FontRole.LATIN_REGULAR, size * 1.2f, theme.textColor(), size * 1.5f));
        }
        if (metadata.date() != null) {
            String date = DateWords.chinese(metadata.date()) + " · " + DateWords.english(metadata.date());
            document.add(centred(new Segment(metadata.chinese(), date), FontRole.LATIN_REGULAR, size,
                    theme.secondLanguageColor(), size));
        }
    }

    private static String labelLine(Metadata metadata) {
        StringBuilder label = new StringBuilder();
        if (metadata.label() != null) {
            label.append(metadata.label());
        }
        metadata.partNumber().ifPresent(part -> label.append(label.isEmpty() ? "" : " · ").append("[").append(part).append("]"));
        return label.toString();
    }

    private Paragraph centred(Segment text, FontRole role, float fontSize, Color color, float spacingAfter) {
        Paragraph paragraph = typesetter.emptyParagraph(fontSize);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(0, 1.4f);
        paragraph.addAll(typesetter.phrase(text, role, fontSize, color, "title page"));
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
