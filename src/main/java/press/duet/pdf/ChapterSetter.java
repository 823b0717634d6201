package press.duet.pdf;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.style.Theme;

/**
 * Sets one chapter: its bilingual title with a bookmark, then its pairs, side by side (the first
 * language on the left, both starting level) when the book is bilingual, one after another when not.
 */
final class ChapterSetter {
    private static final float COLUMN_GAP = 18;
    private static final float PAIR_SPACING = 9;

    private final Document document;
    private final PdfWriter writer;
    private final Typesetter typesetter;
    private final Theme theme;
    private final float size;
    private final boolean chineseFirst;
    private final boolean sideBySide;

    ChapterSetter(Document document, PdfWriter writer, Typesetter typesetter, Theme theme, float size,
                  boolean chineseFirst, boolean sideBySide) {
        this.document = document;
        this.writer = writer;
        this.typesetter = typesetter;
        this.theme = theme;
        this.size = size;
        this.chineseFirst = chineseFirst;
        this.sideBySide = sideBySide;
    }

    void set(Chapter chapter, int number) throws DocumentException {
        String anchor = "chapter-" + number;
        TitleLines title = new TitleLines(typesetter, theme, chineseFirst);
        boolean firstLine = true;
        for (Paragraph line : title.lines(chapter.title(), size * 1.7f, size * 1.15f, "chapter " + number + " title")) {
            if (firstLine) {
                typesetter.anchor(line, anchor);
                firstLine = false;
            }
            document.add(line);
        }
        Paragraph gap = typesetter.emptyParagraph(size);
        gap.setSpacingAfter(size * 1.6f);
        document.add(gap);
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false), chapter.title().joined(" · "));
        int pairNumber = 0;
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Pair pair -> {
                    pairNumber++;
                    addPair(pair, "chapter " + number + ", pair " + pairNumber);
                }
                case Heading sub -> {
                    for (Paragraph line : title.lines(sub.text(), size * 1.2f, size, "chapter " + number + " heading")) {
                        document.add(line);
                    }
                }
            }
        }
    }

    private void addPair(Pair pair, String where) throws DocumentException {
        Segment first = chineseFirst ? pair.zh() : pair.en();
        Segment second = chineseFirst ? pair.en() : pair.zh();
        if (!sideBySide) {
            Segment only = first != null ? first : second;
            Paragraph paragraph = body(only, theme.textColor(), where);
            paragraph.setSpacingAfter(PAIR_SPACING);
            document.add(paragraph);
            return;
        }
        PdfPTable row = new PdfPTable(2);
        row.setWidthPercentage(100);
        row.setSplitLate(false);
        row.setSplitRows(true);
        row.setSpacingAfter(PAIR_SPACING);
        row.addCell(cell(first, theme.textColor(), 0, COLUMN_GAP / 2, where));
        row.addCell(cell(second, theme.secondLanguageColor(), COLUMN_GAP / 2, 0, where));
        document.add(row);
    }

    private PdfPCell cell(Segment segment, Color color, float paddingLeft, float paddingRight, String where) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(paddingLeft);
        cell.setPaddingRight(paddingRight);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        if (segment != null) {
            cell.addElement(body(segment, color, where));
        }
        return cell;
    }

    private Paragraph body(Segment segment, Color color, String where) {
        float lineHeight = segment.lang().isChinese() ? theme.chineseLineHeight() : theme.latinLineHeight();
        return typesetter.paragraph(segment, size, lineHeight, color, where);
    }
}
