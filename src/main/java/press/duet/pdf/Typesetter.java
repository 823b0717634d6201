package press.duet.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import press.duet.font.FontRole;
import press.duet.font.FontRuns;
import press.duet.font.FontSet;
import press.duet.model.Segment;

/**
 * Makes OpenPDF paragraphs from Duet text: one chunk per font run, each breaking lines by the
 * kinsoku rules, with the leading of the paragraph's script. Characters no font has are collected.
 */
final class Typesetter {
    private final FontSet fonts;
    /** Each uncovered code point, with the place it first stood. */
    private final Map<Integer, String> missing = new TreeMap<>();

    Typesetter(FontSet fonts) {
        this.fonts = fonts;
    }

    /** A body paragraph: justified, in the text's script's line height. */
    Paragraph paragraph(Segment segment, float size, float lineHeight, Color color, String where) {
        Paragraph paragraph = emptyParagraph(size);
        paragraph.setLeading(0, lineHeight);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.addAll(phrase(segment, FontRole.LATIN_REGULAR, size, color, where));
        return paragraph;
    }

    /**
     * A paragraph with no text yet, whose own font is an embedded one: OpenPDF sets the spacing before
     * and after a paragraph as a blank in the paragraph's font, which would otherwise be Helvetica.
     */
    Paragraph emptyParagraph(float size) {
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(new Font(fonts.font(FontRole.LATIN_REGULAR), size));
        return paragraph;
    }

    /** Makes the paragraph's first chunk the target of a named destination, for bookmarks and links. */
    void anchor(Paragraph paragraph, String name) {
        ((Chunk) paragraph.get(0)).setLocalDestination(name);
    }

    /** Runs of text in their fonts, as one phrase. */
    Phrase phrase(Segment segment, FontRole latin, float size, Color color, String where) {
        Phrase phrase = new Phrase();
        boolean chinese = segment.lang().isChinese();
        for (FontRuns.Run run : FontRuns.split(segment.text(), latin, chinese, fonts,
                cp -> missing.putIfAbsent(cp, where))) {
            Chunk chunk = new Chunk(run.text(), new Font(fonts.font(run.role()), size, Font.NORMAL, color));
            chunk.setSplitCharacter(KinsokuSplitCharacter.INSTANCE);
            phrase.add(chunk);
        }
        return phrase;
    }

    /** Every character that no font covered, each with where it first stood. */
    List<String> missingCharacters() {
        List<String> report = new ArrayList<>();
        missing.forEach((cp, where) -> report.add(String.format("U+%04X %s has no glyph in the Chinese or Latin font (first in %s)",
                cp, new String(Character.toChars(cp)), where)));
        return report;
    }
}
