package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.Finding;
import press.duet.report.Place;
import press.duet.text.LanguageIdentifier;
import press.duet.text.Whitespace;

/**
 * Makes chapters of a two-column table: each row is a pair as the file gives it (full confidence), a
 * header row such as "中文, English" is skipped, and a row whose cells are chapter headings starts a
 * chapter. Which column is Chinese is decided by the rows' majority, so an English-first table works.
 *
 * <pre>{@code
 * List<Chapter> chapters = TablePairer.chapters(draft, title, Lang.ZH_HANS, findings);
 * }</pre>
 */
final class TablePairer {
    private static final Pattern HEADER_CELL = Pattern.compile(
            "(?i)中文|汉语|漢語|英文|英语|英語|原文|译文|譯文|chinese|english|zh|en|source|target|translation");

    private TablePairer() {
    }

    static List<Chapter> chapters(Draft draft, BilingualText firstTitle, Lang chinese, List<Finding> findings) {
        boolean leftIsChinese = leftColumnIsChinese(draft);
        List<Chapter> chapters = new ArrayList<>();
        BilingualText title = firstTitle;
        List<Block> blocks = new ArrayList<>();
        boolean titledByRow = false;
        boolean first = true;
        for (DraftBlock row : draft.blocks()) {
            boolean isRow = row.kind() == DraftBlock.Kind.ROW;
            boolean header = isRow && first && isHeaderRow(row);
            first = first && !isRow;
            if (header) {
                continue;
            }
            Cells cells = isRow ? columns(row, leftIsChinese) : byLanguage(row);
            String zh = cells.zh() == null ? "" : cells.zh().text();
            String en = cells.en() == null ? "" : cells.en().text();
            if (isHeadingRow(row.line(), zh, en)) {
                if (!blocks.isEmpty() || titledByRow) {
                    chapters.add(new Chapter(title, blocks));
                }
                titledByRow = true;
                title = new BilingualText(zh.isEmpty() ? null : new Segment(chinese, zh), en.isEmpty() ? null : new Segment(Lang.EN, en));
                blocks = new ArrayList<>();
                continue;
            }
            if (zh.isEmpty() || en.isEmpty()) {
                findings.add(new Finding(new Place(draft.source(), row.line()), "row has no "
                        + (zh.isEmpty() ? "Chinese" : "English") + " text: " + AlternatingPairer.excerpt(zh.isEmpty() ? en : zh)));
            }
            blocks.add(new Pair(zh.isEmpty() ? null : Paragraph.side(chinese, cells.zh(), draft.source()),
                    en.isEmpty() ? null : Paragraph.side(Lang.EN, cells.en(), draft.source())));
        }
        chapters.add(new Chapter(title, blocks));
        return chapters;
    }

    /** The two texts of a row or a line, Chinese and English, either of them perhaps absent (null). */
    private record Cells(Paragraph zh, Paragraph en) {
    }

    /** A row's cells, each in its column's language, with their markup. */
    private static Cells columns(DraftBlock row, boolean leftIsChinese) {
        Paragraph left = cell(row, 0);
        Paragraph right = row.lines().size() > 1 ? cell(row, 1) : null;
        return leftIsChinese ? new Cells(left, right) : new Cells(right, left);
    }

    private static Paragraph cell(DraftBlock row, int i) {
        String text = Whitespace.tidy(row.lines().get(i));
        return text.isEmpty() ? null : Paragraph.ofLine(row, i, text, 0);
    }

    /**
     * An opening line without a tab that the head did not take (it is no title, byline or date): kept
     * like a row with one cell, on the side of its language, so that a heading starts a chapter and
     * any other line is a paragraph without translation.
     */
    private static Cells byLanguage(DraftBlock line) {
        String text = Whitespace.tidy(String.join(" ", line.lines()));
        boolean isChinese = LanguageIdentifier.identify(text).map(Lang::isChinese).orElse(false);
        Paragraph p = text.isEmpty() ? null : new Paragraph(line.line(), text);
        return isChinese ? new Cells(p, null) : new Cells(null, p);
    }

    /** A first row such as "中文, English" that names the columns. */
    private static boolean isHeaderRow(DraftBlock row) {
        return row.lines().stream().map(Whitespace::tidy).allMatch(c -> c.isEmpty() || HEADER_CELL.matcher(c).matches());
    }

    private static boolean isHeadingRow(int line, String zh, String en) {
        boolean zhHeading = zh.isEmpty() || ChapterHeadings.isHeading(paragraph(line, zh));
        boolean enHeading = en.isEmpty() || ChapterHeadings.isHeading(paragraph(line, en));
        return zhHeading && enHeading && !(zh.isEmpty() && en.isEmpty());
    }

    private static Paragraph paragraph(int line, String text) {
        return new Paragraph(line, text);
    }

    private static boolean leftColumnIsChinese(Draft draft) {
        int chineseLeft = 0;
        int englishLeft = 0;
        for (DraftBlock row : draft.blocks()) {
            if (row.kind() != DraftBlock.Kind.ROW) {
                continue;
            }
            Optional<Lang> lang = LanguageIdentifier.identify(row.lines().get(0));
            if (lang.isPresent()) {
                if (lang.get().isChinese()) {
                    chineseLeft++;
                } else {
                    englishLeft++;
                }
            }
        }
        return chineseLeft >= englishLeft;
    }
}
