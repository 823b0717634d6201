package press.duet.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Segment;
import press.duet.style.Theme;

/**
 * A bilingual title as centred paragraphs: the first language large, bold and in the heading colour,
 * the second smaller beneath it in the second-language colour. Each is its own paragraph so that each
 * takes the line height of its own size.
 */
final class TitleLines {
    private static final float LINE_HEIGHT = 1.4f;

    private final Typesetter typesetter;
    private final Theme theme;
    private final boolean chineseFirst;

    TitleLines(Typesetter typesetter, Theme theme, boolean chineseFirst) {
        this.typesetter = typesetter;
        this.theme = theme;
        this.chineseFirst = chineseFirst;
    }

    List<Paragraph> lines(BilingualText text, float firstSize, float secondSize, String where) {
        Segment first = text.first(chineseFirst);
        Segment second = first == text.zh() ? text.en() : text.zh();
        List<Paragraph> lines = new ArrayList<>();
        lines.add(centred(first, FontRole.LATIN_BOLD, firstSize, where, firstSize * 0.3f));
        if (second != null) {
            Paragraph line = typesetter.emptyParagraph(secondSize);
            line.setAlignment(Element.ALIGN_CENTER);
            line.setLeading(0, LINE_HEIGHT);
            line.addAll(typesetter.phrase(second, FontRole.LATIN_REGULAR, secondSize, theme.secondLanguageColor(), where));
            lines.add(line);
        }
        return lines;
    }

    private Paragraph centred(Segment text, FontRole role, float size, String where, float spacingAfter) {
        Paragraph line = typesetter.emptyParagraph(size);
        line.setAlignment(Element.ALIGN_CENTER);
        line.setLeading(0, LINE_HEIGHT);
        line.addAll(typesetter.phrase(text, role, size, theme.headingColor(), where));
        line.setSpacingAfter(spacingAfter);
        return line;
    }
}
